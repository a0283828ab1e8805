import { profielVan } from '@wegwijs/profielen';
import type { Sessie } from '../adapters/sessies';
import { ApiFout, type WegwijsApi } from '../adapters/wegwijs-api';
import { grondVoor, type PersoonlijkeGrond } from '../domain/grondslag';
import type { Inzage } from '../domain/inzage';
import { type Formulierfout, leesGeefFormulier, perCategorie } from '../domain/toestemmingen';
import type { Dossier, ToestemmingWeergave } from '../domain/typen';
import { nieuwsteEerst, pagina, type Zin, zinVoor } from '../domain/verwerkingen';
import { CATALOGI } from '../i18n/catalogi';
import { TALEN } from '../i18n/talen';
import { INLOG_COOKIE, SESSIE_COOKIE } from './cookies';
import type { PortaalDeps } from './deps';
import type { Ingelogd, Publiek } from './inloggen';

const TEKSTVERSIES = Object.fromEntries(TALEN.map((t) => [t, CATALOGI[t].toestemmingstekst.versie]));
const dag = (d: Date) => d.toISOString().slice(0, 10);

/** Mijn Wegwijs' sign-in: the inburgeraar's IdP (DigiD through the gemeente), cookies scoped to /mijn. */
export const MIJN: Publiek<Sessie> = {
  pad: '/mijn',
  sessieCookie: SESSIE_COOKIE,
  inlogCookie: INLOG_COOKIE,
  sessies: (deps) => deps.sessies,
  inlog: (deps) => deps.inlog(),
  sessieUit: (tokens, csrf, verlooptOp) => ({
    inburgeraarId: tokens.sub,
    accessToken: tokens.accessToken,
    idToken: tokens.idToken,
    csrf,
    verlooptOp,
  }),
};

/** The signed-in inburgeraar and the public API with their own token. */
export interface MijnIngelogd extends Ingelogd<Sessie> {
  api: WegwijsApi;
}

export const metApi = (deps: PortaalDeps, basis: string, i: Ingelogd<Sessie>): MijnIngelogd => ({
  ...i,
  api: deps.api(basis, i.sessie),
});

/** The ground that applies to this person, by their doelgroep in their gemeente's profile of this deployment. */
const grondVan = (dossier: Dossier): PersoonlijkeGrond => grondVoor(profielVan(dossier.gemeente), dossier.doelgroep);

export const gemeenteNaam = (deps: PortaalDeps, cbs: string) => deps.namen.gemeente(cbs) ?? cbs;

/** The overview: what is shared without consent and on which ground, where the traject is, how many consents. */
export async function overzicht(deps: PortaalDeps, i: MijnIngelogd) {
  const [dossier, lijst] = await Promise.all([i.api.dossier(), i.api.toestemmingen()]);
  return {
    grond: grondVan(dossier),
    fase: dossier.traject?.fase ?? dossier.status,
    gemeente: gemeenteNaam(deps, dossier.gemeente),
    organisatie: deps.namen.organisatie(dossier.uitvoeringsorganisatie),
    aantalActief: lijst.filter((t) => t.status === 'actief').length,
  };
}

/** The consents per categorie the person may consent to, and what the grant form needs. */
export async function toestemmingen(deps: PortaalDeps, i: MijnIngelogd) {
  const [dossier, lijst] = await Promise.all([i.api.dossier(), i.api.toestemmingen()]);
  const nu = deps.nu();
  return {
    groepen: perCategorie(lijst, grondVan(dossier).opToestemming),
    gemeente: dossier.gemeente,
    gemeenteNaam: gemeenteNaam(deps, dossier.gemeente),
    aantalEerder: lijst.filter((t) => t.status !== 'actief').length,
    vandaag: dag(nu),
    morgen: dag(new Date(nu.getTime() + 86_400_000)),
    csrf: i.sessie.csrf,
  };
}

/** Gives a consent from the form: `undefined` when given, else what was wrong with the form (or `algemeen`). */
export async function geef(
  deps: PortaalDeps,
  i: MijnIngelogd,
  form: URLSearchParams,
): Promise<Formulierfout | 'algemeen' | undefined> {
  const dossier = await i.api.dossier();
  const velden = Object.fromEntries(
    ['categorie', 'ontvanger', 'doel', 'geldigTot', 'expliciet', 'taal', 'tekstversie'].map((k) => [
      k,
      form.get(k) ?? undefined,
    ]),
  );
  const body = leesGeefFormulier(velden, {
    gemeente: dossier.gemeente,
    vandaag: dag(deps.nu()),
    tekstversies: TEKSTVERSIES,
    categorieen: grondVan(dossier).opToestemming,
  });
  if (typeof body === 'string') return body;
  try {
    await i.api.geefToestemming(body, deps.willekeurig());
  } catch (e) {
    if (e instanceof ApiFout && e.status === 422) return 'algemeen';
    throw e;
  }
  return undefined;
}

/** An active consent of the person, with the name of its gemeente (the withdrawal page); undefined: none such. */
export async function actieveToestemming(
  deps: PortaalDeps,
  i: MijnIngelogd,
  toestemmingId: string,
): Promise<{ toestemming: ToestemmingWeergave; gemeenteNaam: string } | undefined> {
  const t = (await i.api.toestemmingen()).find((x) => x.toestemmingId === toestemmingId && x.status === 'actief');
  if (!t) return undefined;
  const dossier = await i.api.dossier();
  return { toestemming: t, gemeenteNaam: gemeenteNaam(deps, dossier.gemeente) };
}

/** Withdraws an active consent of the person; false when there is none by that id. */
export async function trekIn(deps: PortaalDeps, i: MijnIngelogd, toestemmingId: string): Promise<boolean> {
  const t = (await i.api.toestemmingen()).find((x) => x.toestemmingId === toestemmingId && x.status === 'actief');
  if (!t) return false;
  await i.api.trekIn(toestemmingId, deps.willekeurig());
  return true;
}

/** The log as sentences (in the domain's terms), newest first, one page of 20, and whether the chain holds. */
export async function verwerkingen(
  deps: PortaalDeps,
  i: MijnIngelogd,
  paginaNummer: number,
): Promise<{ zinnen: Zin[]; ketenGeldig: boolean; huidig: number; volgende?: number | undefined }> {
  const [log, lijst] = await Promise.all([i.api.verwerkingen(), i.api.toestemmingen()]);
  const gegevenOp = new Map(lijst.flatMap((t) => (t.geldigVanaf ? [[t.toestemmingId, t.geldigVanaf] as const] : [])));
  const p = pagina(nieuwsteEerst(log.items), paginaNummer);
  return {
    zinnen: p.items.map((item) => zinVoor(item, deps.namen, i.sessie.inburgeraarId, gegevenOp)),
    ketenGeldig: log.ketenGeldig,
    huidig: p.huidig,
    volgende: p.volgende,
  };
}

/** Everything held about the person (AVG art. 15 and 20), and how the page names the parties in it. */
export async function gegevens(
  deps: PortaalDeps,
  i: MijnIngelogd,
): Promise<{ inzage: Inzage; partij(code: string): string }> {
  const inzage = await i.api.inzage();
  return { inzage, partij: (code) => deps.namen.gemeente(code) ?? deps.namen.organisatie(code) ?? code };
}

/** The copy as the API answered it, for the download. */
export const kopie = (i: MijnIngelogd): Promise<Inzage> => i.api.inzage();
