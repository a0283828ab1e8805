import {
  AFRONDINGSSOORTEN,
  CATEGORIEEN,
  type Categorie,
  CHECKLIST_CATEGORIEEN,
  cbsCode,
  code,
  DOELGROEPEN,
  type Doelgroep,
  FASEN,
  GEMEENTE_ROLLEN,
  GROEPSACTIVITEIT_SOORTEN,
  type Grondslag,
  id,
  STARTMOMENTEN,
  VERWIJZING_PARTNERS,
} from '@wegwijs/contracts';
import * as z from 'zod/mini';

export const LEEFGEBIEDEN_MODELLEN = ['vwn', 'vwn-woerden', 'heerenveen', 'inova'] as const;
export type LeefgebiedenModelNaam = (typeof LEEFGEBIEDEN_MODELLEN)[number];

const nummer = () => z.number().check(z.gte(0));
const geheel = () => z.int().check(z.gte(0));
const positief = () => z.int().check(z.gte(1));
const omschrijving = () => z.string().check(z.minLength(1));

/**
 * Where a fact comes from, as written in data/cases/*.json: a section of the report ("4.3", or "3.3; 4.3"), or an
 * assumption of ours with a one-line reason.
 */
const bronInvoer = () =>
  z.union([
    z.string().check(z.regex(/^\d+(\.\d+)*( [a-z]+)?(; \d+(\.\d+)*( [a-z]+)?)*$/, 'must name report sections')),
    z.strictObject({ aanname: omschrijving() }),
  ]);

/** A source as the API answers it. `deployment`: the deployment overrode the report's (or our) value. */
export type Bron =
  | { soort: 'rapport'; sectie: string }
  | { soort: 'aanname'; reden: string }
  | { soort: 'deployment'; deployment: string };

/**
 * One doelgroep a gemeente guides. `uitvoeringsorganisatie` null: the report names no organisation, the deployment
 * configures it (Rotterdam's gezinsmigranten, 4.4). `startmomenten`: MB starts at the earliest of these dates that is
 * known (a nareiziger joining a housed household starts at the BRP-inschrijving, Wi2021 art. 13(3)).
 */
const doelgroep = () =>
  z.strictObject({
    doelgroep: z.enum(DOELGROEPEN),
    uitvoeringsorganisatie: z.nullable(id()),
    /** Organisations that carry out MB together with the assigned one (Rotterdam: Gro-Up buurtwerk, 3.2). */
    samenMet: z.optional(z.array(id())),
    startmomenten: z.array(z.enum(STARTMOMENTEN)).check(z.minLength(1)),
    /** standaard: the gemeente's checklist; zonder-huisvesting: without HV items (Heerenveen's nareizigers, 4.4). */
    checklist: z.enum(['standaard', 'zonder-huisvesting']),
    /**
     * Whether the doelgroep falls under the MB duty of Wi2021 art. 13 (so trajectstatus and praktische-zaken are shared
     * on that wettelijke taak). False for the groups the gemeente guides although the law does not oblige it: ouderen
     * and ex-Nidos-jongeren in Den Haag and Roermond ("groepen die formeel buiten de Wi2021 vallen", 4.4) and
     * Rotterdam's gezinsmigranten ("Deze groep komt volgens de wet niet in aanmerking voor maatschappelijke
     * begeleiding", 4.4). For them nothing is shared on a wettelijke taak unless `andereGrondslag` names one.
     */
    mbPlichtWi2021: z.boolean(),
    /**
     * Another legal ground a deployment names for a doelgroep outside art. 13 (a gemeentelijke verordening that makes
     * the guidance a public task), always with its source: the regeling by title and the article. Only for the
     * categories listed, and only categories the Wi2021 would share on a wettelijke taak.
     */
    andereGrondslag: z.optional(
      z.strictObject({
        grondslag: z.literal('wettelijke-taak'),
        categorieen: z.array(z.enum(CATEGORIEEN)).check(z.minLength(1)),
        bron: z.strictObject({ regeling: omschrijving(), artikel: omschrijving(), url: z.optional(z.url()) }),
      }),
    ),
    aanbod: z.optional(
      z.strictObject({
        workshopNaarKeuze: z.array(code()),
        individueleHulp: z.boolean(),
        omschrijving: omschrijving(),
      }),
    ),
  });

/** The fields of a case that describe MB (everything but the gemeenten it applies to and the sources). */
const profielVelden = () =>
  z.strictObject({
    uitvoering: z.enum(['uitbesteed', 'gemeente']),
    doelgroepen: z.array(doelgroep()).check(z.minLength(1)),
    looptijdMaanden: z.int().check(z.gte(1), z.lte(60)),
    startmoment: z.enum(STARTMOMENTEN),
    opstartfase: z.strictObject({
      duurMaanden: z.tuple([nummer(), nummer()]),
      afspraakIntervalDagen: positief(),
      /**
       * The fixed appointments the begeleider plans when the traject starts, every afspraakIntervalDagen from the start
       * ("de begeleider neemt het initiatief", 4.2.2): "twee tot vier vaste afspraken om praktische zaken te regelen"
       * (3.3), Groningen's "4 à 5 afspraken" (3.3 table). The rest of the rhythm (`frequentie`) the begeleider plans.
       */
      aantalAfspraken: positief(),
      /**
       * The day the fixed appointments count from, where it is not the start of MB: Groningen starts MB at the
       * koppeling, but "vanaf koppeling aan woning worden 4 à 5 afspraken ingepland" (3.3 table). Absent: the start.
       */
      afsprakenVanaf: z.optional(z.literal('woningtoewijzing')),
      frequentie: omschrijving(),
      uitvoerder: omschrijving(),
    }),
    fasen: z.array(z.enum(FASEN)).check(z.minLength(3)),
    /** Rotterdam's third phase (3.3.4): its length and what it evaluates. */
    afrondingsfase: z.nullable(z.strictObject({ maanden: positief(), doel: omschrijving() })),
    /** Whether MB ends formally at the end of the looptijd (Tholen: no formal end, 3.3). */
    einde: z.strictObject({
      formeel: z.boolean(),
      eerderBijZelfredzaamheid: z.boolean(),
      omschrijving: omschrijving(),
    }),
    /** Deliberate tapering (Tholen: year 1 intensive, year 2 learning, year 3 spreekuur; Heerenveen, 4.3). */
    afbouw: z.array(
      z.strictObject({
        vanafMaand: geheel(),
        intensiteit: z.enum(['intensief', 'zelf-leren-oppakken', 'spreekuur']),
        omschrijving: omschrijving(),
      }),
    ),
    begeleidingsplan: z.boolean(),
    /**
     * The leefgebieden a meetmoment scores: the monitoring tool's model (VWN's six in every gemeente where it does MB:
     * Den Haag, Rotterdam, Roermond, Woerden, 4.2.1), or the gemeente's own tool.
     */
    leefgebiedenModel: z.nullable(z.enum(LEEFGEBIEDEN_MODELLEN)),
    /** The leefgebieden of the gemeente's begeleidingsplan (Woerden's persoonlijk begeleidingsplan has seven, 4.1.1). */
    planLeefgebiedenModel: z.nullable(z.enum(LEEFGEBIEDEN_MODELLEN)),
    meetmomentenNaMaanden: z.array(positief()),
    /** Fixed appointments about the begeleidingsplan: every intervalMaanden (Roermond), or a minimum number (Woerden). */
    planafspraken: z.nullable(
      z.strictObject({
        intervalMaanden: z.optional(positief()),
        minimaal: z.optional(positief()),
        omschrijving: omschrijving(),
      }),
    ),
    checklist: z.strictObject({
      /** Items this gemeente has beyond the standard ones (voedselbank, sociale kaart, its own items). */
      extra: z.array(code()),
      /** Items of the inhuizingsdag (Rotterdam, 4.1.3). */
      inhuizingsdag: z.array(code()),
      /** Items the gemeente itself arranges and records (Rotterdam's IOS does the inhuizingsdag, 4.1.3). */
      doorGemeente: z.array(code()),
    }),
    verlenging: z.nullable(
      z.strictObject({
        maanden: positief(),
        maxAantal: positief(),
        /** Only when the inburgeraar explicitly asks for it (3.3.4). */
        opVerzoekVanInburgeraar: z.boolean(),
        /** Only in exceptional cases (Woerden, Heerenveen, Zaffier, 4.3). */
        uitzonderlijk: z.boolean(),
      }),
    ),
    spreekuur: z.nullable(z.strictObject({ frequentie: z.nullable(omschrijving()), zonderAfspraak: z.boolean() })),
    bellijst: z.nullable(
      z.strictObject({
        intervalMaanden: positief(),
        /** Whoever declines MB stays on the bellijst (Groningen, 4.2.2). */
        naAfwijzing: z.boolean(),
      }),
    ),
    maxDagenZonderContact: z.nullable(positief()),
    afronding: z.strictObject({
      /** The gemeente's usual ways of closing MB: a description of practice, not a limit. */
      gebruikelijk: z.array(z.enum(AFRONDINGSSOORTEN)).check(z.minLength(1)),
      /** Steps every afronding must include (Roermond and Rotterdam: eindgesprek and written overdracht, 4.3). */
      vereist: z.strictObject({ eindgesprek: z.boolean(), schriftelijkeOverdracht: z.boolean() }),
      /**
       * Roermond: "inburgeraars krijgen een formulier mee waarop de reguliere dienstverleners staan vermeld; zij moeten
       * zélf contact opnemen" (4.3). The form lists these services (codes of the sociaal domein's partners).
       */
      dienstverlenersformulier: z.optional(z.array(z.enum(VERWIJZING_PARTNERS)).check(z.minLength(1))),
      omschrijving: omschrijving(),
    }),
    casuistiekoverleg: z.strictObject({
      vorm: z.enum(['casuistiekoverleg', 'intern-overleg', 'ketenoverleg']),
      frequentie: z.nullable(omschrijving()),
      deelnemers: z.array(omschrijving()),
      /**
       * Gemeente roles at the table besides the inburgeringsconsulent, inkomensconsulent and Wmo consulent (issue 22
       * item 10): Woerden's maatschappelijk werker (3.5.2). (Tholen's regisseur inburgering sits there as the
       * gemeente's own MB organisation.)
       */
      extraRollen: z.optional(z.array(z.enum(GEMEENTE_ROLLEN))),
    }),
    /** Statushouders in noodopvang (Roermond): they start the inburgering but get no MB yet (4.1.2, footnote). */
    noodopvang: z.nullable(z.strictObject({ mb: z.boolean(), omschrijving: omschrijving() })),
    capaciteit: z.strictObject({ betaaldeKrachten: z.nullable(geheel()), vrijwilligers: z.nullable(geheel()) }),
    /**
     * The group activities the gemeente offers (issue 22 item 5): groepsvoorlichting and themabijeenkomsten (4.1.3),
     * the Humanitascafé, gezondheidsspreekuur and taalcafés, Woerden's group for young people, Tholen's separate
     * activities for men and women, Rotterdam's workshop of choice for gezinsmigranten (4.4). `doelgroepen`: only for
     * these; `voor`: a separate offer for men or women (Tholen, 4.4).
     */
    groepsaanbod: z.array(
      z.strictObject({
        code: code(),
        soort: z.enum(GROEPSACTIVITEIT_SOORTEN),
        omschrijving: omschrijving(),
        doelgroepen: z.optional(z.array(z.enum(DOELGROEPEN)).check(z.minLength(1))),
        voor: z.optional(z.enum(['mannen', 'vrouwen'])),
      }),
    ),
    /**
     * Whoever is on a spreekuur-only part of MB is phoned when not seen for long (Tholen and Roermond, 4.2.2; Roermond
     * "actief nabellen bij weinig aanwezigheid", 4.2 staalkaart): from which part (`begeleidingsfase`: after the
     * opstartfase; `afbouw-spreekuur`: from the afbouw stage `spreekuur`). The period is `maxDagenZonderContact`.
     */
    nabellen: z.nullable(
      z.strictObject({ vanaf: z.enum(['begeleidingsfase', 'afbouw-spreekuur']), omschrijving: omschrijving() }),
    ),
  });
/** The profile fields of a case, by name (the same keys as the schema's shape; the type below checks that). */
export const PROFIEL_VELDEN = [
  'uitvoering',
  'doelgroepen',
  'looptijdMaanden',
  'startmoment',
  'opstartfase',
  'fasen',
  'afrondingsfase',
  'einde',
  'afbouw',
  'begeleidingsplan',
  'leefgebiedenModel',
  'planLeefgebiedenModel',
  'meetmomentenNaMaanden',
  'planafspraken',
  'checklist',
  'verlenging',
  'spreekuur',
  'bellijst',
  'maxDagenZonderContact',
  'afronding',
  'casuistiekoverleg',
  'noodopvang',
  'capaciteit',
  'groepsaanbod',
  'nabellen',
] as const satisfies readonly ProfielVeld[];
/** Fails to compile when the schema gains a field PROFIEL_VELDEN does not list. */
export const PROFIEL_VELDEN_VOLLEDIG: Exclude<ProfielVeld, (typeof PROFIEL_VELDEN)[number]> extends never
  ? true
  : never = true;

/** One case of the report as stored in data/cases/*.json: a gemeente, or a samenwerkingsverband sharing one profile. */
const kaas = (velden: ReturnType<typeof profielVelden>) =>
  z.strictObject({
    samenwerkingsverband: z.optional(z.string()),
    gemeenten: z.array(z.strictObject({ cbs: cbsCode(), naam: z.string() })).check(z.minLength(1)),
    ...velden.shape,
  });

/** The sources of one case, as stored in data/bronnen/*.json: per field of the profile. */
const caseBronnen = () =>
  z.strictObject({
    gemeenten: z.array(cbsCode()).check(z.minLength(1)),
    bronnen: z.record(z.string(), bronInvoer()),
  });

const checklistItem = () => z.object({ item: code(), categorie: z.enum(CHECKLIST_CATEGORIEEN) });

function bouw() {
  const velden = profielVelden();
  return { profielVelden: velden, case: kaas(velden), caseBronnen: caseBronnen(), checklistItem: checklistItem() };
}
let gebouwd: ReturnType<typeof bouw> | undefined;

/**
 * The schemas of the profile data, built at their first use: the shipped cases are validated at build time, so a
 * function builds them only to check a deployment's overrides (or never).
 */
export const profielSchemas = (): ReturnType<typeof bouw> => {
  gebouwd ??= bouw();
  return gebouwd;
};

export type ProfielVelden = z.infer<ReturnType<typeof profielVelden>>;
export type ProfielVeld = keyof ProfielVelden;
export type DoelgroepProfiel = z.infer<ReturnType<typeof doelgroep>>;
export type Case = z.infer<ReturnType<typeof kaas>>;
export type ChecklistItem = z.infer<ReturnType<typeof checklistItem>>;
export type Uitvoerder = 'gemeente' | 'uitvoeringsorganisatie';
export type ProfielChecklistItem = ChecklistItem & { uitvoerder: Uitvoerder };

/** The resolved MB profile of one gemeente, as the services use it. */
export type Profiel = Omit<ProfielVelden, 'checklist'> & {
  cbs: string;
  naam: string;
  samenwerkingsverband: string | null;
  /** The default uitvoeringsorganisatie (that of asielstatushouders). */
  uitvoeringsorganisatie: string;
  /** The leefgebieden of the model: the closed list, or the report's examples where the model is open. */
  leefgebieden: string[];
  /** Whether a meetmoment may score only the listed leefgebieden (closed) or others too (an example list). */
  leefgebiedenGesloten: boolean;
  /** The leefgebieden of the begeleidingsplan's model (closed list, or examples where the model is open). */
  planLeefgebieden: string[];
  /** Whether the plan may hold only the listed leefgebieden. */
  planLeefgebiedenGesloten: boolean;
  checklist: {
    standaard: ProfielChecklistItem[];
    zonderHuisvesting: ProfielChecklistItem[];
    inhuizingsdag: string[];
    doorGemeente: string[];
  };
};

/**
 * Where a legal ground comes from: the Wi2021's MB duty, the inburgeraar's consent (AVG art. 6(1)(a), art. 9(2)(a) for
 * signalen), or a regeling a deployment names for a doelgroep outside art. 13.
 */
export type GrondslagBron =
  | { soort: 'wet'; regeling: 'Wet inburgering 2021'; artikel: '13' }
  | { soort: 'toestemming'; regeling: 'AVG'; artikel: '6(1)(a)' | '9(2)(a)' }
  | { soort: 'regeling'; regeling: string; artikel: string; url?: string | undefined };

export interface GrondslagBepaling {
  grondslag: Grondslag;
  bron: GrondslagBron;
}

/** The profile as `GET /v1/gemeenten/{cbs}/profiel` answers it: with where each field comes from. */
export type ProfielMetBronnen = Profiel & {
  /** The ground of every categorie per doelgroep, each with its source (grondslag.ts). */
  grondslagen: (GrondslagBepaling & { doelgroep: Doelgroep; categorie: Categorie })[];
  bronnen: Record<string, Bron>;
};
