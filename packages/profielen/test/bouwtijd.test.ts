import { describe, expect, it } from 'vitest';
import { CASES, FEITEN, leesCase, ProfielFout, valideerCases } from '../src/profielen';

describe('the shipped profiles are validated at build time, not at load', () => {
  it('finds every shipped case valid, and the facts served at load are exactly the validated ones', () => {
    // Act
    const gevalideerd = valideerCases();
    // Assert
    expect(gevalideerd).toHaveLength(13);
    expect(new Map(gevalideerd.map((f) => [f.cbs, f]))).toEqual(FEITEN);
  });

  it('still refuses a case that breaks the schema or a cross-field rule', () => {
    // Arrange
    const [eerste] = CASES as Record<string, unknown>[];
    const onbekendVeld = { ...eerste, onbekend: true };
    const zonderAsiel = { ...eerste, doelgroepen: [] };
    // Act / Assert
    expect(() => leesCase(onbekendVeld)).toThrow(ProfielFout);
    expect(() => leesCase(zonderAsiel)).toThrow(ProfielFout);
  });
});
