import { Logger } from '@aws-lambda-powertools/logger';

/**
 * Structured JSON logging. Log ids only (inburgeraarId, toestemmingId, correlation id): never names, birth dates,
 * free text or bodies. The kit itself logs only route keys, statuses, ids and error classes.
 */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'wegwijs' });
