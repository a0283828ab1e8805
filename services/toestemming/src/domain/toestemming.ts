import { CATEGORIE_REGELS, type IntrekkingBody, type ToestemmingBody } from '@wegwijs/contracts';
import { type Profiel, profielVan } from '@wegwijs/profielen';
import { grondslagVan } from './beslis';
import type { Staat, Toestemming, Vastlegging } from './typen';

export type ToestemmingStatus = 'actief' | 'ingetrokken' | 'verlopen';

/**
 * The status of a consent on a day: ingetrokken once withdrawn; verlopen after geldigTot, after the day the traject
 * was afgerond, once the traject has another uitvoeringsorganisatie, or once the inburgeraar moved away from the
 * gemeente it names (issue 23); actief otherwise.
 */
export function statusVan(t: Toestemming, staat: Staat, vandaag: string): ToestemmingStatus {
  if (t.ingetrokkenOp !== undefined) return 'ingetrokken';
  if (t.geldigTot !== undefined && t.geldigTot < vandaag) return 'verlopen';
  if (staat.afgerondOp !== undefined && staat.afgerondOp < vandaag) return 'verlopen';
  if (t.uitvoeringsorganisatie !== staat.uitvoeringsorganisatie) return 'verlopen';
  // Issue 23: a consent given for a gemeente the inburgeraar moved away from ends with the move.
  if (t.ontvanger.gemeente !== staat.gemeente) return 'verlopen';
  return 'actief';
}

export class Regelfout {
  constructor(
    readonly detail: string,
    readonly slug: string,
    readonly status: 409 | 422 = 422,
  ) {}
}

export interface Gever {
  /** How the caller relates to the inburgeraar: themself, or staff of the assigned organisation. */
  relatie: 'inburgeraar' | 'uitvoering';
  sub: string;
  org?: string | undefined;
}

function vastleggingVan(body: ToestemmingBody, gever: Gever): Vastlegging | Regelfout {
  if (gever.relatie === 'inburgeraar') {
    if (body.vastgelegd) {
      return new Regelfout(
        'vastgelegd is for a begeleider recording consent on behalf of the inburgeraar.',
        'vastgelegd-niet-toegestaan',
      );
    }
    return { wijze: 'app', door: gever.sub };
  }
  if (!body.vastgelegd) {
    return new Regelfout('A begeleider records consent with vastgelegd: { wijze, tolk? }.', 'vastlegging-vereist');
  }
  const { wijze, tolk } = body.vastgelegd;
  if (wijze === 'mondeling-met-tolk' && !tolk) {
    return new Regelfout('Consent given orally with an interpreter names the tolk.', 'tolk-vereist');
  }
  return { wijze, ...(tolk ? { tolk } : {}), door: gever.sub, ...(gever.org ? { org: gever.org } : {}) };
}

/** Checks the domain rules of a new consent and builds its record, or returns the rule it breaks. */
export function nieuweToestemming(
  body: ToestemmingBody,
  staat: Staat,
  gever: Gever,
  nu: string,
  toestemmingId: string,
  profiel?: Profiel,
): Toestemming | Regelfout {
  const categorieen = [...new Set(body.categorieen)];
  if (categorieen.length === 0)
    return new Regelfout('categorieen must name at least one categorie.', 'categorieen-leeg');
  const wettelijk = categorieen.filter(
    (c) => grondslagVan(staat, c, profiel ?? profielVan(staat.gemeente)) !== 'toestemming',
  );
  if (wettelijk.length > 0) {
    return new Regelfout(
      `Shared on a wettelijke taak, not on consent: ${wettelijk.join(', ')}.`,
      'categorie-wettelijke-taak',
    );
  }
  const naarUitvoering = categorieen.filter((c) => CATEGORIE_REGELS[c].richting === 'gemeente-naar-uitvoering');
  if (naarUitvoering.length > 0 && body.ontvanger.rol !== undefined) {
    return new Regelfout(
      `${naarUitvoering.join(', ')} go from the gemeente to the assigned uitvoeringsorganisatie: the consent names the gemeente, not a rol.`,
      'rol-niet-bij-richting',
    );
  }
  const expliciet = body.expliciet === true;
  if (categorieen.some((c) => CATEGORIE_REGELS[c].explicietVereist) && !expliciet) {
    return new Regelfout(
      'signalen are special categories of personal data: consent must be explicit.',
      'expliciet-vereist',
    );
  }
  if (body.geldigTot !== undefined && body.geldigTot < nu.slice(0, 10)) {
    return new Regelfout('geldigTot lies in the past.', 'geldig-tot-verleden');
  }
  if (body.ontvanger.gemeente !== staat.gemeente) {
    return new Regelfout('The recipient must be the gemeente of the inburgeraar.', 'ontvanger-onjuist');
  }
  if (staat.afgerondOp !== undefined && staat.afgerondOp < nu.slice(0, 10)) {
    return new Regelfout('The traject is afgerond; no consent can be given for it.', 'traject-afgerond', 409);
  }
  const vastgelegd = vastleggingVan(body, gever);
  if (vastgelegd instanceof Regelfout) return vastgelegd;
  return {
    toestemmingId,
    inburgeraarId: staat.inburgeraarId,
    ontvanger: { gemeente: body.ontvanger.gemeente, ...(body.ontvanger.rol ? { rol: body.ontvanger.rol } : {}) },
    categorieen,
    doel: body.doel,
    geldigVanaf: nu,
    ...(body.geldigTot !== undefined ? { geldigTot: body.geldigTot } : {}),
    expliciet,
    taal: body.taal,
    tekstversie: body.tekstversie,
    vastgelegd,
    uitvoeringsorganisatie: staat.uitvoeringsorganisatie,
    statusHistorie: [{ status: 'actief', tijdstip: nu, door: gever.sub }],
  };
}

/** How a withdrawal is recorded: the inburgeraar in the app, or a begeleider with vastgelegd (422 without). */
export function intrekkingVastlegging(
  vastgelegd: IntrekkingBody['vastgelegd'],
  gever: Gever,
): Omit<Vastlegging, 'door'> | Regelfout {
  if (gever.relatie === 'inburgeraar') {
    return vastgelegd
      ? new Regelfout(
          'vastgelegd is for a begeleider recording on behalf of the inburgeraar.',
          'vastgelegd-niet-toegestaan',
        )
      : { wijze: 'app' };
  }
  if (!vastgelegd)
    return new Regelfout('A begeleider records a withdrawal with vastgelegd: { wijze, tolk? }.', 'vastlegging-vereist');
  if (vastgelegd.wijze === 'mondeling-met-tolk' && !vastgelegd.tolk) {
    return new Regelfout('A withdrawal given orally with an interpreter names the tolk.', 'tolk-vereist');
  }
  return { ...vastgelegd, ...(gever.org ? { org: gever.org } : {}) };
}

/** The staat after a withdrawal (unchanged when it was withdrawn before). */
export function trekIn(
  staat: Staat,
  toestemmingId: string,
  nu: string,
  door: string,
  vastgelegd?: Omit<Vastlegging, 'door'>,
): Staat {
  return {
    ...staat,
    versie: staat.versie + 1,
    toestemmingen: staat.toestemmingen.map((t) =>
      t.toestemmingId !== toestemmingId || t.ingetrokkenOp !== undefined
        ? t
        : {
            ...t,
            ingetrokkenOp: nu,
            statusHistorie: [...t.statusHistorie, { status: 'ingetrokken' as const, tijdstip: nu, door, vastgelegd }],
          },
    ),
  };
}

/**
 * The withdrawal dated where it stands in the verwerkingenlog (finding 7): a decision that read the consent as active
 * before the withdrawal was stored may be logged before the withdrawal's entry with a later time than the clock
 * reading the withdrawal started with. The withdrawal's entry is never dated before the entry it follows, so its time
 * is the withdrawal's time: no `gedeeld` entry before it is dated after `ingetrokkenOp`. Marks the entry as logged.
 */
export function dateerIntrekking(staat: Staat, toestemmingId: string, tijdstip: string): Staat {
  return {
    ...staat,
    versie: staat.versie + 1,
    toestemmingen: staat.toestemmingen.map((t) => {
      if (t.toestemmingId !== toestemmingId || t.ingetrokkenOp === undefined) return t;
      const op = t.ingetrokkenOp > tijdstip ? t.ingetrokkenOp : tijdstip;
      const historie = t.statusHistorie.map((h) => (h.status === 'ingetrokken' ? { ...h, tijdstip: op } : h));
      return { ...t, ingetrokkenOp: op, statusHistorie: historie, intrekkingGelogd: true };
    }),
  };
}
