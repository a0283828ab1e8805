import type { Contactvorm, Fase, NabellenResponse } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { plusDagen, plusMaanden } from './datum';
import { faseOp, isActief, type ProfielVoorFase, tijdlijnVan } from './fase';
import { Regelfout } from './regels';
import type { Traject } from './traject';

export type NabelProfiel = ProfielVoorFase & Pick<Profiel, 'cbs' | 'nabellen' | 'maxDagenZonderContact' | 'bellijst'>;

/**
 * The first day of the part of MB that is the spreekuur only, where the profile phones who stays away (Tholen from
 * its afbouw stage `spreekuur`, year 3; Roermond after the opstartfase: report 4.2.2, 4.2 staalkaart). Independent of
 * today (the index needs that); undefined where the profile does not phone or the start is unknown.
 */
export function spreekuurVanaf(profiel: NabelProfiel, t: Traject): string | undefined {
  const regel = profiel.nabellen;
  const tijdlijn = tijdlijnVan(profiel, t);
  if (!regel || !tijdlijn) return undefined;
  if (regel.vanaf === 'begeleidingsfase') return tijdlijn.opstartEinde;
  const stap = profiel.afbouw.find((a) => a.intensiteit === 'spreekuur');
  return stap ? plusMaanden(tijdlijn.startdatum, stap.vanafMaand) : undefined;
}

/**
 * The first day the inburgeraar is due a call: maxDagenZonderContact days after the last contact (a visit to the
 * spreekuur, or the call itself), counted from the start of the spreekuur part at the earliest. Undefined where the
 * profile does not phone, or the traject is afgerond as stored.
 */
export function nabellenVanaf(profiel: NabelProfiel, t: Traject): string | undefined {
  const max = profiel.maxDagenZonderContact;
  const vanaf = spreekuurVanaf(profiel, t);
  if (!vanaf || max === null || t.fase === 'afgerond') return undefined;
  const sinds = t.laatsteContact && t.laatsteContact > vanaf ? t.laatsteContact : vanaf;
  return plusDagen(sinds, max);
}

/**
 * The worklist: active trajecten on their spreekuur-only part with no contact for longer than the profile's period,
 * longest due first. 422 where the profile does not phone who stays away from the spreekuur.
 */
export function nabellen(profiel: NabelProfiel, trajecten: readonly Traject[], vandaag: string): NabellenResponse {
  const max = profiel.maxDagenZonderContact;
  if (!profiel.nabellen || max === null) {
    throw new Regelfout(
      'regel',
      'geen-nabellen',
      'Deze gemeente belt niet na wie lang niet op het spreekuur is geweest (rapport 4.2.2: Tholen en Roermond).',
    );
  }
  const items = trajecten
    .map((t) => ({ t, fase: faseOp(profiel, t, vandaag).fase, bellenVanaf: nabellenVanaf(profiel, t) }))
    .filter(
      (i): i is { t: Traject; fase: Fase; bellenVanaf: string } =>
        isActief(i.fase) && i.bellenVanaf !== undefined && i.bellenVanaf <= vandaag,
    )
    .map(({ t, fase, bellenVanaf }) => ({
      inburgeraarId: t.inburgeraarId,
      fase,
      laatstGezien: t.laatstGezien ?? null,
      laatsteContact: t.laatsteContact ?? null,
      bellenVanaf,
    }))
    .sort((a, b) => a.bellenVanaf.localeCompare(b.bellenVanaf) || a.inburgeraarId.localeCompare(b.inburgeraarId));
  return { gemeente: profiel.cbs, maxDagenZonderContact: max, items };
}

/**
 * Whether a contactmoment may be recorded on a traject in this fase. After the afronding nothing is, except the call
 * of the bellijst to whoever declined MB where the profile keeps them on it (Groningen: "inburgeraars die geen
 * maatschappelijke begeleiding meer wensen ... blijven daarop staan", 4.2.2): a call by telephone, so the list clears
 * until the next one is due.
 */
export function vereisContactToegestaan(
  profiel: Pick<Profiel, 'bellijst'>,
  t: Pick<Traject, 'afronding'>,
  fase: Fase,
  vorm: Contactvorm,
): void {
  if (fase !== 'afgerond') return;
  const blijftOpBellijst = profiel.bellijst?.naAfwijzing === true && t.afronding?.afgewezenDoorInburgeraar === true;
  if (blijftOpBellijst && vorm === 'telefoon') return;
  if (blijftOpBellijst) {
    throw new Regelfout(
      'regel',
      'alleen-bellen-na-afwijzing',
      'Wie maatschappelijke begeleiding afwees, blijft op de bellijst: na de afronding wordt alleen het telefoongesprek vastgelegd.',
      [{ path: 'vorm', message: "must be 'telefoon' after the inburgeraar declined MB" }],
    );
  }
  throw new Regelfout('conflict', 'traject-afgerond', 'The traject is afgerond.');
}
