import type { BellijstResponse, CaseloadResponse, NietGezienResponse } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { gemistSindsContact } from './afspraken';
import { actieveToewijzingen, heeftActieveRol, soortVan, wachtendSinds, wachtOpBegeleider } from './begeleiders';
import { dagenTussen, plusMaanden } from './datum';
import { faseOp, isActief, type ProfielVoorFase, startdatumVan } from './fase';
import { Regelfout } from './regels';
import type { Traject } from './traject';

type WerkProfiel = ProfielVoorFase & Pick<Profiel, 'cbs' | 'bellijst' | 'maxDagenZonderContact'>;

const metFase = (profiel: WerkProfiel, trajecten: readonly Traject[], vandaag: string) =>
  trajecten.map((t) => ({ t, ...faseOp(profiel, t, vandaag) }));

type PerSoort = NonNullable<CaseloadResponse['perSoort']>[number];

/**
 * Caseload per begeleider (trajecten not afgerond: each traject once per begeleider, whatever their rollen in it) and
 * per kind (rol x betaald/vrijwilliger: each active toewijzing once), and the active trajecten waiting for a
 * begeleider: nobody assigned, or past the opstartfase with nobody in a vaste rol (Groningen: waiting for a maatje).
 */
export function caseload(profiel: WerkProfiel, trajecten: readonly Traject[], vandaag: string): CaseloadResponse {
  const perBegeleider = new Map<string, CaseloadResponse['begeleiders'][number]>();
  const perSoort = new Map<string, PerSoort>();
  const wachtend: CaseloadResponse['wachtendOpMaatje'] = [];
  for (const { t, fase } of metFase(profiel, trajecten, vandaag)) {
    if (fase === 'afgerond') continue;
    const actief = actieveToewijzingen(t);
    for (const w of actief) {
      const sleutel = `${w.rol}|${w.dienstverband}`;
      const soort = perSoort.get(sleutel) ?? { rol: w.rol, dienstverband: w.dienstverband, aantal: 0 };
      perSoort.set(sleutel, { ...soort, aantal: soort.aantal + 1 });
    }
    for (const begeleiderId of new Set(actief.map((w) => w.begeleiderId))) {
      const nieuwste = actief.filter((w) => w.begeleiderId === begeleiderId).at(-1);
      if (!nieuwste) continue;
      const huidig = perBegeleider.get(begeleiderId) ?? { begeleiderId, soort: soortVan(nieuwste), aantal: 0 };
      perBegeleider.set(begeleiderId, { ...huidig, aantal: huidig.aantal + 1 });
    }
    if (isActief(fase) && wachtOpBegeleider(t, fase)) {
      const sinds = wachtendSinds(t, startdatumVan(profiel, t) ?? null);
      wachtend.push({ inburgeraarId: t.inburgeraarId, fase, wachtendSinds: sinds });
    }
  }
  return {
    gemeente: profiel.cbs,
    begeleiders: [...perBegeleider.values()].sort(
      (a, b) => b.aantal - a.aantal || a.begeleiderId.localeCompare(b.begeleiderId),
    ),
    perSoort: [...perSoort.values()].sort(
      (a, b) => a.rol.localeCompare(b.rol) || a.dienstverband.localeCompare(b.dienstverband),
    ),
    wachtendOpMaatje: wachtend.sort((a, b) => (a.wachtendSinds ?? '').localeCompare(b.wachtendSinds ?? '')),
  };
}

/**
 * The bellijst (Groningen: report 4.2): everyone past the opstartfase without a maatje is phoned every intervalMaanden,
 * and so is whoever declined MB where the profile keeps them on it (4.2.2). Due when never contacted since, or when the
 * last contact is intervalMaanden or more ago.
 */
export function bellijst(profiel: WerkProfiel, trajecten: readonly Traject[], vandaag: string): BellijstResponse {
  const regel = profiel.bellijst;
  if (!regel) throw new Regelfout('regel', 'geen-bellijst', 'This gemeente works without a bellijst.');
  const opDeLijst = (t: Traject, fase: string) =>
    fase === 'begeleidingsfase' ||
    fase === 'afrondingsfase' ||
    (fase === 'afgerond' && regel.naAfwijzing && t.afronding?.afgewezenDoorInburgeraar === true);
  const items = metFase(profiel, trajecten, vandaag)
    .filter(({ t, fase }) => opDeLijst(t, fase) && !heeftActieveRol(t, 'maatje'))
    .map(({ t, fase, sinds }) => ({
      inburgeraarId: t.inburgeraarId,
      fase,
      laatsteContact: t.laatsteContact ?? null,
      bellenVanaf: t.laatsteContact ? plusMaanden(t.laatsteContact, regel.intervalMaanden) : (sinds ?? vandaag),
    }))
    .filter((i) => i.bellenVanaf <= vandaag)
    .sort((a, b) => a.bellenVanaf.localeCompare(b.bellenVanaf));
  return { gemeente: profiel.cbs, intervalMaanden: regel.intervalMaanden, items };
}

/**
 * Niet gezien (issue 12): whoever missed an afspraak (niet-verschenen) and has had no contact of any form since; not
 * a guessed number of days. Longest missed first. `dagenNietGezien` counts from the last time seen in person (or the
 * start); the profile's maxDagenZonderContact is reported where it has one, as information only.
 */
export function nietGezien(profiel: WerkProfiel, trajecten: readonly Traject[], vandaag: string): NietGezienResponse {
  const max = profiel.maxDagenZonderContact;
  const items = metFase(profiel, trajecten, vandaag)
    .filter(({ fase }) => isActief(fase))
    .flatMap(({ t, fase }) => {
      const gemist = gemistSindsContact(t.afspraken ?? [], t.laatsteContact);
      if (!gemist || gemist.sinds > vandaag) return [];
      return [
        {
          inburgeraarId: t.inburgeraarId,
          fase,
          laatstGezien: t.laatstGezien ?? null,
          dagenNietGezien: dagenTussen(t.laatstGezien ?? startdatumVan(profiel, t) ?? vandaag, vandaag),
          gemistSinds: gemist.sinds,
          gemisteAfspraken: gemist.aantal,
        },
      ];
    })
    .sort((a, b) => a.gemistSinds.localeCompare(b.gemistSinds) || a.inburgeraarId.localeCompare(b.inburgeraarId));
  return { gemeente: profiel.cbs, ...(max === null ? {} : { maxDagenZonderContact: max }), items };
}
