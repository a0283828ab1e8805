import { maakLogger, niveauUit } from '@wegwijs/lambda-kit';
import { describe, expect, it } from 'vitest';

/** A logger over `env` whose lines are collected, parsed, with the stream each went to. */
const opgevangen = (env: NodeJS.ProcessEnv) => {
  const regels: { regel: Record<string, unknown>; fout: boolean }[] = [];
  const logger = maakLogger(env, (regel, fout) => regels.push({ regel: JSON.parse(regel), fout }));
  return { logger, regels };
};

describe('the kit logger', () => {
  it('writes one JSON line with level, message, timestamp, service, the trace id and the fields', () => {
    // Arrange
    const { logger, regels } = opgevangen({
      POWERTOOLS_SERVICE_NAME: 'toestemming',
      _X_AMZN_TRACE_ID: 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1',
    });
    // Act
    logger.info('request handled', { status: 201 });
    // Assert
    expect(regels).toHaveLength(1);
    const [{ regel, fout }] = regels as [(typeof regels)[number]];
    expect(fout).toBe(false);
    expect(regel).toMatchObject({
      level: 'INFO',
      message: 'request handled',
      service: 'toestemming',
      xray_trace_id: '1-5759e988-bd862e3fe1be46a994272793',
      status: 201,
    });
    expect(new Date(regel.timestamp as string).toISOString()).toBe(regel.timestamp);
  });

  it('keeps appended keys on every entry until they are reset', () => {
    // Arrange
    const { logger, regels } = opgevangen({});
    // Act
    logger.appendKeys({ correlationId: 'c-1' });
    logger.info('een');
    logger.warn('twee', { inburgeraarId: 'i-1' });
    logger.resetKeys();
    logger.error('drie');
    // Assert
    expect(regels.map((r) => [r.regel.message, r.regel.correlationId, r.regel.inburgeraarId, r.fout])).toEqual([
      ['een', 'c-1', undefined, false],
      ['twee', 'c-1', 'i-1', true],
      ['drie', undefined, undefined, true],
    ]);
  });

  it.each([
    [{}, ['info', 'warn', 'error']],
    [{ POWERTOOLS_LOG_LEVEL: 'WARN' }, ['warn', 'error']],
    [{ POWERTOOLS_LOG_LEVEL: 'debug' }, ['debug', 'info', 'warn', 'error']],
    [{ POWERTOOLS_LOG_LEVEL: 'SILENT' }, []],
    [{ POWERTOOLS_LOG_LEVEL: 'DEBUG', AWS_LAMBDA_LOG_LEVEL: 'ERROR' }, ['error']],
    [{ POWERTOOLS_LOG_LEVEL: 'luid' }, ['info', 'warn', 'error']],
  ])('with %o writes %o', (env, verwacht) => {
    // Arrange
    const { logger, regels } = opgevangen(env);
    // Act
    for (const niveau of ['debug', 'info', 'warn', 'error'] as const) logger[niveau](niveau);
    // Assert
    expect(regels.map((r) => r.regel.message)).toEqual(verwacht);
  });

  it('writes an Error passed as a field as its class only, never its message', () => {
    // Arrange
    const { logger, regels } = opgevangen({});
    // Act
    logger.error('request failed', { fout: new TypeError('Amal Haddad, 1990-02-14') });
    // Assert
    expect(regels[0]?.regel.fout).toEqual({ name: 'TypeError' });
    expect(JSON.stringify(regels)).not.toContain('Haddad');
  });

  it('reads the level once the first entry is written, not at import', () => {
    // Arrange
    const env: NodeJS.ProcessEnv = {};
    const { logger, regels } = opgevangen(env);
    env.POWERTOOLS_LOG_LEVEL = 'ERROR';
    // Act
    logger.info('niet');
    logger.error('wel');
    // Assert
    expect(regels.map((r) => r.regel.message)).toEqual(['wel']);
    expect(niveauUit(env)).toBe('ERROR');
  });
});
