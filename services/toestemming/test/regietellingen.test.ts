import { CATEGORIEEN, tellingSchema } from '@wegwijs/contracts';
import { pastInCatalogus } from '@wegwijs/contracts/events/regie-catalogus';
import { saldo, verschil } from '@wegwijs/contracts/tellingen-verschil';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regietellingen, tellingenVan } from '../src/domain/regietellingen';
import { dateerIntrekking, trekIn } from '../src/domain/toestemming';
import type { Staat, Toestemming } from '../src/domain/typen';

const staat = (toestemmingen: Toestemming[] = []): Staat => ({
  inburgeraarId: 'ib-geheim',
  gemeente: '0518',
  uitvoeringsorganisatie: 'vluchtelingenwerk',
  orgSinds: '2026-01-05T00:00:00.000Z',
  versie: 1,
  toestemmingen,
});

const toestemming = (id: string, categorieen: Toestemming['categorieen'], op: string): Toestemming => ({
  toestemmingId: id,
  inburgeraarId: 'ib-geheim',
  ontvanger: { gemeente: '0518' },
  categorieen,
  doel: 'geheim doel',
  geldigVanaf: op,
  expliciet: true,
  taal: 'ar',
  tekstversie: 'v1',
  vastgelegd: { wijze: 'app', door: 'sub-geheim' },
  uitvoeringsorganisatie: 'vluchtelingenwerk',
  statusHistorie: [{ status: 'actief', tijdstip: op, door: 'sub-geheim' }],
});

describe('toestemming tellingen: consents given and withdrawn per categorie', () => {
  it('a consent counts once per categorie it covers, in the month it was given', () => {
    // Arrange
    const voor = staat();
    const na = {
      ...staat([toestemming('ts-1', ['contactmomenten', 'signalen'], '2026-03-31T23:00:00.000Z')]),
      versie: 2,
    };
    // Act / Assert
    expect(regietellingen(voor, na)).toEqual([
      {
        indicatorset: 'toestemmingen',
        indicator: 'gegeven',
        maand: '2026-03',
        dimensies: { categorie: 'contactmomenten' },
        delta: 1,
      },
      {
        indicatorset: 'toestemmingen',
        indicator: 'gegeven',
        maand: '2026-03',
        dimensies: { categorie: 'signalen' },
        delta: 1,
      },
    ]);
  });

  it('a withdrawal counts ingetrokken per categorie; its re-dating to the log entry moves it across a month boundary', () => {
    // Arrange
    const gegeven = staat([toestemming('ts-1', ['zelfredzaamheid'], '2026-03-02T10:00:00.000Z')]);
    const ingetrokken = trekIn(gegeven, 'ts-1', '2026-04-30T23:59:59.900Z', 'sub-geheim');
    const gedateerd = dateerIntrekking(ingetrokken, 'ts-1', '2026-05-01T00:00:00.100Z');
    // Act
    const intrekking = regietellingen(gegeven, ingetrokken);
    const datering = regietellingen(ingetrokken, gedateerd);
    // Assert
    expect(intrekking.map((t) => [t.indicator, t.maand, t.dimensies.categorie, t.delta])).toEqual([
      ['ingetrokken', '2026-04', 'zelfredzaamheid', 1],
    ]);
    expect(datering.map((t) => [t.indicator, t.maand, t.delta])).toEqual([
      ['ingetrokken', '2026-04', -1],
      ['ingetrokken', '2026-05', 1],
    ]);
  });

  it('a write that changes no consent (a decision, a read, a replay) adds nothing', () => {
    // Arrange
    const s = staat([toestemming('ts-1', ['zelfredzaamheid'], '2026-03-02T10:00:00.000Z')]);
    // Act / Assert
    expect(regietellingen(s, { ...s, versie: 7, afgerondOp: '2026-09-01' })).toEqual([]);
    expect(regietellingen(s, structuredClone(s))).toEqual([]);
  });

  it('nothing personal leaves: no id, recipient detail, text, language or who gave it', () => {
    // Act
    const tekst = JSON.stringify(tellingenVan(staat([toestemming('ts-geheim', ['signalen'], '2026-03-02T10:00:00Z')])));
    // Assert
    for (const persoonlijk of ['geheim', '0518', 'vluchtelingenwerk', '"ar"', 'app'])
      expect(tekst).not.toContain(persoonlijk);
  });

  it('property: the diffs of any sequence of grants and withdrawals add up to the final state; a replay adds nothing', () => {
    const moment = fc
      .date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString());
    const stap = fc.oneof(
      fc.record({
        soort: fc.constant('geef' as const),
        categorieen: fc.uniqueArray(fc.constantFrom(...CATEGORIEEN), { minLength: 1, maxLength: 3 }),
        op: moment,
      }),
      fc.record({ soort: fc.constant('trek-in' as const), welke: fc.nat(), op: moment }),
    );
    fc.assert(
      fc.property(fc.array(stap, { maxLength: 10 }), (stappen) => {
        // Arrange
        const staten: Staat[] = [staat()];
        stappen.forEach((s, i) => {
          const huidig = staten.at(-1) as Staat;
          if (s.soort === 'geef') {
            staten.push({
              ...huidig,
              versie: huidig.versie + 1,
              toestemmingen: [...huidig.toestemmingen, toestemming(`ts-${i}`, s.categorieen, s.op)],
            });
          } else {
            const doel = huidig.toestemmingen[s.welke % Math.max(1, huidig.toestemmingen.length)];
            if (doel) staten.push(trekIn(huidig, doel.toestemmingId, s.op, 'sub'));
          }
        });
        // Act
        const diffs = staten.slice(1).flatMap((na, i) => regietellingen(staten[i], na));
        const laatste = staten.at(-1);
        // Assert
        expect(saldo(diffs)).toEqual(verschil([], tellingenVan(laatste)));
        for (const t of diffs) expect(pastInCatalogus(t) && tellingSchema.safeParse(t).success).toBe(true);
        expect(regietellingen(laatste, structuredClone(laatste))).toEqual([]);
      }),
    );
  });
});
