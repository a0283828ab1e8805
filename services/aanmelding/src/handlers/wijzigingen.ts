import { datumBody, uitvoeringsorganisatieBody } from '@wegwijs/contracts';
import { type DepsBron, logger, losOp, route } from '@wegwijs/lambda-kit';
import type { AanmeldingDeps } from '../app/deps';
import { legDatumVast, wijsOrganisatieToe } from '../app/wijzigen';
import type { DatumSoort } from '../domain/inburgeraar';
import { magWijzigen } from './autorisatie';
import { inburgeraarParams } from './inburgeraar';

/** `POST .../woningtoewijzing` and `POST .../brp-inschrijving`. */
export const datumVastleggen = (bron: DepsBron<AanmeldingDeps>, soort: DatumSoort) =>
  route({
    params: inburgeraarParams,
    body: datumBody,
    autoriseer: ({ principal, params }) => magWijzigen(losOp(bron), principal, params.id),
    async handle({ principal, params, body, correlationId }) {
      const weergave = await legDatumVast(losOp(bron), principal, params.id, soort, body.datum, correlationId);
      logger.info('datum vastgelegd', { inburgeraarId: params.id, soort });
      return { status: 200, body: weergave };
    },
  });

export const woningtoewijzing = (bron: DepsBron<AanmeldingDeps>) => datumVastleggen(bron, 'woningtoewijzingsdatum');
export const brpInschrijving = (bron: DepsBron<AanmeldingDeps>) => datumVastleggen(bron, 'brpInschrijvingsdatum');

/** `PUT .../uitvoeringsorganisatie`: the consulent assigns the traject to another organisation serving the gemeente. */
export const uitvoeringsorganisatie = (bron: DepsBron<AanmeldingDeps>) =>
  route({
    params: inburgeraarParams,
    body: uitvoeringsorganisatieBody,
    autoriseer: ({ principal, params }) => magWijzigen(losOp(bron), principal, params.id),
    async handle({ principal, params, body, correlationId }) {
      const deps = losOp(bron);
      const weergave = await wijsOrganisatieToe(
        deps,
        principal,
        params.id,
        body.uitvoeringsorganisatie,
        body.datum,
        correlationId,
      );
      logger.info('uitvoeringsorganisatie vastgelegd', { inburgeraarId: params.id });
      return { status: 200, body: weergave };
    },
  });
