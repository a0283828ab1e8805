import type { AbonnementFilters, Categorie, Kanaal, Notificatie, Rol } from '@wegwijs/contracts';

/** Who may receive a notification: an organisation (`gemeente-<cbs>` or an uitvoeringsorganisatie), maybe one role. */
export interface Ontvanger {
  org: string;
  rol?: Rol;
}

/** A notification and the organisations that may read what it names. */
export interface Uitgifte {
  notificatie: Notificatie;
  ontvangers: Ontvanger[];
}

/** What the consumer knows of an event: its meta and the few data fields that decide who may read it. */
export interface Gebeurtenis {
  detailType: string;
  id: string;
  occurredAt: string;
  gemeente: string;
  inburgeraarId: string;
  data: {
    categorie?: Categorie;
    ontvanger?: { gemeente: string; rol?: Rol };
    uitvoeringsorganisatie?: string;
    naar?: string;
    /** A referral's new status (VerwijzingAfgerond): the notification's action. */
    status?: string;
  };
}

/** A subscription as the filter sees it. */
export interface AbonnementFilter {
  org: string;
  rol: Rol;
  gemeenten: readonly string[];
  kanalen: readonly Kanaal[];
  filters: AbonnementFilters;
}

const gemeenteOrg = (cbs: string) => `gemeente-${cbs}`;

/**
 * The channel of something the broker shared (or removed): a referral on `verwijzingen`, a consulent's question or
 * the begeleider's answer on `vragen`, every other categorie on `voortgang`.
 */
export function kanaalVan(categorie: Categorie): Kanaal {
  if (categorie === 'verwijzing') return 'verwijzingen';
  if (categorie === 'consulentvraag' || categorie === 'vraag-antwoord') return 'vragen';
  return 'voortgang';
}

/** The action of a share, by channel and categorie. */
const gedeeldActie = (categorie: Categorie) =>
  categorie === 'verwijzing'
    ? 'verstuurd'
    : categorie === 'consulentvraag'
      ? 'gesteld'
      : categorie === 'vraag-antwoord'
        ? 'beantwoord'
        : 'gedeeld';

/** The actions of the consent events: a consent given, withdrawn, or ended without a withdrawal. */
const TOESTEMMING_ACTIES: Readonly<Record<string, string>> = {
  ToestemmingGegeven: 'gegeven',
  ToestemmingIngetrokken: 'ingetrokken',
  ToestemmingVerlopen: 'verlopen',
};

/**
 * The notification of one domain event (never personal data: ids in URLs, the gemeente and the categorie) and who
 * may receive it: only organisations that may read the resource it names (API.md "GET /v1/inburgeraars/{id}").
 * - The broker's outcomes (shared with, or removed from, a recipient): the gemeente it was shared with, narrowed to
 *   the role the consent names, or, gemeente-naar-uitvoering, the organisation it was shared with (and for a
 *   consulent's question the gemeente that asked it). Channel by categorie (`kanaalVan`).
 * - A referral's answer (VerwijzingAfgerond): the inburgeraar's gemeente and the assigned organisation.
 * - A consent given, withdrawn or ended: the gemeente it names as recipient and the assigned organisation.
 * Anything else: none.
 */
export function uitgifteVoor(e: Gebeurtenis, basisUrl: string): Uitgifte | undefined {
  const dossier = `${basisUrl}/v1/inburgeraars/${encodeURIComponent(e.inburgeraarId)}`;
  const maak = (
    kanaal: Kanaal,
    actie: string,
    resourceUrl: string,
    gemeente: string,
    ontvangers: Ontvanger[],
    categorie?: Categorie,
  ): Uitgifte => ({
    notificatie: {
      notificatieId: e.id,
      kanaal,
      actie,
      resourceUrl,
      hoofdObject: dossier,
      aangemaaktOp: e.occurredAt,
      kenmerken: { gemeente, ...(categorie ? { categorie } : {}) },
    },
    ontvangers,
  });
  const uitvoering = e.data.uitvoeringsorganisatie ? [{ org: e.data.uitvoeringsorganisatie }] : [];
  const naam = e.detailType.replace(/\.v\d+$/, '');
  switch (naam) {
    case 'VoortgangGedeeld':
    case 'GedeeldeVoortgangVerwijderd': {
      const { categorie, ontvanger } = e.data;
      if (!categorie || !ontvanger) return undefined;
      const kanaal = kanaalVan(categorie);
      const actie = naam === 'VoortgangGedeeld' ? gedeeldActie(categorie) : 'verwijderd';
      const resource = kanaal === 'voortgang' ? `${dossier}/voortgang` : `${dossier}/${kanaal}`;
      if (e.data.uitvoeringsorganisatie) {
        // Gemeente-naar-uitvoering: the organisation it was shared with; a question also to the gemeente that asked.
        const vraag = categorie === 'consulentvraag' ? [{ org: gemeenteOrg(e.gemeente) }] : [];
        return maak(
          kanaal,
          actie,
          kanaal === 'voortgang' ? dossier : resource,
          e.gemeente,
          [...uitvoering, ...vraag],
          categorie,
        );
      }
      const o: Ontvanger = { org: gemeenteOrg(ontvanger.gemeente), ...(ontvanger.rol ? { rol: ontvanger.rol } : {}) };
      return maak(kanaal, actie, resource, ontvanger.gemeente, [o], categorie);
    }
    case 'VerwijzingAfgerond': {
      if (!e.data.status) return undefined;
      return maak('verwijzingen', e.data.status, `${dossier}/verwijzingen`, e.gemeente, [
        { org: gemeenteOrg(e.gemeente) },
        ...uitvoering,
      ]);
    }
    case 'ToestemmingGegeven':
    case 'ToestemmingIngetrokken':
    case 'ToestemmingVerlopen': {
      const ontvanger = e.data.ontvanger ? [{ org: gemeenteOrg(e.data.ontvanger.gemeente) }] : [];
      if (ontvanger.length + uitvoering.length === 0) return undefined;
      return maak('toestemmingen', TOESTEMMING_ACTIES[naam] ?? naam, `${dossier}/toestemmingen`, e.gemeente, [
        ...ontvanger,
        ...uitvoering,
      ]);
    }
    case 'AanmeldingGeregistreerd': {
      const org = e.data.uitvoeringsorganisatie;
      return maak('aanmeldingen', 'aangemeld', dossier, e.gemeente, [
        { org: gemeenteOrg(e.gemeente) },
        ...(org ? [{ org }] : []),
      ]);
    }
    case 'UitvoeringsorganisatieGewijzigd': {
      // The new organisation and the gemeente; the old organisation may no longer read the dossier.
      const org = e.data.naar;
      return maak('traject', 'uitvoeringsorganisatie-gewijzigd', dossier, e.gemeente, [
        { org: gemeenteOrg(e.gemeente) },
        ...(org ? [{ org }] : []),
      ]);
    }
    default:
      return undefined;
  }
}

/** Whether a subscription receives a notification meant for `ontvanger`: its organisation, role, channel and filters. */
export function past(a: AbonnementFilter, n: Notificatie, ontvanger: Ontvanger): boolean {
  if (a.org !== ontvanger.org) return false;
  if (ontvanger.rol && a.rol !== ontvanger.rol) return false;
  if (!a.gemeenten.includes(n.kenmerken.gemeente)) return false;
  if (!a.kanalen.includes(n.kanaal)) return false;
  if (a.filters.gemeente && a.filters.gemeente !== n.kenmerken.gemeente) return false;
  if (a.filters.categorie && a.filters.categorie !== n.kenmerken.categorie) return false;
  return true;
}
