import { tabel } from '@wegwijs/lambda-kit';
import { WACHTRIJ_INDEX } from './adapters/keys';

/**
 * The abonnementen's own table: subscriptions per organisation, deliveries per subscription, and gsi1, the deliveries
 * waiting for their next attempt. In AWS encrypted with the context's own key (the subscriptions' secrets with it).
 */
export const abonnementenTabel = tabel('abonnementen', [WACHTRIJ_INDEX]);
