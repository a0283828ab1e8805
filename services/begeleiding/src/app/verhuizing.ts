import {
  type Envelope,
  type EventData,
  type InburgeraarVerhuisd,
  TrajectBeeindigd,
  VERHUISD_ELDERS,
} from '@wegwijs/contracts';
import { anoniemeMetaVoor } from '@wegwijs/lambda-kit';
import { regietellingenEvents } from '@wegwijs/lambda-kit/regietellingen';
import { regietellingen } from '../domain/regietellingen';
import { isBekend, pasFeitToe } from '../domain/traject';
import { negatie, openStanden } from '../domain/verhuizing';
import type { BegeleidingDeps } from './deps';
import { metFase, profielVoor, systeemActor, uitgaandEvent, wijzigTraject } from './traject-werk';

/**
 * InburgeraarVerhuisd (issue 23): the traject continues in the new gemeente under its profile, with the organisation
 * that serves it there (another deployment: none here, so only the inburgeraar still reaches what stays under its
 * bewaartermijn). Regie's stands move with it: closed in the old gemeente and opened in the new one in the month of
 * the move, in the same write. Idempotent: a redelivery finds the traject moved.
 */
export function verwerkVerhuizing(deps: BegeleidingDeps, envelope: Envelope) {
  const { meta } = envelope;
  const data = envelope.data as EventData<typeof InburgeraarVerhuisd>;
  const oorzaak = { correlationId: meta.correlationId, causationId: meta.id };
  return wijzigTraject(deps, meta, oorzaak, (huidig) => {
    if (!isBekend(huidig) || huidig.gemeente !== data.van) return undefined;
    const feit = {
      soort: 'verhuisd' as const,
      naar: data.naar,
      uitvoeringsorganisatie: data.uitvoeringsorganisatie ?? VERHUISD_ELDERS,
      datum: data.datum,
    };
    const traject = pasFeitToe(huidig, feit, meta.occurredAt);
    const standen = openStanden(regietellingen(profielVoor(huidig.gemeente), undefined, huidig, []), data.datum);
    const actor = systeemActor(huidig);
    const tellingen = (gemeente: string, t: typeof standen) =>
      t.length === 0
        ? []
        : regietellingenEvents(
            'wegwijs.begeleiding',
            anoniemeMetaVoor(actor, gemeente, meta.correlationId, meta.id),
            t,
          );
    const events = [
      ...tellingen(data.van, negatie(standen)),
      ...(data.uitvoeringsorganisatie ? tellingen(data.naar, standen) : []),
    ];
    // Another deployment: nothing here counts for a gemeente it does not serve; the profile's fase is not computed.
    // Here the traject ends on the day of the move: the old gemeente's bewaartermijnen start (the archief's source).
    if (!data.uitvoeringsorganisatie) {
      const einde = uitgaandEvent(
        TrajectBeeindigd,
        huidig,
        { ...oorzaak, actor },
        {
          einddatum: data.datum,
          gestart: huidig.fase !== undefined && huidig.fase !== 'aangemeld',
        },
      );
      return { traject, events: [...events, einde] };
    }
    return metFase(deps, { traject, events }, oorzaak);
  });
}
