import { tellingSchema } from '@wegwijs/contracts';
import { pastInCatalogus } from '@wegwijs/contracts/events/regie-catalogus';
import { saldo } from '@wegwijs/contracts/tellingen-verschil';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regietellingen } from '../../src/domain/regietellingen';
import type { Verwijzing } from '../../src/domain/typen';
import { type Stap, volgendeStatus } from '../../src/domain/verwijzing';

const verstuurd = (extra: Partial<Verwijzing> = {}): Verwijzing => ({
  verwijzingId: 'vw-geheim',
  inburgeraarId: 'ib-geheim',
  naar: 'schuldhulpverlening',
  status: 'verstuurd',
  datum: '2026-03-30',
  toelichting: 'Schulden bij de woningcorporatie, geheime toelichting',
  grondslag: 'toestemming',
  toestemmingId: 'ts-geheim',
  verstuurdDoor: 'vluchtelingenwerk',
  bijgewerktOp: '2026-03-30T10:00:00.000Z',
  ...extra,
});

describe('sociaal-domein tellingen: verwijzingen per partner and uitkomst', () => {
  it('a new verwijzing counts as verstuurd per partner in the month it was sent', () => {
    // Act / Assert
    expect(regietellingen(undefined, verstuurd())).toEqual([
      {
        indicatorset: 'verwijzingen',
        indicator: 'verstuurd',
        maand: '2026-03',
        dimensies: { partner: 'schuldhulpverlening' },
        delta: 1,
      },
    ]);
  });

  it('each step counts its uitkomst in the month of the step; sent back and then closed counts both', () => {
    // Arrange
    const v = verstuurd();
    const teruggewezen = {
      ...v,
      status: 'teruggewezen' as const,
      bijgewerktOp: '2026-04-02T08:00:00.000Z',
      redenCode: 'taal' as const,
    };
    const afgerond = { ...teruggewezen, status: 'afgerond' as const, bijgewerktOp: '2026-05-01T08:00:00.000Z' };
    // Act
    const eerste = regietellingen(v, teruggewezen);
    const tweede = regietellingen(teruggewezen, afgerond);
    // Assert
    expect(eerste).toEqual([
      {
        indicatorset: 'verwijzingen',
        indicator: 'uitkomst',
        maand: '2026-04',
        dimensies: { partner: 'schuldhulpverlening', uitkomst: 'teruggewezen' },
        delta: 1,
      },
    ]);
    expect(tweede.map((t) => [t.maand, t.dimensies.uitkomst, t.delta])).toEqual([['2026-05', 'afgerond', 1]]);
  });

  it('a write that keeps the status (a replay, a warme overdracht marking it handed over) adds nothing', () => {
    // Arrange
    const v = verstuurd({ status: 'geaccepteerd' });
    // Act / Assert
    expect(regietellingen(v, structuredClone(v))).toEqual([]);
    expect(regietellingen(v, { ...v, overgedragenIn: 'od-1' })).toEqual([]);
    expect(regietellingen(v, undefined)).toEqual([]);
  });

  it('nothing personal leaves: no id, toelichting, consent or organisation', () => {
    // Arrange
    const v = verstuurd();
    // Act
    const tekst = JSON.stringify([
      ...regietellingen(undefined, v),
      ...regietellingen(v, { ...v, status: 'geaccepteerd' }),
    ]);
    // Assert
    for (const persoonlijk of ['geheim', 'vluchtelingenwerk', 'toestemming']) expect(tekst).not.toContain(persoonlijk);
  });

  it('property: over any path of steps the diffs count verstuurd once and each status reached once; a replay adds nothing', () => {
    const stap = fc.constantFrom<Stap>('acceptatie', 'terugwijzing', 'afronding');
    fc.assert(
      fc.property(fc.array(stap, { maxLength: 6 }), fc.boolean(), (stappen, herhaal) => {
        // Arrange: the lifecycle refuses what its rules do not allow (409), so only allowed steps are writes
        const staten: Verwijzing[] = [verstuurd()];
        stappen.forEach((s, i) => {
          const huidig = staten.at(-1) as Verwijzing;
          const status = volgendeStatus(huidig.status, s);
          if (!status) return;
          const na = { ...huidig, status, bijgewerktOp: `2026-0${4 + i}-01T00:00:00.000Z` };
          staten.push(na);
          if (herhaal) staten.push(structuredClone(na));
        });
        // Act
        const diffs = staten.flatMap((na, i) => regietellingen(i === 0 ? undefined : staten[i - 1], na));
        // Assert
        for (const t of diffs) expect(pastInCatalogus(t) && tellingSchema.safeParse(t).success).toBe(true);
        const bereikt = [...new Set(staten.slice(1).map((s) => s.status))];
        expect(
          saldo(diffs)
            .map((t) => [t.indicator, t.dimensies.uitkomst ?? '', t.delta])
            .sort(),
        ).toEqual([['verstuurd', '', 1], ...bereikt.map((u) => ['uitkomst', u, 1])].sort());
      }),
    );
  });
});
