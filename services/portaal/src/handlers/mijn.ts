import { doorsturen, htmlAntwoord, jsonDownload, STIJL_VERSIE, stijlAntwoord } from '../app/antwoorden';
import { cookie, TAAL_COOKIE } from '../app/cookies';
import type { Antwoord, PortaalDeps, Verzoek } from '../app/deps';
import { apiStatus } from '../app/fouten';
import { beginInloggen, csrfKlopt, sessieVan, sessieVerlopen, terugVanInlog, uitloggen } from '../app/inloggen';
import * as mijn from '../app/mijn';
import type { Formulierfout } from '../domain/toestemmingen';
import type { BerichtSleutel } from '../i18n/catalogi';
import { isTaal, kiesTaal } from '../i18n/talen';
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
import { type RouteTabel, router } from './router';

const JAAR = 365 * 24 * 3600;
const TERUG = /^\/mijn(\/[A-Za-z0-9_-]+)*$/;
const FOUTEN: Record<Formulierfout | 'algemeen', BerichtSleutel> = {
  keuze: 'fout.keuze',
  expliciet: 'fout.expliciet',
  datum: 'fout.datum',
  formulier: 'fout.formulier',
  algemeen: 'fout.algemeen',
};
const MELDINGEN: Record<string, BerichtSleutel> = { gegeven: 'melding.gegeven', ingetrokken: 'melding.ingetrokken' };

/** What a page of Mijn Wegwijs has to work with. */
interface MijnContext {
  deps: PortaalDeps;
  req: Verzoek;
  v: Vertaler;
  pad: string;
  ingelogd?: mijn.MijnIngelogd | undefined;
  toon(titel: string, inhoud: Html, o?: { menu?: Menu; status?: number }): Antwoord;
  fout(sleutel: BerichtSleutel, status: number): Antwoord;
}

const ik = (c: MijnContext): mijn.MijnIngelogd => {
  if (!c.ingelogd) throw new Error('this page needs a session');
  return c.ingelogd;
};

/** Mijn Wegwijs' pages: thin, each calls one use case of `app/mijn.ts` and renders its view. */
export const MIJN_ROUTES: RouteTabel<MijnContext> = {
  'GET /mijn/stijl.css': { toegang: 'publiek', handle: () => stijlAntwoord() },
  'GET /mijn/taal/{taal}': {
    toegang: 'publiek',
    handle(c, { taal }) {
      if (!isTaal(taal)) return c.fout('fout.nietGevonden', 404);
      const terug = c.req.query.get('terug') ?? '/mijn';
      return doorsturen(TERUG.test(terug) ? terug : '/mijn', [cookie(TAAL_COOKIE, taal, JAAR)]);
    },
  },
  'GET /mijn/inloggen': { toegang: 'publiek', handle: (c) => beginInloggen(c.deps, mijn.MIJN) },
  'GET /mijn/terug': {
    toegang: 'publiek',
    handle: (c) => terugVanInlog(c.deps, mijn.MIJN, c.req, () => c.fout('fout.algemeen', 403)),
  },
  'GET /mijn/formulier': {
    toegang: 'optioneel',
    handle: (c) => c.toon(c.v.t('formulier.titel'), formulierInhoud(c.v), { menu: 'formulier' }),
  },
  'GET /mijn': {
    toegang: 'optioneel',
    async handle(c) {
      const { v } = c;
      if (!c.ingelogd) {
        const f = c.req.query.get('fout');
        const sleutel = f === 'sessie' ? 'fout.sessie' : f ? 'fout.algemeen' : undefined;
        return c.toon(v.t('inloggen.titel'), inloggenInhoud(v, c.req.query.has('uitgelogd'), sleutel));
      }
      const o = await mijn.overzicht(c.deps, c.ingelogd);
      return c.toon(
        v.t('overzicht.titel'),
        overzichtInhoud(v, { ...o, organisatie: o.organisatie ?? v.t('partij.begeleider') }),
        { menu: 'overzicht' },
      );
    },
  },
  'POST /mijn/uitloggen': { toegang: 'ingelogd', handle: (c) => uitloggen(c.deps, mijn.MIJN, ik(c)) },
  'GET /mijn/toestemmingen': {
    toegang: 'ingelogd',
    async handle(c) {
      const foutCode = c.req.query.get('fout') as Formulierfout | 'algemeen' | null;
      const data = await mijn.toestemmingen(c.deps, ik(c));
      return c.toon(
        c.v.t('toestemmingen.titel'),
        toestemmingenInhoud(c.v, {
          ...data,
          melding: MELDINGEN[c.req.query.get('melding') ?? ''],
          fout: foutCode ? FOUTEN[foutCode] : undefined,
        }),
        { menu: 'toestemmingen' },
      );
    },
  },
  'POST /mijn/toestemmingen': {
    toegang: 'ingelogd',
    async handle(c) {
      const fout = await mijn.geef(c.deps, ik(c), c.req.form);
      return doorsturen(fout ? `/mijn/toestemmingen?fout=${fout}#geven` : '/mijn/toestemmingen?melding=gegeven');
    },
  },
  'GET /mijn/toestemmingen/{toestemmingId}/intrekken': {
    toegang: 'ingelogd',
    async handle(c, { toestemmingId = '' }) {
      const gevonden = await mijn.actieveToestemming(c.deps, ik(c), toestemmingId);
      if (!gevonden) return c.fout('fout.nietGevonden', 404);
      return c.toon(
        c.v.t('intrekken.titel'),
        intrekkenInhoud(c.v, gevonden.toestemming, gevonden.gemeenteNaam, ik(c).sessie.csrf),
        { menu: 'toestemmingen' },
      );
    },
  },
  'POST /mijn/toestemmingen/{toestemmingId}/intrekken': {
    toegang: 'ingelogd',
    async handle(c, { toestemmingId = '' }) {
      if (!(await mijn.trekIn(c.deps, ik(c), toestemmingId))) return c.fout('fout.nietGevonden', 404);
      return doorsturen('/mijn/toestemmingen?melding=ingetrokken');
    },
  },
  'GET /mijn/verwerkingen': {
    toegang: 'ingelogd',
    async handle(c) {
      const d = await mijn.verwerkingen(c.deps, ik(c), Number(c.req.query.get('pagina') ?? 1));
      return c.toon(
        c.v.t('verwerkingen.titel'),
        verwerkingenInhoud(c.v, { ...d, zinnen: d.zinnen.map((z) => zinTekst(c.v, z)) }),
        { menu: 'verwerkingen' },
      );
    },
  },
  'GET /mijn/gegevens': {
    toegang: 'ingelogd',
    async handle(c) {
      const d = await mijn.gegevens(c.deps, ik(c));
      return c.toon(c.v.t('gegevens.titel'), gegevensInhoud(c.v, d), { menu: 'gegevens' });
    },
  },
  'GET /mijn/gegevens.json': { toegang: 'ingelogd', handle: async (c) => jsonDownload(await mijn.kopie(ik(c))) },
};

const zoek = router(MIJN_ROUTES);

/** Mijn Wegwijs: the route of the request, its session and language, and the answer to an API failure. */
export async function behandelMijn(deps: PortaalDeps, req: Verzoek): Promise<Antwoord> {
  const v = vertaler(kiesTaal(req.cookies.get(TAAL_COOKIE), req.acceptLanguage));
  const pad = req.pad.length > 5 ? req.pad.replace(/\/+$/, '') : req.pad;
  const get = req.methode === 'GET' || req.methode === 'HEAD';
  const gevonden = zoek(req.methode, pad);
  const toegang = gevonden?.route.toegang ?? 'ingelogd';
  const sessie = toegang === 'publiek' ? undefined : await sessieVan(deps, mijn.MIJN, req);
  const ingelogd = sessie && mijn.metApi(deps, req.basis, sessie);
  const toon: MijnContext['toon'] = (titel, inhoud, o = {}) =>
    htmlAntwoord(
      o.status ?? 200,
      String(
        mijnPagina({ v, titel, pad, menu: o.menu, csrf: ingelogd?.sessie.csrf, stijlVersie: STIJL_VERSIE }, inhoud),
      ),
    );
  const fout: MijnContext['fout'] = (sleutel, status) =>
    toon(v.t('fout.titel'), foutInhoud(v, sleutel, sleutel === 'fout.sessie'), { status });
  if (toegang === 'ingelogd') {
    if (!ingelogd) return get ? doorsturen('/mijn') : doorsturen('/mijn?fout=sessie');
    if (!get && !csrfKlopt(ingelogd.sessie.csrf, req.form)) return fout('fout.formulier', 403);
  }
  if (!gevonden) return fout('fout.nietGevonden', 404);
  try {
    return await gevonden.route.handle({ deps, req, v, pad, ingelogd, toon, fout }, gevonden.params);
  } catch (e) {
    const status = ingelogd && apiStatus(e);
    if (!ingelogd || status === undefined || status >= 500) throw e;
    if (status === 401) return sessieVerlopen(deps, mijn.MIJN, ingelogd);
    return status === 404 ? fout('fout.nietGevonden', 404) : fout('fout.algemeen', 400);
  }
}
