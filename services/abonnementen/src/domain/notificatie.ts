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
 * The notification of one domain event (never personal data: ids in URLs, the gemeente and the categorie) and who
 * may receive it. Voortgang only from the broker's outcome: shared with (or removed from) the gemeente, narrowed to
 * the role the consent names, or, gemeente-naar-uitvoering, the organisation it was shared with. Anything else: none.
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
  const naam = e.detailType.replace(/\.v\d+$/, '');
  switch (naam) {
    case 'VoortgangGedeeld':
    case 'GedeeldeVoortgangVerwijderd': {
      const actie = naam === 'VoortgangGedeeld' ? 'gedeeld' : 'verwijderd';
      const { categorie, ontvanger, uitvoeringsorganisatie } = e.data;
      if (!categorie || !ontvanger) return undefined;
      if (uitvoeringsorganisatie) {
        return maak('voortgang', actie, dossier, e.gemeente, [{ org: uitvoeringsorganisatie }], categorie);
      }
      const o: Ontvanger = { org: gemeenteOrg(ontvanger.gemeente), ...(ontvanger.rol ? { rol: ontvanger.rol } : {}) };
      return maak('voortgang', actie, `${dossier}/voortgang`, ontvanger.gemeente, [o], categorie);
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
