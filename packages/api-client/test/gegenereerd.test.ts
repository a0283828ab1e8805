import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GEGENEREERD_BESTAND, genereerTypes } from '../src/genereer';

describe('the generated client types', () => {
  it('are what openapi-typescript makes of the document the platform serves today', async () => {
    // Arrange
    const vastgelegd = readFileSync(GEGENEREERD_BESTAND, 'utf8');

    // Act
    const opnieuw = await genereerTypes();

    // Assert: a change to the document needs `pnpm --filter @wegwijs/api-client generate` and a commit
    expect(opnieuw).toBe(vastgelegd);
  });

  it('name every operation of the document by its operationId', async () => {
    const { openApiDocument } = await import('@wegwijs/contracts/openapi');
    const ids = Object.values(openApiDocument().paths).flatMap((ops) =>
      Object.values(ops).flatMap((op) =>
        (op as { operationId?: string }).operationId ? [(op as { operationId: string }).operationId] : [],
      ),
    );
    const types = readFileSync(GEGENEREERD_BESTAND, 'utf8');
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids) expect(types, id).toContain(`${id}: {`);
  });
});
