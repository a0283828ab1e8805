import { begeleidingWerklijstQuery, type Rol } from '@wegwijs/contracts';
import { route } from '@wegwijs/lambda-kit';
import type { BegeleidingDeps } from '../app/deps';
import { BESLISSERS, UITVOERDERS } from '../app/toegang';
import { type Lijst, leesWerklijst, type Werklijst } from '../app/werklijsten';
import { afrondingOpenLijst } from '../domain/afronding';
import { zonderAfspraak } from '../domain/initiatief';
import { nabellen } from '../domain/nabellen';
import { bellijst, caseload, nietGezien } from '../domain/werklijsten';

/** A worklist of the caller's own organisation in one gemeente, a page at a time (app/werklijsten.ts). */
const werklijst = (deps: () => BegeleidingDeps, rollen: readonly Rol[], naam: Werklijst, lijst: Lijst) =>
  route({
    query: begeleidingWerklijstQuery,
    async handle(req) {
      return { status: 200, body: await leesWerklijst(deps(), req.principal, req.query, rollen, naam, lijst) };
    },
  });

export const werklijstRoutes = (deps: () => BegeleidingDeps) => ({
  'GET /v1/begeleiding/caseload': werklijst(deps, BESLISSERS, 'caseload', caseload),
  'GET /v1/begeleiding/bellijst': werklijst(deps, UITVOERDERS, 'bellijst', bellijst),
  'GET /v1/begeleiding/niet-gezien': werklijst(deps, UITVOERDERS, 'nietGezien', nietGezien),
  'GET /v1/begeleiding/nabellen': werklijst(deps, UITVOERDERS, 'nabellen', nabellen),
  // Issue 22: both read the caseload index (every traject not afgerond) and apply the day's rule to each page.
  'GET /v1/begeleiding/zonder-afspraak': werklijst(deps, UITVOERDERS, 'caseload', zonderAfspraak),
  'GET /v1/begeleiding/afronding-open': werklijst(deps, BESLISSERS, 'caseload', afrondingOpenLijst),
});
