import type { PersoonRecord } from '@wegwijs/contracts';
import type { InzageResponse } from '@wegwijs/contracts/api/inzage-responses';
import { type Bewaartermijnen, RECORDSOORTEN } from '@wegwijs/profielen';

/** The dossier the access check needs, from aanmelding's record of the person (undefined: nobody by that id). */
export function dossierUit(
  records: readonly PersoonRecord[],
  inburgeraarId: string,
): { inburgeraarId: string; gemeente: string; uitvoeringsorganisatie: string } | undefined {
  const inburgeraar = records.find((r) => r.context === 'aanmelding' && r.soort === 'inburgeraar');
  const { gemeente, uitvoeringsorganisatie } = inburgeraar?.inhoud ?? {};
  if (typeof gemeente !== 'string') return undefined;
  return {
    inburgeraarId,
    gemeente,
    uitvoeringsorganisatie: typeof uitvoeringsorganisatie === 'string' ? uitvoeringsorganisatie : '',
  };
}

const tekst = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** What was shared with whom on which ground: the broker's `gedeeld` log entries, oldest first. */
export function gedeeldUit(records: readonly PersoonRecord[]): InzageResponse['gedeeld'] {
  return records
    .filter((r) => r.context === 'toestemming' && r.soort === 'verwerkingenlog' && r.inhoud.actie === 'gedeeld')
    .flatMap((r) => {
      const [categorie, aan, grondslag, tijdstip] = ['categorie', 'aan', 'grondslag', 'tijdstip'].map((k) =>
        tekst(r.inhoud[k]),
      );
      return categorie && aan && grondslag && tijdstip ? [{ categorie, aan, grondslag, tijdstip }] : [];
    })
    .sort((a, b) => (a.tijdstip < b.tijdstip ? -1 : a.tijdstip > b.tijdstip ? 1 : 0));
}

/**
 * The processing activities behind the records: every activity of the register (GET /v1/verwerkingsactiviteiten) that
 * the person's verwerkingenlog names (`verwerkingsactiviteit` of its entries), sorted; entries written before the
 * register named none.
 */
export function activiteitenUit(records: readonly PersoonRecord[]): string[] {
  const ids = records
    .filter((r) => r.context === 'toestemming' && r.soort === 'verwerkingenlog')
    .map((r) => tekst(r.inhoud.verwerkingsactiviteit))
    .filter((id): id is string => id !== undefined);
  return [...new Set(ids)].sort();
}

/** The answer: every record, contexts in their fixed order, records by kind and time. */
export function inzage(
  inburgeraarId: string,
  opgesteldOp: string,
  records: readonly PersoonRecord[],
  bewaartermijnen: InzageResponse['bewaartermijnen'],
): InzageResponse {
  return {
    inburgeraarId,
    opgesteldOp,
    gegevens: [...records],
    gedeeld: gedeeldUit(records),
    verwerkingsactiviteiten: activiteitenUit(records),
    bewaartermijnen,
  };
}

/**
 * The deployment's bewaartermijnen per kind of record (the archief's configuration): the term as an ISO 8601 duration
 * (`P5Y`, `P1Y6M`) or `blijvend`, and from when it counts.
 */
export function termijnenUit(termijnen: Bewaartermijnen): InzageResponse['bewaartermijnen'] {
  return RECORDSOORTEN.map((soort) => {
    const t = termijnen[soort];
    const duur = `P${t.jaren ? `${t.jaren}Y` : ''}${t.maanden ? `${t.maanden}M` : ''}`;
    return { soort, termijn: t.blijvend ? 'blijvend' : duur === 'P' ? 'P0D' : duur, vanaf: t.vanaf };
  });
}
