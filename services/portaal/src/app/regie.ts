import { timingSafeEqual } from 'node:crypto';
import { INDICATOREN } from '@wegwijs/contracts/events/regie-catalogus';
import { InlogFout } from '../adapters/oidc';
import type { MedewerkerSessie } from '../adapters/sessies';
import { ApiFout } from '../adapters/wegwijs-api';
import { medewerkerUitClaims } from '../domain/medewerker';
import { filterQuery, leesFilter, reeksenVan, standaardPeriode } from '../domain/regie';
import { type Indicatorset, isIndicatorset } from '../domain/regie-typen';
import { type RegieSleutel, type RegieVertaler, regieVertaler } from '../i18n/regie';
import { regiePagina } from '../views/regie-layout';
import {
  type Gemeente,
  regieFoutInhoud,
  regieInloggenInhoud,
  regieOverzichtInhoud,
  regieSetInhoud,
} from '../views/regie-paginas';
import type { Html } from '../views/sjabloon';
import { csvAntwoord, doorsturen, htmlAntwoord, STIJL_VERSIE, stijlAntwoord } from './antwoorden';
import { cookie, REGIE_INLOG_COOKIE, REGIE_SESSIE_COOKIE, wisCookie } from './cookies';
import type { Antwoord, PortaalDeps, Verzoek } from './deps';

const INLOG_SECONDEN = 600;
const ID = /^[A-Za-z0-9_-]{20,100}$/;
const regieCookie = (naam: string, waarde: string, maxAge: number) => cookie(naam, waarde, maxAge, '/regie');
const wis = (naam: string) => wisCookie(naam, '/regie');
const epoch = (d: Date) => Math.floor(d.getTime() / 1000);

interface Ingelogd {
  sessieId: string;
  sessie: MedewerkerSessie;
}

/**
 * The regie monitor: the pages under /regie for the gemeente's staff (beleidsmedewerkers, consulenten). Signed in at
 * the staff IdP (`medewerkerInlog`); the figures come from the regie API with the staff member's own token, which
 * decides what they may see. A session of Mijn Wegwijs is not one here (other cookie, other keys).
 */
/** A gemeente's name as the page shows it: "Alkmaar", not "Gemeente Alkmaar". */
const gemeenteNaam = (deps: PortaalDeps, cbs: string) => (deps.namen.gemeente(cbs) ?? cbs).replace(/^Gemeente /, '');

export async function behandelRegie(deps: PortaalDeps, req: Verzoek): Promise<Antwoord> {
  const v = regieVertaler();
  const pad = req.pad.length > 6 ? req.pad.replace(/\/+$/, '') : req.pad;
  const get = req.methode === 'GET' || req.methode === 'HEAD';
  const naam = (cbs: string) => (cbs === 'totaal' ? v.t('gemeente.totaal') : gemeenteNaam(deps, cbs));

  const toon = (
    titel: string,
    inhoud: Html,
    o: { status?: number; ingelogd?: Ingelogd; huidig?: Indicatorset | 'overzicht'; query?: string } = {},
  ) =>
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
            ingelogd: o.ingelogd && { csrf: o.ingelogd.sessie.csrf, wie: wieTekst(deps, v, o.ingelogd.sessie) },
          },
          inhoud,
        ),
      ),
    );
  const fout = (sleutel: RegieSleutel, status: number, ingelogd?: Ingelogd) =>
    toon(v.t('fout.titel'), regieFoutInhoud(v, sleutel, sleutel === 'fout.sessie'), {
      status,
      ...(ingelogd ? { ingelogd } : {}),
    });

  if (get && pad === '/regie/stijl.css') return stijlAntwoord();
  if (get && pad === '/regie/inloggen') {
    const poging = await deps.medewerkerInlog().begin();
    const id = deps.willekeurig();
    await deps.medewerkerSessies.bewaarInlog(id, {
      state: poging.state,
      codeVerifier: poging.codeVerifier,
      nonce: poging.nonce,
      verlooptOp: epoch(deps.nu()) + INLOG_SECONDEN,
    });
    return doorsturen(poging.url, [regieCookie(REGIE_INLOG_COOKIE, id, INLOG_SECONDEN)]);
  }
  if (get && pad === '/regie/terug') return terugVanInlog(deps, req, fout);

  const ingelogd = await sessieVan(deps, req);
  if (!ingelogd) {
    if (get && pad === '/regie') {
      const f = req.query.get('fout');
      const foutSleutel: RegieSleutel | undefined =
        f === 'sessie' ? 'fout.sessie' : f === 'inloggen' ? 'fout.inloggen' : undefined;
      return toon(v.t('inloggen.titel'), regieInloggenInhoud(v, req.query.has('uitgelogd'), foutSleutel));
    }
    return get ? doorsturen('/regie') : doorsturen('/regie?fout=sessie');
  }
  if (!get && !csrfKlopt(ingelogd.sessie.csrf, req.form)) return fout('fout.formulier', 403, ingelogd);
  if (!get && pad === '/regie/uitloggen') {
    // Signed out here and at the staff IdP (RP-initiated logout), which sends the browser back to /regie?uitgelogd=1.
    await deps.medewerkerSessies.verwijderSessie(ingelogd.sessieId);
    const bijProvider = await deps.medewerkerInlog().uitlogUrl(ingelogd.sessie.idToken);
    return doorsturen(bijProvider ?? '/regie?uitgelogd=1', [wis(REGIE_SESSIE_COOKIE)]);
  }
  if (!get) return fout('fout.nietGevonden', 404, ingelogd);

  const toegestaan: Gemeente[] = ingelogd.sessie.gemeenten.map((cbs) => ({ cbs, naam: naam(cbs) }));
  if (pad === '/regie') {
    return toon(v.t('overzicht.titel'), regieOverzichtInhoud(v, toegestaan), { ingelogd, huidig: 'overzicht' });
  }
  const match = /^\/regie\/([a-z]+)(\/csv)?$/.exec(pad);
  const set = match?.[1];
  if (!set || !isIndicatorset(set)) return fout('fout.nietGevonden', 404, ingelogd);

  const filter = leesFilter(req.query, deps.nu());
  const api = deps.regie(req.basis, ingelogd.sessie);
  try {
    if (match?.[2]) {
      if (typeof filter === 'string') return fout('fout.verzoek', 400, ingelogd);
      return csvAntwoord(set, filter, await api.csv(set, filter));
    }
    const standaard = standaardPeriode(deps.nu());
    const waarden = {
      toegestaan,
      gekozen: req.query.getAll('gemeente'),
      vanaf: req.query.get('vanaf') || standaard.vanaf,
      tot: req.query.get('tot') || standaard.tot,
      periode: req.query.get('periode') || 'maand',
    };
    const titel = v.t(`set.${set}`);
    if (typeof filter === 'string') {
      return toon(titel, regieSetInhoud(v, { set, filter: { ...waarden, fout: filter }, query: '', naam }), {
        status: 400,
        ingelogd,
        huidig: set,
      });
    }
    const query = filterQuery(filter);
    const volgorde = INDICATOREN[set].map((d) => d.indicator);
    const reeksen = reeksenVan(await api.indicatoren(set, filter), volgorde);
    return toon(titel, regieSetInhoud(v, { set, filter: waarden, reeksen, query, naam }), {
      ingelogd,
      huidig: set,
      query,
    });
  } catch (e) {
    if (e instanceof ApiFout && e.status === 401) {
      await deps.medewerkerSessies.verwijderSessie(ingelogd.sessieId);
      return doorsturen('/regie?fout=sessie', [wis(REGIE_SESSIE_COOKIE)]);
    }
    if (e instanceof ApiFout && e.status === 403) return fout('fout.geenToegang', 403, ingelogd);
    if (e instanceof ApiFout && e.status === 404) return fout('fout.nietGevonden', 404, ingelogd);
    if (e instanceof ApiFout && e.status < 500) return fout('fout.verzoek', 400, ingelogd);
    throw e;
  }
}

function csrfKlopt(csrf: string, form: URLSearchParams): boolean {
  const a = Buffer.from(csrf);
  const b = Buffer.from(form.get('csrf') ?? '');
  return a.length === b.length && timingSafeEqual(a, b);
}

function wieTekst(deps: PortaalDeps, v: RegieVertaler, s: MedewerkerSessie): string {
  const rolSleutel = `rol.${s.rol}`;
  const rol = v.heeft(rolSleutel) ? v.t(rolSleutel) : v.t('rol.anders');
  // Staff of a samenwerkingsverband (Zaffier) act for several gemeenten: name them all, not the org's first gemeente.
  if (s.gemeenten.length > 1) {
    const gemeenten = s.gemeenten.map((cbs) => gemeenteNaam(deps, cbs)).join(', ');
    return v.t('ingelogd.alsVoorGemeenten', { rol, aantal: s.gemeenten.length, gemeenten });
  }
  return v.t('ingelogd.als', { rol, organisatie: deps.namen.organisatie(s.org) ?? s.org });
}

async function sessieVan(deps: PortaalDeps, req: Verzoek): Promise<Ingelogd | undefined> {
  const sessieId = req.cookies.get(REGIE_SESSIE_COOKIE);
  if (!sessieId || !ID.test(sessieId)) return undefined;
  const sessie = await deps.medewerkerSessies.leesSessie(sessieId, epoch(deps.nu()));
  return sessie ? { sessieId, sessie } : undefined;
}

async function terugVanInlog(
  deps: PortaalDeps,
  req: Verzoek,
  fout: (sleutel: RegieSleutel, status: number) => Antwoord,
): Promise<Antwoord> {
  const id = req.cookies.get(REGIE_INLOG_COOKIE);
  const wisInlog = wis(REGIE_INLOG_COOKIE);
  const poging = id && ID.test(id) ? await deps.medewerkerSessies.neemInlog(id, epoch(deps.nu())) : undefined;
  if (!poging || req.query.has('error')) return doorsturen('/regie?fout=inloggen', [wisInlog]);
  let tokens: Awaited<ReturnType<ReturnType<PortaalDeps['medewerkerInlog']>['voltooi']>>;
  try {
    tokens = await deps.medewerkerInlog().voltooi(req.query.toString(), poging);
  } catch (e) {
    if (e instanceof InlogFout) return doorsturen('/regie?fout=inloggen', [wisInlog]);
    throw e;
  }
  // Only staff of an organisation, for their gemeenten; an inburgeraar's token never makes a regie session.
  const medewerker = medewerkerUitClaims(tokens.claims);
  if (!medewerker) {
    const antwoord = fout('fout.geenToegang', 403);
    return { ...antwoord, cookies: [wisInlog] };
  }
  const sessieId = deps.willekeurig();
  await deps.medewerkerSessies.bewaarSessie(sessieId, {
    ...medewerker,
    sub: tokens.sub,
    accessToken: tokens.accessToken,
    idToken: tokens.idToken,
    csrf: deps.willekeurig(),
    verlooptOp: epoch(deps.nu()) + tokens.verlooptOver,
  });
  return doorsturen('/regie', [wisInlog, regieCookie(REGIE_SESSIE_COOKIE, sessieId, tokens.verlooptOver)]);
}
