import type { BellijstResponse, CaseloadResponse, NietGezienResponse } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { dagenTussen, plusMaanden } from './datum';
import { faseOp, isActief, type ProfielVoorFase, startdatumVan } from './fase';
import { Regelfout } from './regels';
import type { Traject } from './traject';

type WerkProfiel = ProfielVoorFase & Pick<Profiel, 'cbs' | 'bellijst' | 'maxDagenZonderContact'>;

const metFase = (profiel: WerkProfiel, trajecten: readonly Traject[], vandaag: string) =>
  trajecten.map((t) => ({ t, ...faseOp(profiel, t, vandaag) }));

/** Caseload per begeleider (trajecten not afgerond) and the active trajecten still without any begeleider. */
export function caseload(profiel: WerkProfiel, trajecten: readonly Traject[], vandaag: string): CaseloadResponse {
  const perBegeleider = new Map<string, CaseloadResponse['begeleiders'][number]>();
  const wachtend: CaseloadResponse['wachtendOpMaatje'] = [];
  for (const { t, fase } of metFase(profiel, trajecten, vandaag)) {
    if (fase === 'afgerond') continue;
    if (t.begeleider) {
      const { begeleiderId, soort } = t.begeleider;
      const huidig = perBegeleider.get(begeleiderId) ?? { begeleiderId, soort, aantal: 0 };
      perBegeleider.set(begeleiderId, { ...huidig, aantal: huidig.aantal + 1 });
    } else if (isActief(fase)) {
      wachtend.push({ inburgeraarId: t.inburgeraarId, fase, wachtendSinds: startdatumVan(profiel, t) ?? null });
    }
  }
  return {
    gemeente: profiel.cbs,
    begeleiders: [...perBegeleider.values()].sort(
      (a, b) => b.aantal - a.aantal || a.begeleiderId.localeCompare(b.begeleiderId),
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
    .filter(({ t, fase }) => opDeLijst(t, fase) && t.begeleider?.soort !== 'maatje')
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
 * People not seen in person (huisbezoek, kantoor, spreekuur, groep) for longer than the profile's
 * maxDagenZonderContact, counted from the last time seen or else from the start; longest first.
 */
export function nietGezien(profiel: WerkProfiel, trajecten: readonly Traject[], vandaag: string): NietGezienResponse {
  const max = profiel.maxDagenZonderContact;
  if (max === null) {
    throw new Regelfout('regel', 'geen-contactnorm', 'This gemeente sets no maximum time without contact.');
  }
  const items = metFase(profiel, trajecten, vandaag)
    .filter(({ fase }) => isActief(fase))
    .map(({ t, fase }) => ({
      inburgeraarId: t.inburgeraarId,
      fase,
      laatstGezien: t.laatstGezien ?? null,
      dagenNietGezien: dagenTussen(t.laatstGezien ?? startdatumVan(profiel, t) ?? vandaag, vandaag),
    }))
    .filter((i) => i.dagenNietGezien > max)
    .sort((a, b) => b.dagenNietGezien - a.dagenNietGezien);
  return { gemeente: profiel.cbs, maxDagenZonderContact: max, items };
}
