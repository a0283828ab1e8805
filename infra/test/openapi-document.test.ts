import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { openApiDocument } from '@wegwijs/contracts/openapi';
import { OPENAPI_GZIP_BASE64 } from '@wegwijs/profiel/handlers/openapi.generated';
import { describe, expect, it } from 'vitest';
import { OPENAPI_MODULE, openApiModule } from '../src/bundle/openapi';

describe('the OpenAPI document is built at build time', () => {
  it('serves exactly the document the contracts describe now (regenerate with `pnpm bundle` when this fails)', () => {
    // Act
    const gebouwd = JSON.parse(gunzipSync(Buffer.from(OPENAPI_GZIP_BASE64, 'base64')).toString('utf8'));
    // Assert
    expect(gebouwd).toEqual(openApiDocument());
  });

  it('is the committed output of the generator', () => {
    // Act / Assert
    expect(readFileSync(OPENAPI_MODULE, 'utf8')).toBe(openApiModule());
  });
});
