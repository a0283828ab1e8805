import { type PersoonRecord, SIGNALERING_SOORTEN } from '@wegwijs/contracts';
import { alsPersoonRecord, type OpgeslagenItem } from '@wegwijs/lambda-kit';
import { dossierSleutel, vensterPk } from '../adapters/keys';
import type { ToegangslogDeps } from './deps';

/**
 * The person repository of the access log: the ONLY code that knows every item one inburgeraar has here: the
 * entries filed on their dossier (gsi2, under the dossier's gemeente and under `-` for requests whose gemeente was not
 * known), the dossier's gemeente (`dossier#<id>`), and the recent openings of their dossier per user
 * (`venster#<sub>` / `<id>`, two hours). Signaleringen name users, never a dossier.
 */
async function itemsVan(deps: ToegangslogDeps, inburgeraarId: string, verslagId?: string) {
  // After a crash half-way a destruction may have removed the dossier item already: the verslag's copy names it.
  const gemeente =
    (await deps.store.dossier(inburgeraarId)).gemeente ??
    (verslagId ? (await deps.store.dossier(verslagId)).gemeente : undefined);
  const partities = gemeente ? [gemeente, undefined] : [undefined];
  // Entries on their dossier, and those they made themselves (an inburgeraar's token names them as the user).
  const gevonden = await Promise.all(
    partities.flatMap((g) => [
      deps.store.vanIndex('inburgeraar', g, inburgeraarId),
      deps.store.vanIndex('gebruiker', g, inburgeraarId),
    ]),
  );
  const entries = [...new Map(gevonden.flat().map((e) => [`${e.pk}\n${e.sk}`, e])).values()];
  const dossier = await deps.persoonOpslag.partitie(dossierSleutel(inburgeraarId).pk);
  const subs = [...new Set(entries.map((e) => String((e.actor as { sub?: unknown } | undefined)?.sub ?? '')))];
  const vensters = (
    await Promise.all(
      subs
        .filter(Boolean)
        .flatMap((sub) => SIGNALERING_SOORTEN.map((soort) => vensterPk(sub, soort)))
        .map((pk) => deps.persoonOpslag.partitie(pk, inburgeraarId)),
    )
  )
    .flat()
    .filter((v) => v.sk === inburgeraarId);
  return { gemeente, entries, dossier, vensters };
}

const soortVan = (item: OpgeslagenItem) => {
  if (item.pk.startsWith('dossier#')) return { soort: 'dossier', id: item.pk.slice('dossier#'.length) };
  if (item.pk.startsWith('venster#')) return { soort: 'opening', id: item.pk.slice('venster#'.length) };
  return { soort: 'toegang', id: String(item.id ?? item.sk) };
};

/** The person's own access log (AVG art. 15): who read or wrote their dossier, when, with what result. */
export async function persoonsItems(deps: ToegangslogDeps, inburgeraarId: string): Promise<PersoonRecord[]> {
  const { entries, dossier, vensters } = await itemsVan(deps, inburgeraarId);
  return [...entries, ...dossier, ...vensters].map((item) => alsPersoonRecord('toegangslog', item, soortVan));
}

/** Every string in `waarde` with each occurrence of `van` replaced by `naar`. */
function vervang(waarde: unknown, van: string, naar: string): unknown {
  if (typeof waarde === 'string') return waarde.split(van).join(naar);
  if (Array.isArray(waarde)) return waarde.map((w) => vervang(w, van, naar));
  if (waarde !== null && typeof waarde === 'object') {
    return Object.fromEntries(Object.entries(waarde).map(([k, v]) => [k, vervang(v, van, naar)]));
  }
  return waarde;
}

/**
 * An entry of a destroyed dossier as it is kept: the verslag's id wherever the person's was (the dossier, the user
 * when they acted themselves, the index keys that name either); its own key (gemeente, time, event id) unchanged.
 */
export const zonderPersoon = (item: OpgeslagenItem, inburgeraarId: string, verslagId: string): OpgeslagenItem => ({
  ...(vervang(item, inburgeraarId, verslagId) as OpgeslagenItem),
  pk: item.pk,
  sk: item.sk,
});

/**
 * The access log is accountability (who read the dossier) and keeps its own term (`toegangslog.bewaarDagen`, TTL):
 * destruction does not remove its entries, it takes the person's id out of them. Each entry is rewritten with the
 * verslag's id in place of the dossier's, and the dossier's gemeente is filed under the verslag's id, so the FG reads
 * the log of a destroyed dossier with `GET /v1/toegangslog?inburgeraarId=<verslagId>` (the verslag is the one link
 * back). The dossier item and the openings go. First the tombstone (an entry that arrives later is rewritten by
 * `legToegangVast`), every rewrite before a removal: running again, or after a crash half-way, ends in the same state.
 */
export async function vernietigPersoon(
  deps: ToegangslogDeps,
  inburgeraarId: string,
  opdracht: { verslagId: string; fase?: string | undefined },
): Promise<{ vernietigdOp: string }> {
  const nu = () => deps.clock.now().toISOString();
  const { verslagId } = opdracht;
  // One phase here: the tombstone is the context's own (no `fase` in its key), the one later entries look for.
  await deps.persoonOpslag.legGrafsteen(inburgeraarId, verslagId, nu());
  const { gemeente, entries, dossier, vensters } = await itemsVan(deps, inburgeraarId, verslagId);
  await deps.persoonOpslag.bewaar(entries.map((e) => zonderPersoon(e, inburgeraarId, verslagId)));
  if (gemeente) await deps.store.zetDossier(verslagId, gemeente);
  await deps.persoonOpslag.verwijder([...dossier, ...vensters]);
  const steen = await deps.persoonOpslag.voltooiGrafsteen(inburgeraarId, nu());
  return { vernietigdOp: steen.vernietigdOp ?? nu() };
}
