import type { PersoonRecord, VernietigFase } from '@wegwijs/contracts';
import { alsPersoonRecord, type OpgeslagenItem, vernietigItems } from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import type { LogEntry } from '../domain/typen';
/** The reason on the log entry that closes a destroyed person's verwerkingenlog. */
import { VERNIETIGING, zonderPersoon } from '../domain/vernietiging';
import type { BrokerPersoonDeps as BrokerDeps } from './deps';
import { voegToeAanKeten } from './staat-repository';

export { VERNIETIGING };

/**
 * The person repository of the consent broker: the ONLY code that knows every item one inburgeraar has here:
 * partition `ib#<id>` (the staat with consents, projection and chain head; the verwerkingenlog entries `log#<seq>`),
 * partition `deling#<id>` (decision claims and the gemeente's view of what was shared), and the idempotency records
 * whose answer names them (the kit's `persoon` index).
 */
const partities = async (deps: BrokerDeps, inburgeraarId: string) => ({
  eigen: await deps.persoonOpslag.partitie(keys.partitie(inburgeraarId)),
  delingen: await deps.persoonOpslag.partitie(keys.delingen(inburgeraarId)),
});

const soortVan = (item: OpgeslagenItem) => {
  if (item.sk === 'staat') return { soort: 'toestemmingen', id: String(item.inburgeraarId) };
  if (item.sk.startsWith('log#')) return { soort: 'verwerkingenlog', id: String(item.id ?? item.sk) };
  return { soort: String(item.sk.split('#')[0]), id: item.sk };
};

/** Every record of the person: consents and projection, every log entry (also those still on the staat), delingen. */
export async function persoonsItems(deps: BrokerDeps, inburgeraarId: string): Promise<PersoonRecord[]> {
  const { eigen, delingen } = await partities(deps, inburgeraarId);
  const records: PersoonRecord[] = [];
  const gelogd = new Set<number>();
  for (const item of [...eigen, ...delingen]) {
    if (item.sk === 'staat') {
      const { kop: _kop, teLoggen, ...staat } = item;
      records.push(alsPersoonRecord('toestemming', staat as OpgeslagenItem, soortVan));
      for (const entry of (teLoggen ?? []) as Record<string, unknown>[]) {
        if (gelogd.has(Number(entry.seq))) continue;
        gelogd.add(Number(entry.seq));
        const sleutel = keys.log(inburgeraarId, Number(entry.seq));
        records.push(alsPersoonRecord('toestemming', { ...entry, ...sleutel }, soortVan));
      }
    } else if (item.sk.startsWith('log#')) {
      if (gelogd.has(Number(item.seq))) continue;
      gelogd.add(Number(item.seq));
      records.push(alsPersoonRecord('toestemming', item, soortVan));
    } else {
      records.push(alsPersoonRecord('toestemming', item, soortVan));
    }
  }
  return records;
}

/**
 * Fase `gegevens` (the default): consents, projection, decisions and the gemeente's view go; the verwerkingenlog ends
 * with a `verwijderd` entry (written through the broker's one write path, as every entry) and is retained until fase
 * `logboek` removes it under its own, longer bewaartermijn: re-keyed by the verslag (`bewaard#<verslagId>`) with every
 * occurrence of the person's id replaced by the verslag's id, its hashes as written (docs/PRIVACY.md: the verslag is
 * the one link back; `bewaardeKetenGeldig` verifies the chain with it). Both phases are idempotent and resume after a
 * crash at any point: the retained copy is written before an original goes, and the `verwijderd` entry is looked for
 * in both.
 */
export function vernietigPersoon(
  deps: BrokerDeps,
  inburgeraarId: string,
  opdracht: { verslagId: string; fase?: VernietigFase | undefined },
): Promise<{ vernietigdOp: string }> {
  const { verslagId } = opdracht;
  if (opdracht.fase === 'logboek') {
    return vernietigItems(deps, inburgeraarId, opdracht, async () => {
      const { eigen, delingen } = await partities(deps, inburgeraarId);
      const bewaard = await deps.persoonOpslag.partitie(keys.bewaard(verslagId));
      return [...eigen, ...delingen, ...bewaard];
    });
  }
  // The tombstone of fase `gegevens` is the context's tombstone: a late event finds it and creates nothing.
  return vernietigItems(deps, inburgeraarId, { verslagId }, async () => {
    const eerderBewaard = await deps.persoonOpslag.partitie(keys.bewaard(verslagId));
    const log = await deps.store.leesLog(inburgeraarId);
    const beeindigd = [...log, ...(eerderBewaard as unknown as LogEntry[])].some(
      (e) => e.actie === 'verwijderd' && e.reden === VERNIETIGING,
    );
    if (!beeindigd) await voegToeAanKeten(deps, inburgeraarId, [{ actie: 'verwijderd', reden: VERNIETIGING }]);
    // The entries still held by the staat go to their own log items before the staat goes.
    const snap = await deps.store.lees(inburgeraarId);
    for (const entry of snap.teLoggen ?? []) await deps.store.voegToe(entry);
    const volledig = await deps.store.leesLog(inburgeraarId);
    await deps.persoonOpslag.bewaar(
      volledig.map((e) => ({ ...zonderPersoon(e, inburgeraarId, verslagId), ...keys.bewaardLog(verslagId, e.seq) })),
    );
    const { eigen, delingen } = await partities(deps, inburgeraarId);
    // The staat first (reads then find the person gone), the log items last.
    return [...eigen.filter((i) => i.sk === 'staat'), ...delingen, ...eigen.filter((i) => i.sk !== 'staat')];
  });
}
