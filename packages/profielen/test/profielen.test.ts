import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import denHaag from '../data/bronnen/den-haag.json' with { type: 'json' };
import { aannamesMarkdown } from '../src/aannames';
import { leesBronnen, profielMetBronnen } from '../src/bronnen';
import { parseDeploymentConfig } from '../src/deployment';
import { FEITEN, metOverrides, PROFIELEN, type ProfielInstellingen } from '../src/profielen';
import { PROFIEL_VELDEN, type ProfielMetBronnen, profielSchemas } from '../src/schema';

const metBronnen = (cbs: string, instellingen?: ProfielInstellingen): ProfielMetBronnen => {
  const p = profielMetBronnen(cbs, instellingen);
  if (!p) throw new Error(`no profile ${cbs}`);
  return p;
};
const GEMEENTEN = [...PROFIELEN.values()].map((p) => [`${p.cbs} ${p.naam}`, metBronnen(p.cbs)] as const);

describe('where each fact comes from', () => {
  it.each(GEMEENTEN)('%s: no profile field lacks a source', (_, p) => {
    const velden = Object.keys(p).filter((k) => k !== 'bronnen');
    expect(velden.filter((v) => p.bronnen[v] === undefined)).toEqual([]);
    expect(Object.keys(p.bronnen).sort()).toEqual(velden.sort());
    for (const bron of Object.values(p.bronnen)) {
      if (bron.soort === 'rapport') expect(bron.sectie).toMatch(/^\d+(\.\d+)*/);
      else if (bron.soort === 'aanname') expect(bron.reden.length).toBeGreaterThan(20);
      else throw new Error(`a shipped profile has a ${bron.soort} source`);
    }
  });

  it('refuses a case whose field has no source, and a source of no field', () => {
    const { bronnen, ...rest } = denHaag;
    const { looptijdMaanden: _, ...zonder } = bronnen;
    expect(() => leesBronnen({ ...rest, bronnen: zonder })).toThrow(/fields without a source: looptijdMaanden/);
    expect(() => leesBronnen({ ...rest, bronnen: { ...bronnen, kleur: '3.3' } })).toThrow(/sources of unknown fields/);
    expect(() => leesBronnen({ ...rest, bronnen: { ...bronnen, looptijdMaanden: 'hoofdstuk drie' } })).toThrow();
  });

  it('docs/PROFIELEN.md lists every aanname with its reason', () => {
    const doc = readFileSync(new URL('../../../docs/PROFIELEN.md', import.meta.url), 'utf8');
    const tussen = doc.split('<!-- aannames:begin -->')[1]?.split('<!-- aannames:end -->')[0]?.trim();
    expect(tussen?.split('\n').slice(2).join('\n')).toBe(aannamesMarkdown());
  });
});

describe('10. contact norms and the afrondingsfase length are ours: the report (3.3, 3.3.4) gives none (aanname)', () => {
  it.each(GEMEENTEN)('%s', (_, p) => {
    expect(p.bronnen.maxDagenZonderContact?.soort).toBe('aanname');
    if (p.afrondingsfase) expect(p.bronnen.afrondingsfase?.soort).toBe('aanname');
  });
});

describe('a deployment may override any field', () => {
  it('PROFIEL_VELDEN names exactly the fields of the schema', () => {
    // Arrange
    const schema = profielSchemas().profielVelden;
    // Act
    const velden = Object.keys(schema.shape);
    // Assert
    expect([...PROFIEL_VELDEN].sort()).toEqual(velden.sort());
  });

  it.each(PROFIEL_VELDEN)('%s', (veld) => {
    // Arrange: the value Woerden has, set on Den Haag.
    const f = FEITEN.get('0518');
    const woerden = FEITEN.get('0632');
    if (!f || !woerden) throw new Error('missing');
    const instellingen = { naam: 'den-haag', profielen: { '0518': { [veld]: woerden.velden[veld] } } };
    // Act
    const na = metOverrides(f, { [veld]: woerden.velden[veld] }, 'den-haag');
    // Assert
    expect(na.velden[veld]).toEqual(woerden.velden[veld]);
    expect(metBronnen('0518', instellingen).bronnen[veld]).toEqual({ soort: 'deployment', deployment: 'den-haag' });
    expect(metBronnen('0518').bronnen[veld]?.soort).not.toBe('deployment');
  });

  it('validates overrides at parse time and serves them from the profile', () => {
    const basis = {
      naam: 'test',
      omgeving: 'lokaal' as const,
      gemeenten: ['0518'],
      organisaties: [],
      issuers: [{ iss: 'https://x.example/' }],
    };
    expect(() => parseDeploymentConfig({ ...basis, profielen: { '0518': { looptijdMaanden: 0 } } })).toThrow();
    expect(() => parseDeploymentConfig({ ...basis, profielen: { '0518': { kleur: 'rood' } } })).toThrow(
      /no profile field/,
    );
    const config = parseDeploymentConfig({ ...basis, profielen: { '0518': { maxDagenZonderContact: 21 } } });
    expect(metBronnen('0518', config)).toMatchObject({
      maxDagenZonderContact: 21,
      bronnen: { maxDagenZonderContact: { soort: 'deployment', deployment: 'test' } },
    });
    expect(metBronnen('0518').maxDagenZonderContact).toBe(42);
  });
});
