import type { Categorie, Doelgroep, Fase, Telling } from '@wegwijs/contracts';
import { PROFIELEN, type Profiel } from '@wegwijs/profielen';

/**
 * A generated population of inburgeraars over every gemeente of the eight cases (domain/gemeenten.json), with a fixed
 * seed: who they are (the personal fields regie must never see), the dates of their process, and what happened in
 * begeleiding, sociaal domein and toestemming. Plain data: the test derives both the producers' tellingen and the
 * hand-computed expectation from it, independently.
 */

/** mulberry32: a small seeded PRNG, so the population is the same on every run. */
export function willekeur(seed: number) {
  let a = seed >>> 0;
  const volgende = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const tot = (n: number) => Math.floor(volgende() * n);
  const kies = <T>(lijst: readonly T[]): T => lijst[tot(lijst.length)] as T;
  const kans = (p: number) => volgende() < p;
  return { volgende, tot, kies, kans };
}
export type Willekeur = ReturnType<typeof willekeur>;

export const plusDagen = (datum: string, n: number) => {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
export const maandVan = (datum: string) => datum.slice(0, 7);

export interface Persoon {
  id: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  gemeente: string;
  profiel: Profiel;
  doelgroep: Doelgroep;
  koppeling: string;
  woningtoewijzing?: string;
  brpInschrijving?: string;
  regeldag?: string;
  opstartfaseAfgerond?: string;
  bredeIntake?: string;
  pipVastgesteld?: string;
  eersteTaalles?: string;
  /** A corrected woningtoewijzing: first recorded on `eerst`, then corrected to `woningtoewijzing`. */
  correctie?: { eerst: string };
  /** The fasen as begeleiding would record them (each from its day up to the next). */
  fasen: { fase: Fase; van: string }[];
  afspraken: { datum: string; fase: Fase; status: 'gepland' | 'verschenen' | 'niet-verschenen' | 'afgezegd' }[];
  contacten: { datum: string; fase: Fase; vorm: 'huisbezoek' | 'kantoor' | 'telefoon' | 'whatsapp' }[];
  toewijzingen: {
    van: string;
    tot?: string;
    dienstverband: 'betaald' | 'vrijwilliger';
    rol: 'opstart' | 'vast' | 'maatje';
  }[];
  verlengingen: string[];
  afronding?: { datum: string; soort: 'eindgesprek' | 'warme-overdracht' | 'geleidelijk' };
  verwijzing?: {
    datum: string;
    naar: 'wmo' | 'schuldhulpverlening' | 'wijkteam' | 'inkomen';
    stappen: { status: 'geaccepteerd' | 'teruggewezen' | 'afgerond'; op: string }[];
  };
  toestemming?: { categorieen: Categorie[]; gegeven: string; ingetrokken?: string };
}

const VOORNAMEN = ['Amal', 'Yonas', 'Dawit', 'Hiba', 'Samir', 'Nour', 'Tesfay', 'Rahel', 'Omar', 'Layla', 'Mirza'];
const ACHTERNAMEN = ['Haile', 'Tesfaye', 'Al-Hassan', 'Yusuf', 'Kebede', 'Nasser', 'Idris', 'Abdi', 'Karimi'];

/** A person's process, day by day from the koppeling; each step happens with a chance, in order. */
function persoon(r: Willekeur, i: number, gemeente: string, profiel: Profiel): Persoon {
  const koppeling = plusDagen('2025-01-01', r.tot(300));
  const p: Persoon = {
    id: `inb-${i.toString(36)}-${r.tot(1e9).toString(36)}`,
    voornaam: r.kies(VOORNAMEN),
    achternaam: r.kies(ACHTERNAMEN),
    geboortedatum: plusDagen('1960-01-01', r.tot(16000)),
    gemeente,
    profiel,
    doelgroep: r.kies(profiel.doelgroepen.map((d) => d.doelgroep)),
    koppeling,
    fasen: [{ fase: 'aangemeld', van: koppeling }],
    afspraken: [],
    contacten: [],
    toewijzingen: [],
    verlengingen: [],
  };
  let dag = koppeling;
  const stap = (min: number, max: number) => {
    dag = plusDagen(dag, min + r.tot(max - min + 1));
    return dag;
  };
  if (r.kans(0.9)) p.woningtoewijzing = stap(5, 90);
  if (p.woningtoewijzing && r.kans(0.1)) p.correctie = { eerst: plusDagen(p.woningtoewijzing, -(1 + r.tot(40))) };
  if (r.kans(0.85)) p.brpInschrijving = stap(1, 20);
  if (p.brpInschrijving && r.kans(0.85)) p.regeldag = stap(3, 30);
  if (p.regeldag && r.kans(0.8)) p.opstartfaseAfgerond = stap(20, 90);
  if (p.opstartfaseAfgerond && r.kans(0.8)) p.bredeIntake = stap(5, 60);
  if (p.bredeIntake && r.kans(0.8)) p.pipVastgesteld = stap(5, 45);
  if (p.pipVastgesteld && r.kans(0.75)) p.eersteTaalles = stap(10, 90);

  // Begeleiding: the fasen, afspraken, contacts and assignments along those dates.
  if (p.regeldag) p.fasen.push({ fase: 'opstartfase', van: p.regeldag });
  if (p.opstartfaseAfgerond) p.fasen.push({ fase: 'begeleidingsfase', van: p.opstartfaseAfgerond });
  if (p.opstartfaseAfgerond && r.kans(0.3)) {
    const datum = plusDagen(p.opstartfaseAfgerond, 60 + r.tot(200));
    p.fasen.push({ fase: 'afrondingsfase', van: datum });
    if (r.kans(0.6)) {
      const afgerond = plusDagen(datum, 10 + r.tot(60));
      p.fasen.push({ fase: 'afgerond', van: afgerond });
      p.afronding = { datum: afgerond, soort: r.kies(['eindgesprek', 'warme-overdracht', 'geleidelijk'] as const) };
    }
  }
  if (p.opstartfaseAfgerond && r.kans(0.15)) p.verlengingen.push(plusDagen(p.opstartfaseAfgerond, 100 + r.tot(100)));
  const faseOp = (datum: string) => p.fasen.filter((f) => f.van <= datum).at(-1)?.fase ?? 'aangemeld';
  if (p.regeldag) {
    for (let k = r.tot(4); k > 0; k--) {
      const datum = plusDagen(p.regeldag, r.tot(150));
      const status = r.kies(['gepland', 'verschenen', 'verschenen', 'niet-verschenen', 'afgezegd'] as const);
      p.afspraken.push({ datum, fase: faseOp(datum), status });
    }
    for (let k = r.tot(5); k > 0; k--) {
      const datum = plusDagen(p.regeldag, r.tot(200));
      p.contacten.push({
        datum,
        fase: faseOp(datum),
        vorm: r.kies(['huisbezoek', 'kantoor', 'telefoon', 'whatsapp'] as const),
      });
    }
    const einde = p.opstartfaseAfgerond;
    p.toewijzingen.push({
      van: p.regeldag,
      ...(einde ? { tot: einde } : {}),
      dienstverband: 'betaald',
      rol: 'opstart',
    });
    if (einde) {
      const vrijwillig = r.kans(0.4);
      p.toewijzingen.push({
        van: einde,
        ...(p.afronding ? { tot: p.afronding.datum } : {}),
        dienstverband: vrijwillig ? 'vrijwilliger' : 'betaald',
        rol: vrijwillig ? 'maatje' : 'vast',
      });
    }
  }

  // Sociaal domein: a verwijzing and its outcome; toestemming: a consent, sometimes withdrawn.
  if (p.regeldag && r.kans(0.45)) {
    const datum = plusDagen(p.regeldag, r.tot(120));
    const naar = r.kies(['wmo', 'schuldhulpverlening', 'wijkteam', 'inkomen'] as const);
    const besluit = plusDagen(datum, r.tot(40));
    const stappen: NonNullable<Persoon['verwijzing']>['stappen'] = [];
    if (r.kans(0.8)) {
      stappen.push({ status: r.kans(0.3) ? 'teruggewezen' : 'geaccepteerd', op: besluit });
      if (r.kans(0.5)) stappen.push({ status: 'afgerond', op: plusDagen(besluit, r.tot(60)) });
    }
    p.verwijzing = { datum, naar, stappen };
  }
  if (r.kans(0.55)) {
    const gegeven = plusDagen(koppeling, r.tot(100));
    const categorieen = r.kans(0.5) ? (['verwijzing'] as Categorie[]) : (['verwijzing', 'signalen'] as Categorie[]);
    p.toestemming = {
      categorieen,
      gegeven,
      ...(r.kans(0.25) ? { ingetrokken: plusDagen(gegeven, 1 + r.tot(150)) } : {}),
    };
  }
  return p;
}

/** `aantal` inburgeraars, spread over every gemeente of the eight cases in turn. */
export function populatie(aantal: number, seed: number): Persoon[] {
  const r = willekeur(seed);
  const gemeenten = [...PROFIELEN.entries()];
  return Array.from({ length: aantal }, (_, i) => {
    const [cbs, profiel] = gemeenten[i % gemeenten.length] as [string, Profiel];
    return persoon(r, i, cbs, profiel);
  });
}

/**
 * The begeleiding tellingen of a person, generated from the population directly (the begeleiding producer derives
 * them from its Traject aggregate, which the population does not model): stands as +1/-1 at their days, flows +1.
 */
export function begeleidingTellingen(p: Persoon): Telling[] {
  const uit: Telling[] = [];
  const t = (indicatorset: Telling['indicatorset'], indicator: string, datum: string, dimensies = {}, delta = 1) =>
    uit.push({ indicatorset, indicator, maand: maandVan(datum), dimensies, delta });
  p.fasen.forEach((f, i) => {
    const volgende = p.fasen[i + 1];
    t('fasen', 'inburgeraars', f.van, { fase: f.fase, doelgroep: p.doelgroep });
    if (volgende) t('fasen', 'inburgeraars', volgende.van, { fase: f.fase, doelgroep: p.doelgroep }, -1);
  });
  for (const a of p.afspraken) {
    t('afspraken', 'gepland', a.datum, { fase: a.fase });
    if (a.status !== 'gepland') t('afspraken', a.status, a.datum, { fase: a.fase });
  }
  for (const c of p.contacten) t('contacten', 'contactmomenten', c.datum, { fase: c.fase, vorm: c.vorm });
  for (const w of p.toewijzingen) {
    t('capaciteit', 'toewijzingen', w.van, { dienstverband: w.dienstverband, rol: w.rol });
    if (w.tot) t('capaciteit', 'toewijzingen', w.tot, { dienstverband: w.dienstverband, rol: w.rol }, -1);
  }
  for (const v of p.verlengingen) t('verlengingen', 'toegekend', v);
  if (p.afronding) t('afrondingen', 'afgerond', p.afronding.datum, { soort: p.afronding.soort });
  return uit;
}
