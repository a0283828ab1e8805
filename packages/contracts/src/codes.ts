/** Domain code lists shared by every context. Dutch domain nouns, kebab-case ids as in domain/gemeenten.json. */

/**
 * `oudere` and `ex-nidos-jongere` are groups formally outside the Wi2021 that Den Haag and Roermond guide too (report
 * 4.4); gezinsmigranten are outside art. 13 as well (Rotterdam guides them by choice).
 */
export const DOELGROEPEN = ['asielstatushouder', 'nareiziger', 'gezinsmigrant', 'oudere', 'ex-nidos-jongere'] as const;
export type Doelgroep = (typeof DOELGROEPEN)[number];

/**
 * Whether the doelgroep comes with a COA koppeling (a statushouder linked to a gemeente for housing), and so with a
 * koppelingsdatum. Asielstatushouders and nareizigers are linked by the COA (report 3.3: "Vanaf koppeling aan woning",
 * Groningen starts at the koppeling); gezinsmigranten come to their Nederlandse partner and ouderen and
 * ex-Nidos-jongeren are groups outside the Wi2021 that Den Haag, Roermond and Rotterdam guide by choice (report 4.4):
 * none of them has a koppeling, so no date is asked of them (issue 22 item 9: no made-up dates).
 */
export const HEEFT_KOPPELING: Readonly<Record<Doelgroep, boolean>> = {
  asielstatushouder: true,
  nareiziger: true,
  gezinsmigrant: false,
  oudere: false,
  'ex-nidos-jongere': false,
};
export const heeftKoppeling = (doelgroep: Doelgroep): boolean => HEEFT_KOPPELING[doelgroep];

export const GEMEENTE_ROLLEN = [
  'inburgeringsconsulent',
  'inkomensconsulent',
  'wmo-consulent',
  'beleidsmedewerker',
  'functionaris-gegevensbescherming',
  /** Issue 19: the gemeente's record manager; approves or postpones the vernietigingslijst. */
  'informatiebeheerder',
  /**
   * Issue 22 item 10 (docs/API-EXTENSIONS.md "Roles of the practice"). Tholen's "regisseur inburgering" who, with the
   * begeleider in gemeentelijke dienst, "samen de begeleidingstaken op zich nemen" (3.2.2): in a gemeente that carries
   * out MB itself (its profile assigns MB to `gemeente-<cbs>`) this role does MB work like the organisation's staff.
   */
  'regisseur-inburgering',
  /** Rotterdam's Intakeloket Ondersteuning Statushouders (IOS): huisvesting, inkomen, financieel ontzorgen (4.1.3). */
  'ios-medewerker',
  /** Groningen's eurocoaches of the Groningse Kredietbank, "onderdeel van de gemeente Groningen" (3.2.5). */
  'eurocoach',
  /** Woerden's "maatschappelijk werker die zich specifiek richt op inburgeraars", at the casuistiekoverleg (3.5.2). */
  'maatschappelijk-werker',
] as const;
export const UITVOERING_ROLLEN = ['maatschappelijk-begeleider', 'vrijwilliger', 'teamleider'] as const;
/**
 * Issue 22 item 10: a referral partner of the gemeente, one role per `naar` of a verwijzing (API.md: "a referral
 * partner ... documented as additions"). Its token carries the partner organisation as `org` and the gemeenten it
 * serves; it reaches only the referrals sent to its kind of partner (accept, return, close), nothing else (404).
 */
export const VERWIJSPARTNER_ROLLEN = [
  'partner-wmo',
  'partner-schuldhulpverlening',
  'partner-wijkteam',
  'partner-jeugd',
  'partner-inkomen',
  'partner-ggz',
  'partner-veilig-thuis',
  'partner-juridisch',
] as const;
export const ROLLEN = [...GEMEENTE_ROLLEN, ...UITVOERING_ROLLEN, ...VERWIJSPARTNER_ROLLEN, 'inburgeraar'] as const;
export type GemeenteRol = (typeof GEMEENTE_ROLLEN)[number];
export type UitvoeringRol = (typeof UITVOERING_ROLLEN)[number];
export type VerwijspartnerRol = (typeof VERWIJSPARTNER_ROLLEN)[number];
export type Rol = (typeof ROLLEN)[number];

/**
 * Gemeente roles that do MB work where the gemeente carries out MB itself (Tholen, Heerenveen: 3.2.1, 3.2.2): there
 * they relate to a traject as its uitvoeringsorganisatie (`gemeente-<cbs>`); elsewhere they are gemeente staff.
 */
export const MB_GEMEENTE_ROLLEN: readonly GemeenteRol[] = ['regisseur-inburgering'];
export const isVerwijspartnerRol = (rol: Rol): rol is VerwijspartnerRol =>
  (VERWIJSPARTNER_ROLLEN as readonly string[]).includes(rol);

export const isGemeenteRol = (rol: Rol): rol is GemeenteRol => (GEMEENTE_ROLLEN as readonly string[]).includes(rol);
export const isUitvoeringRol = (rol: Rol): rol is UitvoeringRol =>
  (UITVOERING_ROLLEN as readonly string[]).includes(rol);

export const FASEN = ['aangemeld', 'opstartfase', 'begeleidingsfase', 'afrondingsfase', 'afgerond'] as const;
export type Fase = (typeof FASEN)[number];

export const STARTMOMENTEN = ['koppeling', 'woningtoewijzing', 'brp-inschrijving'] as const;
export type Startmoment = (typeof STARTMOMENTEN)[number];

export const CHECKLIST_CATEGORIEEN = ['HV', 'FIN', 'INS', 'VL'] as const;
export type ChecklistCategorie = (typeof CHECKLIST_CATEGORIEEN)[number];
export const CHECKLIST_STATUSSEN = ['open', 'geregeld', 'niet-van-toepassing'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSSEN)[number];

/** Kinds of group activity (issue 22 item 5; report 4.1.3, 4.2 staalkaart, 4.4). */
export const GROEPSACTIVITEIT_SOORTEN = [
  'groepsvoorlichting',
  'themabijeenkomst',
  'workshop',
  'cursus',
  'ontmoeting',
  'spreekuur',
  'taalcafe',
  'jongerengroep',
  'empowerment',
] as const;
export type GroepsactiviteitSoort = (typeof GROEPSACTIVITEIT_SOORTEN)[number];

export const CONTACTVORMEN = ['huisbezoek', 'kantoor', 'spreekuur', 'telefoon', 'whatsapp', 'groep'] as const;
export type Contactvorm = (typeof CONTACTVORMEN)[number];

export const AFRONDINGSSOORTEN = ['eindgesprek', 'warme-overdracht', 'geleidelijk'] as const;
export type Afrondingssoort = (typeof AFRONDINGSSOORTEN)[number];

export const SIGNAALSOORTEN = [
  'psychisch',
  'lichamelijke-gezondheid',
  'huiselijk-geweld',
  'financiele-zorgen',
  'school-jeugd',
  'wonen',
  'gezinshereniging',
  'overig',
] as const;
export type Signaalsoort = (typeof SIGNAALSOORTEN)[number];
export const URGENTIES = ['laag', 'midden', 'hoog'] as const;
export type Urgentie = (typeof URGENTIES)[number];

export const VERWIJZING_PARTNERS = [
  'wmo',
  'schuldhulpverlening',
  'wijkteam',
  'jeugd',
  'inkomen',
  'ggz',
  'veilig-thuis',
  'juridisch',
] as const;
export type VerwijzingPartner = (typeof VERWIJZING_PARTNERS)[number];
/** The partner role a referral goes to (issue 22 item 10): `partner-<naar>`. */
export const partnerRolVoor = (naar: VerwijzingPartner): VerwijspartnerRol => `partner-${naar}`;
/**
 * Gemeente roles that are themselves the partner of a kind of referral: the gemeente's Wmo consulent for `wmo`, its
 * inkomensconsulent for `inkomen`. Every other kind goes outside the gemeente's own staff.
 */
export const GEMEENTE_PARTNER_ROLLEN: Readonly<Partial<Record<VerwijzingPartner, GemeenteRol>>> = {
  wmo: 'wmo-consulent',
  inkomen: 'inkomensconsulent',
};
export const VERWIJZING_STATUSSEN = ['verstuurd', 'geaccepteerd', 'teruggewezen', 'afgerond'] as const;
export type VerwijzingStatus = (typeof VERWIJZING_STATUSSEN)[number];

export const BEGELEIDER_SOORTEN = ['betaald', 'vrijwilliger', 'maatje'] as const;
export type BegeleiderSoort = (typeof BEGELEIDER_SOORTEN)[number];

/** The gemeente's facts about the inburgering itself (issue 12; report 3.4, 6.1). */
export const INBURGERING_MIJLPALEN = ['brede-intake', 'pip-vastgesteld', 'leerroute', 'eerste-taalles'] as const;
export type InburgeringMijlpaal = (typeof INBURGERING_MIJLPALEN)[number];
/** Why a recorded leerroute or PIP changes: a bezwaar (report 3.4.1, Heerenveen) or a bijstelling (issue 22 item 8). */
export const WIJZIGING_AANLEIDINGEN = ['bezwaar', 'bijstelling'] as const;
export type WijzigingAanleiding = (typeof WIJZIGING_AANLEIDINGEN)[number];

/** The three leerroutes of the Wi2021. */
export const LEERROUTES = ['b1-route', 'onderwijsroute', 'z-route'] as const;
export type Leerroute = (typeof LEERROUTES)[number];

/** What a consulent's question to the begeleider is about (report 6.3). */
export const VRAAG_ONDERWERPEN = [
  'school-kinderen',
  'examen',
  'plan-van-aanpak',
  'gezondheid',
  'financien',
  'wonen',
  'overig',
] as const;
export type VraagOnderwerp = (typeof VRAAG_ONDERWERPEN)[number];

/** The MB-side milestones the broker shares with the gemeente as praktische-zaken (wettelijke taak). */
export const MB_MIJLPALEN = ['regeldag', 'opstartfase-afgerond'] as const;
export type MbMijlpaal = (typeof MB_MIJLPALEN)[number];
/**
 * The role a begeleider has in one traject (report 4.1, 4.2): the opstart begeleider, regeldagspecialist or binnendienst
 * of the first weeks, then the vaste begeleider, a maatje, or Roermond's buitendienst.
 */
export const BEGELEIDER_ROLLEN = [
  'opstart',
  'regeldagspecialist',
  'binnendienst',
  'vast',
  'maatje',
  'buitendienst',
] as const;
export type BegeleiderRol = (typeof BEGELEIDER_ROLLEN)[number];

/** Paid staff or a volunteer (report 3.2). */
export const DIENSTVERBANDEN = ['betaald', 'vrijwilliger'] as const;
export type Dienstverband = (typeof DIENSTVERBANDEN)[number];

/** Why a toewijzing ends (volunteer turnover is a known problem, report 3.2). */
export const TOEWIJZING_REDENEN = [
  'opstartfase-afgerond',
  'vrijwilliger-gestopt',
  'begeleider-vertrokken',
  'op-verzoek-inburgeraar',
  'op-verzoek-begeleider',
  'caseload',
  'organisatie-gewijzigd',
  'overig',
] as const;
export type ToewijzingReden = (typeof TOEWIJZING_REDENEN)[number];

/** What happened at an afspraak: still planned, came, did not come, cancelled. */
export const AFSPRAAK_STATUSSEN = ['gepland', 'verschenen', 'niet-verschenen', 'afgezegd'] as const;
export type AfspraakStatus = (typeof AFSPRAAK_STATUSSEN)[number];

/** Who planned an afspraak: from the profile's opstartfase rhythm, or the begeleider (a follow-up). */
export const AFSPRAAK_HERKOMSTEN = ['opstartfase', 'begeleider'] as const;
export type AfspraakHerkomst = (typeof AFSPRAAK_HERKOMSTEN)[number];

/** The interpreter used at an afspraak. `naaste`: a family member or friend; `begeleider`: the begeleider speaks it. */
export const TOLK_SOORTEN = ['geen', 'telefonisch', 'video', 'fysiek', 'naaste', 'begeleider'] as const;
export type TolkSoort = (typeof TOLK_SOORTEN)[number];

/** The status of a goal of the begeleidingsplan. */
export const DOEL_STATUSSEN = ['open', 'bezig', 'bereikt', 'niet-bereikt', 'vervallen'] as const;
export type DoelStatus = (typeof DOEL_STATUSSEN)[number];

/** When the begeleidingsplan is evaluated: at a meetmoment, or at afronding (Rotterdam, 3.3). */
export const EVALUATIE_MOMENTEN = ['meetmoment', 'afronding'] as const;
export type EvaluatieMoment = (typeof EVALUATIE_MOMENTEN)[number];

/** At afronding: "of de beoogde resultaten zijn bereikt" (Rotterdam, report 3.3). */
export const RESULTATEN_BEREIKT = ['ja', 'gedeeltelijk', 'nee'] as const;
export type ResultatenBereikt = (typeof RESULTATEN_BEREIKT)[number];

/** Why a partner sends a referral back (the report: language and cultural barriers of regular services). */
export const TERUGWIJZING_REDENCODES = ['taal', 'cultuur', 'geen-indicatie', 'capaciteit', 'overig'] as const;
export type TerugwijzingRedencode = (typeof TERUGWIJZING_REDENCODES)[number];

/**
 * The kinds of misuse signal of the access log (issue 20): more distinct dossiers an hour than the deployment's
 * threshold; a request about a dossier outside the caller's own caseload (a begeleider or vrijwilliger, where
 * begeleiding's toewijzingen tell it).
 */
export const SIGNALERING_SOORTEN = ['veel-dossiers', 'buiten-caseload'] as const;
export type SignaleringSoort = (typeof SIGNALERING_SOORTEN)[number];
