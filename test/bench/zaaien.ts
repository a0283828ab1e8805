import {
  BatchWriteItemCommand,
  type BatchWriteItemCommandInput,
  type BatchWriteItemCommandOutput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { inburgeraarCodec } from '@wegwijs/aanmelding/adapters/opslag';
import { sleutel as inburgeraarSleutel } from '@wegwijs/aanmelding/app/gedeeld';
import { meldAan } from '@wegwijs/aanmelding/domain/aanmelding';
import { aanmeldingTabel } from '@wegwijs/aanmelding/tabel';
import { begeleidingTabel } from '@wegwijs/begeleiding/tabel';
import { DEPLOYMENT } from '@wegwijs/infra/local/platform';
import { aggregaatItem } from '@wegwijs/lambda-kit';
import { tabelNaam } from '@wegwijs/local-kit';
import { PROFIELEN, type Profiel } from '@wegwijs/profielen';
import { traject, trajectItem } from './werklijsten';

/** Nine in ten seeded inburgeraars are in Den Haag (with its uitvoeringsorganisatie, VluchtelingenWerk). */
const DEN_HAAG = '0518';
/** The tenth in Groningen (Humanitas), whose profile has the bellijst Den Haag works without. */
export const GRONINGEN = '0014';
const BATCH = 25;
const GELIJKTIJDIG = 8;

async function schrijfAlles(client: DynamoDBClient, tableName: string, items: readonly Record<string, unknown>[]) {
  let volgende = 0;
  const werker = async () => {
    for (let i = volgende; i < items.length; i = volgende) {
      volgende += BATCH;
      let verzoek: BatchWriteItemCommandInput['RequestItems'] = {
        [tableName]: items
          .slice(i, i + BATCH)
          .map((item) => ({ PutRequest: { Item: marshall(item, { removeUndefinedValues: true }) } })),
      };
      while (verzoek && Object.keys(verzoek).length > 0) {
        const uit: BatchWriteItemCommandOutput = await client.send(
          new BatchWriteItemCommand({ RequestItems: verzoek }),
        );
        verzoek = uit.UnprocessedItems;
      }
    }
  };
  await Promise.all(Array.from({ length: GELIJKTIJDIG }, werker));
}

export interface Zaaisel {
  /** Trajecten whose fase change falls due today among those seeded. */
  due: number;
  ms: number;
}

/**
 * Writes inburgeraars `van`..`tot` straight into the platform's aanmelding and begeleiding tables with BatchWriteItem,
 * as the write path stores them: the aanmelding from the domain's `meldAan` through the context's codec and key, the
 * traject through begeleiding's codec and key (with its worklist and due-date index places); `dueElke`-th traject is
 * due a fase change today. The per-inburgeraar partitions of toestemming, regeldag and sociaal-domein are not seeded
 * for them: those requests read one inburgeraar's partition by key.
 */
export async function zaai(
  client: DynamoDBClient,
  opties: { van: number; tot: number; vandaag: string; dueElke: number },
): Promise<Zaaisel> {
  const t0 = performance.now();
  const groningen = PROFIELEN.get(GRONINGEN) as Profiel;
  const denHaag = PROFIELEN.get(DEN_HAAG) as Profiel;
  const aanmeldingen: Record<string, unknown>[] = [];
  const trajecten: Record<string, unknown>[] = [];
  let due = 0;
  for (let n = opties.van; n < opties.tot; n++) {
    const p = n % 10 === 9 ? groningen : denHaag;
    const id = `ib-groei-${n}`;
    const isDue = n % opties.dueElke === 0;
    const t = traject(p, n, isDue, { vandaag: opties.vandaag, id });
    const koppelingsdatum = t.aanmelding?.koppelingsdatum ?? opties.vandaag;
    const uitkomst = meldAan(
      p,
      {
        gemeente: p.cbs,
        doelgroep: 'asielstatushouder',
        persoon: { voornaam: 'Amal', achternaam: `Haddad-${n}`, geboortedatum: '1990-02-14', talen: ['ar'] },
        koppelingsdatum,
      },
      id,
      `${koppelingsdatum}T09:00:00.000Z`,
    );
    if (uitkomst.kind !== 'aangemeld') throw new Error(`seed ${id}: ${uitkomst.slug}`);
    aanmeldingen.push(aggregaatItem(inburgeraarCodec, inburgeraarSleutel(id), uitkomst.inburgeraar, 1));
    trajecten.push(trajectItem(t));
    if (isDue) due++;
  }
  await Promise.all([
    schrijfAlles(client, tabelNaam(DEPLOYMENT, aanmeldingTabel.naam), aanmeldingen),
    schrijfAlles(client, tabelNaam(DEPLOYMENT, begeleidingTabel.naam), trajecten),
  ]);
  return { due, ms: performance.now() - t0 };
}
