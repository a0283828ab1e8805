import {
  contactmomentBody,
  historieVerzoek,
  meetmomentBody,
  trajectParams,
  voortgangsrapportageBody,
} from '@wegwijs/contracts';
import { route } from '@wegwijs/lambda-kit';
import type { BegeleidingDeps } from '../app/deps';
import { legHistorieVast } from '../app/historie';
import { UITVOERDERS } from '../app/toegang';
import { legContactmomentVast, legMeetmomentVast, legRapportageVast } from '../app/vastleggen';
import { schrijfrecht } from './routes-gedeeld';

/** What the begeleider records: meetmomenten, contactmomenten, voortgangsrapportages (app/vastleggen.ts). */
export const vastleggenRoutes = (deps: () => BegeleidingDeps) => ({
  'POST /v1/inburgeraars/{id}/meetmomenten': route({
    body: meetmomentBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req) {
      return { status: 201, body: { meetmomentId: await legMeetmomentVast(deps(), req, req.body) } };
    },
  }),

  'POST /v1/inburgeraars/{id}/contactmomenten': route({
    body: contactmomentBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req) {
      return { status: 201, body: { contactmomentId: await legContactmomentVast(deps(), req, req.body) } };
    },
  }),

  // A migration's historic contactmomenten and meetmomenten of one person (app/historie.ts; docs/API-EXTENSIONS.md).
  'POST /v1/inburgeraars/{id}/historie': route({
    body: historieVerzoek,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req) {
      return { status: 201, body: await legHistorieVast(deps(), req, req.body) };
    },
  }),

  'POST /v1/inburgeraars/{id}/voortgangsrapportages': route({
    body: voortgangsrapportageBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req) {
      return { status: 201, body: { rapportageId: await legRapportageVast(deps(), req, req.body) } };
    },
  }),
});
