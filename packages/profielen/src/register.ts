import {
  type BewaartermijnSoort,
  CATEGORIE_REGELS,
  CATEGORIEEN,
  type Categorie,
  delenActiviteit,
  type VerwerkingsactiviteitId,
} from '@wegwijs/contracts';
import type { Verwerkingsactiviteit } from '@wegwijs/contracts/api/profiel-responses';
import { type Bewaartermijnen, bewaartermijnenVan, RECORDSOORTEN, type Recordsoort } from './bewaartermijnen';
import { PROFIELEN } from './profielen';

/**
 * The verwerkingsregister of one deployment (AVG art. 30(1)): every processing activity Wegwijs performs, with its
 * purpose, legal ground, categories of personal data, recipients, bewaartermijn and controller. Every verwerkingenlog
 * entry names one of these ids. The bewaartermijn refers to the deployment's retention setting of a kind of record
 * (docs/PRIVACY.md, "Bewaartermijnen"); where the deployment sets none yet, the omschrijving says what it counts from.
 */
export interface RegisterInstellingen {
  gemeenten: readonly string[];
  /** The deployment's own bewaartermijnen (bewaartermijnen.ts); the shipped ones where it sets none. */
  bewaartermijnen?: Partial<Bewaartermijnen> | undefined;
}

const AVG_E = 'AVG art. 6(1)(e) (taak van algemeen belang)';
const WI2021 = `${AVG_E} met Wet inburgering 2021 art. 13 (maatschappelijke begeleiding) voor doelgroepen onder art. 13`;
const BUITEN =
  'voor een doelgroep buiten art. 13 (ouderen, ex-Nidos-jongeren, gezinsmigranten): toestemming (AVG art. 6(1)(a)) of de regeling die de deployment met haar bron noemt (GET /v1/gemeenten/{cbs}/profiel, grondslagen)';
const PERSOON = ['naam', 'geboortedatum', 'talen', 'inburgeraarId'];

/** The register's reference to a kind of record: the deployment's term for it, with the term's source. */
const termijnVan =
  (termijnen: Bewaartermijnen) =>
  (soort: BewaartermijnSoort, anders: 'vastlegging' | 'geen-persoonsgegevens' = 'vastlegging') => {
    const t = (RECORDSOORTEN as readonly string[]).includes(soort) ? termijnen[soort as Recordsoort] : undefined;
    if (!t) {
      return {
        soort,
        omschrijving:
          anders === 'geen-persoonsgegevens'
            ? `'${soort}': geen persoonsgegevens, geen bewaartermijn van de deployment`
            : `'${soort}': zolang de vastlegging nodig is (AVG art. 5(1)(e)); geen bewaartermijn van de deployment`,
      };
    }
    const duur = t.blijvend
      ? 'blijvend'
      : [t.jaren ? `${t.jaren} jaar` : '', t.maanden ? `${t.maanden} maanden` : ''].filter(Boolean).join(' ');
    const vanaf = t.vanaf === 'einde-traject' ? 'na het einde van het traject' : 'na de aanmelding';
    const bron = t.bron.selectielijst ? `Selectielijst: ${t.bron.selectielijst}` : `aanname: ${t.bron.aanname}`;
    return {
      soort,
      omschrijving: `${duur}${t.blijvend ? '' : ` ${vanaf}`} (bewaartermijn '${soort}' van de deployment; ${bron})`,
    };
  };

const CATEGORIE_GEGEVENS: Record<Categorie, string[]> = {
  trajectstatus: ['fase van het traject', 'start- en einddatum', 'verlengingen'],
  'praktische-zaken': ['status van de checklistitems', 'datum regeldag', 'einde opstartfase'],
  contactmomenten: ['datum, vorm en duur van contactmomenten'],
  zelfredzaamheid: ['scores per leefgebied'],
  voortgangsrapportage: ['tekst van de voortgangsrapportage'],
  eindoverdracht: ['overdracht bij de afronding'],
  verwijzing: ['partner waarnaar verwezen is', 'status van de verwijzing'],
  signalen: ['soort en urgentie van een signaal (kan gezondheid betreffen: AVG art. 9)'],
  'vraag-antwoord': ['antwoord van de begeleider op een vraag van de consulent'],
  inburgering: ['datum brede intake, PIP vastgesteld en eerste les', 'leerroute'],
  'brede-intake': ['uitnodiging voor en deelname aan de brede intake'],
  consulentvraag: ['vraag van de inburgeringsconsulent over de inburgeraar'],
};

function delen(
  categorie: Categorie,
  verantwoordelijke: string,
  termijn: ReturnType<typeof termijnVan>,
): Verwerkingsactiviteit {
  const regel = CATEGORIE_REGELS[categorie];
  const naarGemeente = regel.richting === 'uitvoering-naar-gemeente';
  const grondslag =
    regel.grondslag === 'wettelijke-taak'
      ? `${WI2021}; ${BUITEN}`
      : categorie === 'signalen'
        ? 'uitdrukkelijke toestemming (AVG art. 6(1)(a) en art. 9(2)(a))'
        : categorie === 'verwijzing'
          ? 'toestemming (AVG art. 6(1)(a)); een verwijzing naar Veilig Thuis: wettelijke plicht (AVG art. 6(1)(c), Wet verplichte meldcode huiselijk geweld en kindermishandeling)'
          : 'toestemming (AVG art. 6(1)(a)), gegeven aan de uitvoeringsorganisatie, geen voorwaarde voor begeleiding, altijd in te trekken';
  return {
    id: delenActiviteit(categorie),
    naam: `Delen van ${categorie} ${naarGemeente ? 'door de uitvoeringsorganisatie met de gemeente' : 'door de gemeente met de uitvoeringsorganisatie'}`,
    doel: naarGemeente
      ? 'De gemeente voert de regie over de maatschappelijke begeleiding en ziet alleen wat zij daarvoor nodig heeft of waarvoor de inburgeraar toestemming gaf.'
      : 'De begeleider stemt de begeleiding af op de inburgering (brede intake, PIP, lessen).',
    grondslag,
    categorieenGegevens: ['inburgeraarId', ...CATEGORIE_GEGEVENS[categorie]],
    ontvangers: naarGemeente
      ? ['de gemeente van de inburgeraar (of de rol die de toestemming noemt)']
      : ['de toegewezen uitvoeringsorganisatie'],
    bewaartermijn: termijn('verwerkingenlog'),
    verwerkingsverantwoordelijke: verantwoordelijke,
  };
}

/** The register of a deployment: the same activities everywhere, the controller named per deployment. */
export function verwerkingsregister(instellingen: RegisterInstellingen): Verwerkingsactiviteit[] {
  const termijn = termijnVan(bewaartermijnenVan(instellingen));
  const namen = instellingen.gemeenten.map((cbs) => PROFIELEN.get(cbs)?.naam ?? cbs);
  const verantwoordelijke = `Het college van burgemeester en wethouders van de gemeente van de inburgeraar (in deze deployment: ${namen.join(', ')}); de uitvoeringsorganisatie is verwerker (AVG art. 28)`;
  const a = (
    id: VerwerkingsactiviteitId,
    naam: string,
    doel: string,
    grondslag: string,
    categorieenGegevens: string[],
    ontvangers: string[],
    bewaartermijn: ReturnType<ReturnType<typeof termijnVan>>,
  ): Verwerkingsactiviteit => ({
    id,
    naam,
    doel,
    grondslag,
    categorieenGegevens,
    ontvangers,
    bewaartermijn,
    verwerkingsverantwoordelijke: verantwoordelijke,
  });
  return [
    a(
      'aanmelding',
      'Aanmelding van een inburgeraar voor maatschappelijke begeleiding',
      'De gemeente meldt de inburgeraar aan en wijst de uitvoeringsorganisatie toe die het profiel noemt.',
      `${WI2021}; ${BUITEN}`,
      [...PERSOON, 'doelgroep', 'koppelingsdatum', 'woningtoewijzing', 'BRP-inschrijving'],
      ['de toegewezen uitvoeringsorganisatie (organisatie-id, geen naam)'],
      termijn('dossier'),
    ),
    a(
      'wi-mb-uitvoering',
      'Uitvoering van de maatschappelijke begeleiding',
      'De begeleider voert de regeldag, het begeleidingsplan, de meet- en contactmomenten, rapportages en de afronding uit.',
      `${WI2021}; ${BUITEN}`,
      [
        'checklist',
        'begeleidingsplan en doelen',
        'meetmomenten',
        'contactmomenten',
        'voortgangsrapportages',
        'afronding',
      ],
      ['geen: blijft bij de uitvoeringsorganisatie; delen gaat via de delen-activiteiten'],
      termijn('traject'),
    ),
    a(
      'sociaal-domein-signalen',
      'Vastleggen van signalen uit het sociaal domein',
      'De begeleider legt signalen vast (ook over gezondheid) om tijdig hulp te organiseren.',
      'AVG art. 6(1)(e) met Wi2021 art. 13; een signaal over gezondheid is een bijzonder persoonsgegeven (AVG art. 9): de uitzondering voor het vastleggen beoordeelt de gemeente in haar DPIA, delen gebeurt alleen met uitdrukkelijke toestemming (AVG art. 9(2)(a), delen-signalen)',
      ['soort, urgentie en toelichting van een signaal'],
      ['geen: blijft bij de uitvoeringsorganisatie'],
      termijn('signaal'),
    ),
    a(
      'verwijzing',
      'Verwijzen naar een partner in het sociaal domein',
      'Een warme verwijzing naar wmo, schuldhulpverlening, wijkteam, jeugd, inkomen, ggz, Veilig Thuis of juridische hulp.',
      'toestemming van de inburgeraar die de verwijzing dekt (AVG art. 6(1)(a)); Veilig Thuis: wettelijke plicht (Wet verplichte meldcode)',
      ['inburgeraarId', 'partner', 'toelichting'],
      ['de partner van de gemeente waarnaar verwezen wordt'],
      termijn('verwijzing'),
    ),
    a(
      'wisseling-uitvoeringsorganisatie',
      'Wisseling van uitvoeringsorganisatie',
      'Het traject gaat naar een andere uitvoeringsorganisatie; wat overgaat wordt beslist als elke andere stroom, de rest blijft bij de vorige onder haar bewaartermijn.',
      `${AVG_E} voor de toewijzing; de inhoud van de vorige organisatie (plan, rapportages, antwoorden) alleen met toestemming (AVG art. 6(1)(a))`,
      ['inburgeraarId', 'organisatie-ids', 'datum'],
      ['de nieuwe uitvoeringsorganisatie'],
      termijn('traject'),
    ),
    a(
      'verhuizing',
      'Verhuizing naar een andere gemeente',
      'Het traject gaat verder in de nieuwe gemeente van de inburgeraar.',
      `${WI2021} (de nieuwe gemeente wordt verantwoordelijk)`,
      [...PERSOON, 'gemeente', 'datum'],
      ['de nieuwe gemeente'],
      termijn('dossier'),
    ),
    ...CATEGORIEEN.map((c) => delen(c, verantwoordelijke, termijn)),
    a(
      'inzage-gemeente',
      'Inzien van gedeelde voortgang door de gemeente',
      'Een medewerker van de gemeente leest wat met de gemeente (of haar rol) gedeeld is.',
      'dezelfde grondslag als het delen: toestemming voor wat op toestemming gedeeld is',
      ['inburgeraarId', 'categorieen die gelezen zijn', 'lezer (sub, rol)'],
      ['de lezende medewerker van de gemeente'],
      termijn('verwerkingenlog'),
    ),
    a(
      'toestemmingenbeheer',
      'Vastleggen en intrekken van toestemmingen',
      'De inburgeraar (of de begeleider namens hem, met wijze en tolk) geeft of trekt een toestemming in; na een intrekking verdwijnt wat onder die toestemming gedeeld is.',
      'AVG art. 7(1) (aantonen van toestemming) en art. 6(1)(c)',
      ['inburgeraarId', 'categorieen', 'ontvanger', 'doel', 'geldigheid', 'taal en tekstversie', 'vastlegging'],
      ['de uitvoeringsorganisatie', 'de gemeente (alleen het bestaan van de toestemming)'],
      termijn('toestemming'),
    ),
    a(
      'verwerkingenlog',
      'Bijhouden van het verwerkingenlog',
      'Verantwoording van elk delen, weigeren, inzien en elke toestemming (AVG art. 5(2)), zichtbaar voor de inburgeraar en de FG.',
      'AVG art. 6(1)(c) met art. 5(2) en art. 30',
      ['inburgeraarId', 'actie', 'categorie', 'van', 'aan', 'grondslag', 'toestemmingId', 'nooit de inhoud'],
      ['de inburgeraar', 'de functionaris gegevensbescherming'],
      termijn('verwerkingenlog'),
    ),
    a(
      'toegangslogging',
      'Logging van toegang tot persoonsgegevens',
      'Elk verzoek dat persoonsgegevens leest of schrijft wordt gelogd, met signalering van ongebruikelijk veel inzage (BIO).',
      'AVG art. 6(1)(c) met art. 32 (beveiliging)',
      ['gebruiker (sub, rol, organisatie)', 'actie', 'object (inburgeraarId)', 'tijdstip', 'trace id'],
      ['de functionaris gegevensbescherming', 'de teamleider voor de eigen medewerkers'],
      termijn('toegangslog'),
    ),
    a(
      'regietellingen',
      'Tellingen voor de regie (monitor)',
      'Geaggregeerde aantallen per gemeente en maand voor beleid; kleine aantallen onderdrukt.',
      `${AVG_E}; de tellingen zelf bevatten geen persoonsgegevens`,
      ['anonieme gebeurtenissen (geen inburgeraarId in de tellingen)'],
      ['beleidsmedewerkers en inburgeringsconsulenten van de gemeente'],
      termijn('regietelling', 'geen-persoonsgegevens'),
    ),
    a(
      'notificaties',
      'Notificaties aan systemen van partners',
      'Een abonnee hoort dat er iets veranderd is en haalt het zelf op met eigen autorisatie.',
      AVG_E,
      ['resource-URL met opaque id', 'kanaal', 'gemeente', 'categorie', 'geen persoonsgegevens in de notificatie'],
      ['het systeem van de abonnee'],
      termijn('abonnement'),
    ),
    a(
      'inzage-betrokkene',
      'Inzage en kopie voor de inburgeraar',
      'De inburgeraar krijgt alles wat Wegwijs over hem bewaart, ook vrije tekst van medewerkers (AVG art. 15 en 20).',
      'AVG art. 6(1)(c) met art. 15 en art. 20',
      ['alle gegevens van de inburgeraar in elke context'],
      ['de inburgeraar', 'de functionaris gegevensbescherming (bij een verzoek op papier)'],
      termijn('verwerkingenlog'),
    ),
    a(
      'vernietiging',
      'Vernietiging na de bewaartermijn en verwijdering bij een onterechte aanmelding',
      'Gegevens worden vernietigd als de bewaartermijn verstreken is (na akkoord van de informatiebeheerder) of bij een aanmelding die ten onrechte was.',
      'AVG art. 6(1)(c) met art. 5(1)(e) en art. 17; Archiefwet 1995 art. 3 en 5 (Selectielijst gemeenten en intergemeentelijke organen)',
      ['inburgeraarId (opaque) in het vernietigingsverslag', 'geen andere persoonsgegevens'],
      ['de informatiebeheerder', 'de functionaris gegevensbescherming'],
      termijn('vernietigingsverslag'),
    ),
  ];
}
