import { timingSafeEqual } from 'node:crypto';
import { profielVan } from '@wegwijs/profielen';
import { InlogFout } from '../adapters/oidc';
import type { Sessie } from '../adapters/sessies';
import { ApiFout, type WegwijsApi } from '../adapters/wegwijs-api';
import { grondVoor } from '../domain/grondslag';
import { type Formulierfout, leesGeefFormulier, perCategorie } from '../domain/toestemmingen';
import type { Dossier } from '../domain/typen';
import { nieuwsteEerst, pagina, zinVoor } from '../domain/verwerkingen';
import { type BerichtSleutel, CATALOGI } from '../i18n/catalogi';
import { isTaal, kiesTaal, TALEN } from '../i18n/talen';
import { type Vertaler, vertaler } from '../i18n/vertaler';
import { gegevensInhoud } from '../views/gegevens';
import { type Menu, mijnPagina } from '../views/mijn-layout';
import {
  formulierInhoud,
  foutInhoud,
  inloggenInhoud,
  intrekkenInhoud,
  overzichtInhoud,
  toestemmingenInhoud,
  verwerkingenInhoud,
} from '../views/paginas';
import type { Html } from '../views/sjabloon';
import { zinTekst } from '../views/tekst';
import { doorsturen, htmlAntwoord, jsonDownload, STIJL_VERSIE, stijlAntwoord } from './antwoorden';
import { cookie, INLOG_COOKIE, SESSIE_COOKIE, TAAL_COOKIE, wisCookie } from './cookies';
import type { Antwoord, PortaalDeps, Verzoek } from './deps';

const INLOG_SECONDEN = 600;
const JAAR = 365 * 24 * 3600;
const TEKSTVERSIES = Object.fromEntries(TALEN.map((t) => [t, CATALOGI[t].toestemmingstekst.versie]));
const FOUTEN: Record<Formulierfout, BerichtSleutel> = {
  keuze: 'fout.keuze',
  expliciet: 'fout.expliciet',
  datum: 'fout.datum',
  formulier: 'fout.formulier',
};
const MELDINGEN: Record<string, BerichtSleutel> = { gegeven: 'melding.gegeven', ingetrokken: 'melding.ingetrokken' };
const TERUG = /^\/mijn(\/[A-Za-z0-9_-]+)*$/;

/** The signed-in state of a request, if any. */
interface Ingelogd {
  sessieId: string;
  sessie: Sessie;
  api: WegwijsApi;
}

const epoch = (d: Date) => Math.floor(d.getTime() / 1000);
const dag = (d: Date) => d.toISOString().slice(0, 10);

function csrfKlopt(sessie: Sessie, form: URLSearchParams): boolean {
  const a = Buffer.from(sessie.csrf);
  const b = Buffer.from(form.get('csrf') ?? '');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Mijn Wegwijs: every page and action under /mijn. */
export async function behandel(deps: PortaalDeps, req: Verzoek): Promise<Antwoord> {
  const v = vertaler(kiesTaal(req.cookies.get(TAAL_COOKIE), req.acceptLanguage));
  const pad = req.pad.length > 5 ? req.pad.replace(/\/+$/, '') : req.pad;
  const get = req.methode === 'GET' || req.methode === 'HEAD';

  const toon = (titel: string, inhoud: Html, opties: { menu?: Menu; ingelogd?: Ingelogd; status?: number } = {}) =>
    htmlAntwoord(
      opties.status ?? 200,
      String(
        mijnPagina(
          { v, titel, pad, menu: opties.menu, csrf: opties.ingelogd?.sessie.csrf, stijlVersie: STIJL_VERSIE },
          inhoud,
        ),
      ),
    );
  const fout = (sleutel: BerichtSleutel, status: number, ingelogd?: Ingelogd) =>
    toon(v.t('fout.titel'), foutInhoud(v, sleutel, sleutel === 'fout.sessie'), {
      status,
      ...(ingelogd ? { ingelogd } : {}),
    });

  if (get && pad === '/mijn/stijl.css') return stijlAntwoord();
  if (get && pad.startsWith('/mijn/taal/')) {
    const taal = pad.slice('/mijn/taal/'.length);
    const terug = req.query.get('terug') ?? '/mijn';
    if (!isTaal(taal)) return fout('fout.nietGevonden', 404);
    return doorsturen(TERUG.test(terug) ? terug : '/mijn', [cookie(TAAL_COOKIE, taal, JAAR)]);
  }
  if (get && pad === '/mijn/formulier') {
    const ingelogd = await sessieVan(deps, req);
    return toon(v.t('formulier.titel'), formulierInhoud(v), {
      menu: 'formulier',
      ...(ingelogd ? { ingelogd } : {}),
    });
  }
  if (get && pad === '/mijn/inloggen') {
    const poging = await deps.inlog().begin();
    const id = deps.willekeurig();
    await deps.sessies.bewaarInlog(id, {
      state: poging.state,
      codeVerifier: poging.codeVerifier,
      nonce: poging.nonce,
      verlooptOp: epoch(deps.nu()) + INLOG_SECONDEN,
    });
    return doorsturen(poging.url, [cookie(INLOG_COOKIE, id, INLOG_SECONDEN)]);
  }
  if (get && pad === '/mijn/terug') return terugVanInlog(deps, req);

  const ingelogd = await sessieVan(deps, req);
  if (!ingelogd) {
    if (get && pad === '/mijn') {
      const f = req.query.get('fout');
      return toon(
        v.t('inloggen.titel'),
        inloggenInhoud(v, req.query.has('uitgelogd'), f === 'sessie' ? 'fout.sessie' : f ? 'fout.algemeen' : undefined),
      );
    }
    return get ? doorsturen('/mijn') : doorsturen('/mijn?fout=sessie');
  }
  if (!get && !csrfKlopt(ingelogd.sessie, req.form)) return fout('fout.formulier', 403, ingelogd);

  try {
    if (!get && pad === '/mijn/uitloggen') {
      // Signed out here and at the provider (RP-initiated logout): the next person at a shared computer who clicks
      // "Inloggen" must present their own credential; the provider sends the browser back to /mijn?uitgelogd=1.
      await deps.sessies.verwijderSessie(ingelogd.sessieId);
      const bijProvider = await deps.inlog().uitlogUrl(ingelogd.sessie.idToken);
      return doorsturen(bijProvider ?? '/mijn?uitgelogd=1', [wisCookie(SESSIE_COOKIE)]);
    }
    if (get && pad === '/mijn') return await overzicht(deps, v, ingelogd, toon);
    if (get && pad === '/mijn/toestemmingen') return await toestemmingen(deps, v, req, ingelogd, toon);
    if (!get && pad === '/mijn/toestemmingen') return await geef(deps, req, ingelogd);
    if (get && pad === '/mijn/verwerkingen') return await verwerkingen(deps, v, req, ingelogd, toon);
    if (get && pad === '/mijn/gegevens') return await gegevens(deps, v, ingelogd, toon);
    if (get && pad === '/mijn/gegevens.json') return jsonDownload(await ingelogd.api.inzage());
    const intrekken = /^\/mijn\/toestemmingen\/([A-Za-z0-9_-]{1,128})\/intrekken$/.exec(pad);
    if (intrekken?.[1]) {
      const toestemmingId = intrekken[1];
      const t = (await ingelogd.api.toestemmingen()).find(
        (x) => x.toestemmingId === toestemmingId && x.status === 'actief',
      );
      if (!t) return fout('fout.nietGevonden', 404, ingelogd);
      if (!get) {
        await ingelogd.api.trekIn(toestemmingId, deps.willekeurig());
        return doorsturen('/mijn/toestemmingen?melding=ingetrokken');
      }
      const dossier = await ingelogd.api.dossier();
      return toon(
        v.t('intrekken.titel'),
        intrekkenInhoud(v, t, gemeenteNaam(deps, dossier.gemeente), ingelogd.sessie.csrf),
        { menu: 'toestemmingen', ingelogd },
      );
    }
    return fout('fout.nietGevonden', 404, ingelogd);
  } catch (e) {
    if (e instanceof ApiFout && e.status === 401) {
      await deps.sessies.verwijderSessie(ingelogd.sessieId);
      return doorsturen('/mijn?fout=sessie', [wisCookie(SESSIE_COOKIE)]);
    }
    if (e instanceof ApiFout && e.status === 404) return fout('fout.nietGevonden', 404, ingelogd);
    if (e instanceof ApiFout && e.status < 500) return fout('fout.algemeen', 400, ingelogd);
    throw e;
  }
}

async function sessieVan(deps: PortaalDeps, req: Verzoek): Promise<Ingelogd | undefined> {
  const sessieId = req.cookies.get(SESSIE_COOKIE);
  if (!sessieId || !/^[A-Za-z0-9_-]{20,100}$/.test(sessieId)) return undefined;
  const sessie = await deps.sessies.leesSessie(sessieId, epoch(deps.nu()));
  return sessie ? { sessieId, sessie, api: deps.api(req.basis, sessie) } : undefined;
}

async function terugVanInlog(deps: PortaalDeps, req: Verzoek): Promise<Antwoord> {
  const id = req.cookies.get(INLOG_COOKIE);
  const wis = wisCookie(INLOG_COOKIE);
  const poging =
    id && /^[A-Za-z0-9_-]{20,100}$/.test(id) ? await deps.sessies.neemInlog(id, epoch(deps.nu())) : undefined;
  if (!poging || req.query.has('error')) return doorsturen('/mijn?fout=inloggen', [wis]);
  try {
    const tokens = await deps.inlog().voltooi(req.query.toString(), poging);
    const sessieId = deps.willekeurig();
    const verlooptOp = epoch(deps.nu()) + tokens.verlooptOver;
    await deps.sessies.bewaarSessie(sessieId, {
      inburgeraarId: tokens.sub,
      accessToken: tokens.accessToken,
      idToken: tokens.idToken,
      csrf: deps.willekeurig(),
      verlooptOp,
    });
    return doorsturen('/mijn', [wis, cookie(SESSIE_COOKIE, sessieId, tokens.verlooptOver)]);
  } catch (e) {
    if (e instanceof InlogFout) return doorsturen('/mijn?fout=inloggen', [wis]);
    throw e;
  }
}

type Toon = (titel: string, inhoud: Html, opties: { menu?: Menu; ingelogd?: Ingelogd; status?: number }) => Antwoord;

/** The ground that applies to this person, by their doelgroep in their gemeente's profile of this deployment. */
const grondVan = (dossier: Dossier) => grondVoor(profielVan(dossier.gemeente), dossier.doelgroep);

const gemeenteNaam = (deps: PortaalDeps, cbs: string) => deps.namen.gemeente(cbs) ?? cbs;

async function overzicht(deps: PortaalDeps, v: Vertaler, ingelogd: Ingelogd, toon: Toon): Promise<Antwoord> {
  const [dossier, lijst] = await Promise.all([ingelogd.api.dossier(), ingelogd.api.toestemmingen()]);
  return toon(
    v.t('overzicht.titel'),
    overzichtInhoud(v, {
      grond: grondVan(dossier),
      fase: dossier.traject?.fase ?? dossier.status,
      gemeente: gemeenteNaam(deps, dossier.gemeente),
      organisatie: deps.namen.organisatie(dossier.uitvoeringsorganisatie) ?? v.t('partij.begeleider'),
      aantalActief: lijst.filter((t) => t.status === 'actief').length,
    }),
    { menu: 'overzicht', ingelogd },
  );
}

async function toestemmingen(
  deps: PortaalDeps,
  v: Vertaler,
  req: Verzoek,
  ingelogd: Ingelogd,
  toon: Toon,
): Promise<Antwoord> {
  const [dossier, lijst] = await Promise.all([ingelogd.api.dossier(), ingelogd.api.toestemmingen()]);
  const nu = deps.nu();
  const foutCode = req.query.get('fout') as Formulierfout | 'algemeen' | null;
  const melding = MELDINGEN[req.query.get('melding') ?? ''];
  return toon(
    v.t('toestemmingen.titel'),
    toestemmingenInhoud(v, {
      groepen: perCategorie(lijst, grondVan(dossier).opToestemming),
      gemeente: dossier.gemeente,
      gemeenteNaam: gemeenteNaam(deps, dossier.gemeente),
      aantalEerder: lijst.filter((t) => t.status !== 'actief').length,
      vandaag: dag(nu),
      morgen: dag(new Date(nu.getTime() + 86_400_000)),
      csrf: ingelogd.sessie.csrf,
      melding,
      fout: foutCode ? (foutCode === 'algemeen' ? 'fout.algemeen' : FOUTEN[foutCode]) : undefined,
    }),
    { menu: 'toestemmingen', ingelogd },
  );
}

async function geef(deps: PortaalDeps, req: Verzoek, ingelogd: Ingelogd): Promise<Antwoord> {
  const dossier = await ingelogd.api.dossier();
  const velden = Object.fromEntries(
    ['categorie', 'ontvanger', 'doel', 'geldigTot', 'expliciet', 'taal', 'tekstversie'].map((k) => [
      k,
      req.form.get(k) ?? undefined,
    ]),
  );
  const body = leesGeefFormulier(velden, {
    gemeente: dossier.gemeente,
    vandaag: dag(deps.nu()),
    tekstversies: TEKSTVERSIES,
    categorieen: grondVan(dossier).opToestemming,
  });
  if (typeof body === 'string') return doorsturen(`/mijn/toestemmingen?fout=${body}#geven`);
  try {
    await ingelogd.api.geefToestemming(body, deps.willekeurig());
  } catch (e) {
    if (e instanceof ApiFout && e.status === 422) return doorsturen('/mijn/toestemmingen?fout=algemeen#geven');
    throw e;
  }
  return doorsturen('/mijn/toestemmingen?melding=gegeven');
}

async function verwerkingen(
  deps: PortaalDeps,
  v: Vertaler,
  req: Verzoek,
  ingelogd: Ingelogd,
  toon: Toon,
): Promise<Antwoord> {
  const [log, lijst] = await Promise.all([ingelogd.api.verwerkingen(), ingelogd.api.toestemmingen()]);
  const gegevenOp = new Map(lijst.flatMap((t) => (t.geldigVanaf ? [[t.toestemmingId, t.geldigVanaf] as const] : [])));
  const p = pagina(nieuwsteEerst(log.items), Number(req.query.get('pagina') ?? 1));
  const zinnen = p.items.map((item) =>
    zinTekst(v, zinVoor(item, deps.namen, ingelogd.sessie.inburgeraarId, gegevenOp)),
  );
  return toon(
    v.t('verwerkingen.titel'),
    verwerkingenInhoud(v, { zinnen, ketenGeldig: log.ketenGeldig, huidig: p.huidig, volgende: p.volgende }),
    { menu: 'verwerkingen', ingelogd },
  );
}

/** "Mijn gegevens": the inzage in the reader's language; parties named as on the other pages. */
async function gegevens(deps: PortaalDeps, v: Vertaler, ingelogd: Ingelogd, toon: Toon): Promise<Antwoord> {
  const inzage = await ingelogd.api.inzage();
  const partij = (code: string) => deps.namen.gemeente(code) ?? deps.namen.organisatie(code) ?? code;
  return toon(v.t('gegevens.titel'), gegevensInhoud(v, { inzage, partij }), { menu: 'gegevens', ingelogd });
}
