import { csvAntwoord, doorsturen, htmlAntwoord, STIJL_VERSIE, stijlAntwoord } from '../app/antwoorden';
import type { Antwoord, PortaalDeps, Verzoek } from '../app/deps';
import { apiStatus } from '../app/fouten';
import { beginInloggen, csrfKlopt, sessieVan, sessieVerlopen, terugVanInlog, uitloggen } from '../app/inloggen';
import * as regie from '../app/regie';
import { type Indicatorset, isIndicatorset } from '../domain/regie-typen';
import { type RegieSleutel, type RegieVertaler, regieVertaler } from '../i18n/regie';
import { regiePagina } from '../views/regie-layout';
import { regieFoutInhoud, regieInloggenInhoud, regieOverzichtInhoud, regieSetInhoud } from '../views/regie-paginas';
import type { Html } from '../views/sjabloon';
import { type RouteTabel, router } from './router';

/** What a regie page has to work with. */
interface RegieContext {
  deps: PortaalDeps;
  req: Verzoek;
  v: RegieVertaler;
  ingelogd?: regie.RegieIngelogd | undefined;
  toon(
    titel: string,
    inhoud: Html,
    o?: { status?: number; huidig?: Indicatorset | 'overzicht'; query?: string },
  ): Antwoord;
  fout(sleutel: RegieSleutel, status: number): Antwoord;
}

const ik = (c: RegieContext): regie.RegieIngelogd => {
  if (!c.ingelogd) throw new Error('this page needs a session');
  return c.ingelogd;
};

/** The regie monitor's pages: thin, each calls one use case of `app/regie.ts` and renders its view. */
export const REGIE_ROUTES: RouteTabel<RegieContext> = {
  'GET /regie/stijl.css': { toegang: 'publiek', handle: () => stijlAntwoord() },
  'GET /regie/inloggen': { toegang: 'publiek', handle: (c) => beginInloggen(c.deps, regie.REGIE) },
  'GET /regie/terug': {
    toegang: 'publiek',
    handle: (c) => terugVanInlog(c.deps, regie.REGIE, c.req, () => c.fout('fout.geenToegang', 403)),
  },
  'GET /regie': {
    toegang: 'optioneel',
    handle(c) {
      const { v, req } = c;
      if (!c.ingelogd) {
        const f = req.query.get('fout');
        const sleutel = f === 'sessie' ? 'fout.sessie' : f === 'inloggen' ? 'fout.inloggen' : undefined;
        return c.toon(v.t('inloggen.titel'), regieInloggenInhoud(v, req.query.has('uitgelogd'), sleutel));
      }
      const gemeenten = regie.toegestaan(c.deps, c.ingelogd, v.t('gemeente.totaal'));
      return c.toon(v.t('overzicht.titel'), regieOverzichtInhoud(v, gemeenten), { huidig: 'overzicht' });
    },
  },
  'POST /regie/uitloggen': { toegang: 'ingelogd', handle: (c) => uitloggen(c.deps, regie.REGIE, ik(c)) },
  'GET /regie/{set}': {
    toegang: 'ingelogd',
    async handle(c, { set = '' }) {
      if (!isIndicatorset(set)) return c.fout('fout.nietGevonden', 404);
      const { v } = c;
      const d = await regie.indicatorset(c.deps, ik(c), c.req, set);
      const naam = (cbs: string) => (cbs === 'totaal' ? v.t('gemeente.totaal') : regie.gemeenteNaam(c.deps, cbs));
      const filter = { ...d.waarden, toegestaan: regie.toegestaan(c.deps, ik(c), v.t('gemeente.totaal')) };
      return c.toon(
        v.t(`set.${set}`),
        regieSetInhoud(v, { set, filter: { ...filter, fout: d.fout }, reeksen: d.reeksen, query: d.query, naam }),
        d.fout ? { status: 400, huidig: set } : { huidig: set, query: d.query },
      );
    },
  },
  'GET /regie/{set}/csv': {
    toegang: 'ingelogd',
    async handle(c, { set = '' }) {
      if (!isIndicatorset(set)) return c.fout('fout.nietGevonden', 404);
      const d = await regie.csv(c.deps, ik(c), c.req, set);
      return typeof d === 'string' ? c.fout('fout.verzoek', 400) : csvAntwoord(set, d, d.csv);
    },
  },
};

const zoek = router(REGIE_ROUTES);

function wieTekst(deps: PortaalDeps, v: RegieVertaler, i: regie.RegieIngelogd): string {
  const w = regie.wie(deps, i.sessie);
  const rolSleutel = `rol.${w.rol}`;
  const rol = v.heeft(rolSleutel) ? v.t(rolSleutel) : v.t('rol.anders');
  // Staff of a samenwerkingsverband (Zaffier) act for several gemeenten: name them all, not the org's first gemeente.
  return w.gemeenten
    ? v.t('ingelogd.alsVoorGemeenten', { rol, aantal: w.gemeenten.length, gemeenten: w.gemeenten.join(', ') })
    : v.t('ingelogd.als', { rol, organisatie: w.organisatie ?? '' });
}

/** The regie pages: the route of the request, the staff session, and the answer to an API failure. */
export async function behandelRegie(deps: PortaalDeps, req: Verzoek): Promise<Antwoord> {
  const v = regieVertaler();
  const pad = req.pad.length > 6 ? req.pad.replace(/\/+$/, '') : req.pad;
  const get = req.methode === 'GET' || req.methode === 'HEAD';
  const gevonden = zoek(req.methode, pad);
  const toegang = gevonden?.route.toegang ?? 'ingelogd';
  const ingelogd = toegang === 'publiek' ? undefined : await sessieVan(deps, regie.REGIE, req);
  const toon: RegieContext['toon'] = (titel, inhoud, o = {}) =>
    htmlAntwoord(
      o.status ?? 200,
      String(
        regiePagina(
          {
            v,
            titel,
            huidig: o.huidig,
            query: o.query,
            stijlVersie: STIJL_VERSIE,
            ingelogd: ingelogd && { csrf: ingelogd.sessie.csrf, wie: wieTekst(deps, v, ingelogd) },
          },
          inhoud,
        ),
      ),
    );
  const fout: RegieContext['fout'] = (sleutel, status) =>
    toon(v.t('fout.titel'), regieFoutInhoud(v, sleutel, sleutel === 'fout.sessie'), { status });
  if (toegang === 'ingelogd') {
    if (!ingelogd) return get ? doorsturen('/regie') : doorsturen('/regie?fout=sessie');
    if (!get && !csrfKlopt(ingelogd.sessie.csrf, req.form)) return fout('fout.formulier', 403);
  }
  if (!gevonden) return fout('fout.nietGevonden', 404);
  try {
    return await gevonden.route.handle({ deps, req, v, ingelogd, toon, fout }, gevonden.params);
  } catch (e) {
    const status = ingelogd && apiStatus(e);
    if (!ingelogd || status === undefined || status >= 500) throw e;
    if (status === 401) return sessieVerlopen(deps, regie.REGIE, ingelogd);
    if (status === 403) return fout('fout.geenToegang', 403);
    return status === 404 ? fout('fout.nietGevonden', 404) : fout('fout.verzoek', 400);
  }
}
