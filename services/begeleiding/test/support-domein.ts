import { PROFIELEN, type Profiel } from '@wegwijs/profielen';
import { nieuwTraject, type Traject } from '../src/domain/traject';

/** One gemeente per case of the report (Zaffier's six gemeenten share one profile: Alkmaar stands for them). */
const caseVan = (p: Profiel) => p.samenwerkingsverband ?? p.cbs;
export const CASES: readonly Profiel[] = [...PROFIELEN.values()].filter(
  (p, i, alle) => alle.findIndex((q) => caseVan(q) === caseVan(p)) === i,
);

export const profiel = (naam: string): Profiel => {
  const p = [...PROFIELEN.values()].find((q) => q.naam === naam);
  if (!p) throw new Error(`no profile ${naam}`);
  return p;
};

export const KOPPELING = '2025-01-10';
export const WONING = '2025-03-01';
export const BRP = '2025-03-20';

/** A traject with the aanmelding, woningtoewijzing and BRP-inschrijving of the examples above. */
export function gestartTraject(p: Profiel, extra: Partial<Traject> = {}): Traject {
  const t = nieuwTraject('ib-1', p.cbs);
  const occurredAt = '2025-01-10T09:00:00.000Z';
  return {
    ...t,
    aanmelding: {
      doelgroep: 'asielstatushouder',
      uitvoeringsorganisatie: p.uitvoeringsorganisatie,
      koppelingsdatum: KOPPELING,
      occurredAt,
    },
    woningtoewijzing: { datum: WONING, occurredAt },
    brpInschrijving: { datum: BRP, occurredAt },
    ...extra,
  };
}
