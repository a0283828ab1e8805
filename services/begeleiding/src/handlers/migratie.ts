import { type DepsBron, logger, losOp } from '@wegwijs/lambda-kit';
import type { Context } from 'aws-lambda';
import { type MigratieResultaat, vulIndexenAan } from '../app/indexen-aanvullen';
import type { TrajectMigratieOpslag } from '../app/poorten';
import { migratieOpslag } from './deps';

/** Stop starting pages when less than this is left of the invocation (a page takes well under it). */
export const MARGE_MS = 60_000;

/**
 * The index backfill (a one-off migration): in AWS invoked by a CDK Trigger on deploy and continued by a schedule
 * until its checkpoint says done (then a run is one read); locally run at platform start. Thin: the use case is
 * `vulIndexenAan`.
 */
export function createMigratie(bron: DepsBron<TrajectMigratieOpslag>) {
  const opslag = () => losOp(bron);
  return async (_event?: unknown, context?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<MigratieResultaat> => {
    // Stop with a margin for the last page: a minute, or half the time there was at the start if that is less.
    const marge = context ? Math.min(MARGE_MS, context.getRemainingTimeInMillis() / 2) : 0;
    const resultaat = await vulIndexenAan(opslag(), () => !context || context.getRemainingTimeInMillis() > marge);
    const { start: _checkpoint, ...samenvatting } = resultaat;
    logger.info('index migration ran', samenvatting);
    return resultaat;
  };
}

export const handler = createMigratie(migratieOpslag());
