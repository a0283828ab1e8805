import {
  AanmeldingGeregistreerd,
  type Envelope,
  type EventContract,
  type EventData,
  GedeeldeVoortgangVerwijderd,
  ToestemmingGegeven,
  ToestemmingIngetrokken,
  ToestemmingVerlopen,
  UitvoeringsorganisatieGewijzigd,
  VerwijzingAfgerond,
  VoortgangGedeeld,
} from '@wegwijs/contracts';
import { type DedupeStore, type DepsBron, eventConsumer, losOp } from '@wegwijs/lambda-kit';
import type { AbonnementenDeps } from '../app/deps';
import { notificeer } from '../app/notificeren';
import type { Gebeurtenis } from '../domain/notificatie';
import { defaultDeps } from './deps';

/** No separate dedupe records: a delivery is keyed by subscription and event id, so a repeat writes nothing new. */
const structureelIdempotent: DedupeStore = { seen: async () => false, remember: async () => undefined };

type Velden = Gebeurtenis['data'];
const metOrg = (org: string | undefined): Velden => (org ? { uitvoeringsorganisatie: org } : {});

/** Per event of the EVENT_ROUTES table for this context: the few fields that decide who may read what it names. */
const VELDEN: readonly [EventContract, (data: never) => Velden][] = [
  [
    VoortgangGedeeld,
    (d: EventData<typeof VoortgangGedeeld>) => ({
      categorie: d.categorie,
      ontvanger: d.ontvanger,
      ...metOrg(d.uitvoeringsorganisatie),
    }),
  ],
  [
    GedeeldeVoortgangVerwijderd,
    (d: EventData<typeof GedeeldeVoortgangVerwijderd>) => ({ categorie: d.categorie, ontvanger: d.ontvanger }),
  ],
  [AanmeldingGeregistreerd, (d: EventData<typeof AanmeldingGeregistreerd>) => metOrg(d.uitvoeringsorganisatie)],
  [UitvoeringsorganisatieGewijzigd, (d: EventData<typeof UitvoeringsorganisatieGewijzigd>) => ({ naar: d.naar })],
  [
    VerwijzingAfgerond,
    (d: EventData<typeof VerwijzingAfgerond>) => ({ status: d.status, ...metOrg(d.uitvoeringsorganisatie) }),
  ],
  [
    ToestemmingGegeven,
    (d: EventData<typeof ToestemmingGegeven>) => ({ ontvanger: d.ontvanger, ...metOrg(d.uitvoeringsorganisatie) }),
  ],
  [
    ToestemmingIngetrokken,
    (d: EventData<typeof ToestemmingIngetrokken>) => ({
      ...(d.ontvanger ? { ontvanger: d.ontvanger } : {}),
      ...metOrg(d.uitvoeringsorganisatie),
    }),
  ],
  [
    ToestemmingVerlopen,
    (d: EventData<typeof ToestemmingVerlopen>) => ({
      ...(d.ontvanger ? { ontvanger: d.ontvanger } : {}),
      ...metOrg(d.uitvoeringsorganisatie),
    }),
  ],
];

const gebeurtenis = (detailType: string, e: Envelope, data: Velden): Gebeurtenis => ({
  detailType,
  id: e.meta.id,
  occurredAt: e.meta.occurredAt,
  gemeente: e.meta.gemeente,
  inburgeraarId: e.meta.inburgeraarId,
  data,
});

/** The events of the EVENT_ROUTES table for this context: the broker's outcomes and the dossier's own changes. */
export function createConsumer(bron: DepsBron<AbonnementenDeps>) {
  return eventConsumer({
    dedupe: structureelIdempotent,
    handlers: Object.fromEntries(
      VELDEN.map(([contract, velden]) => [
        contract.detailType,
        (e: Envelope) => notificeer(losOp(bron), gebeurtenis(contract.detailType, e, velden(e.data as never))),
      ]),
    ),
  });
}

export const handler = createConsumer(defaultDeps());
