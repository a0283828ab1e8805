import { describe, expect, it } from 'vitest';
import { bereikVan, buitenCaseload, opentDossier, overschrijdt, tijdvak, vensterBegin } from '../src/domain/toegang';

describe('who reads the access log', () => {
  it('gives the FG its gemeenten, a teamleider its own organisation, everyone else nothing', () => {
    expect(
      bereikVan({ rol: 'functionaris-gegevensbescherming', org: 'gemeente-0518', gemeenten: ['0518'] }, '0518'),
    ).toEqual({ soort: 'gemeente' });
    expect(bereikVan({ rol: 'teamleider', org: 'vluchtelingenwerk', gemeenten: ['0518'] }, '0518')).toEqual({
      soort: 'organisatie',
      org: 'vluchtelingenwerk',
    });
    expect(
      bereikVan({ rol: 'functionaris-gegevensbescherming', org: 'gemeente-0014', gemeenten: ['0014'] }, '0518'),
    ).toBe('gemeente');
    for (const rol of [
      'beleidsmedewerker',
      'inburgeringsconsulent',
      'maatschappelijk-begeleider',
      'inburgeraar',
    ] as const) {
      expect(bereikVan({ rol, org: 'gemeente-0518', gemeenten: ['0518'] }, '0518'), rol).toBe('rol');
    }
  });
});

describe('watching for misuse', () => {
  it('counts a successful request of staff about one inburgeraar as opening a dossier', () => {
    const actor = { sub: 's', rol: 'inburgeringsconsulent' as const };
    expect(opentDossier({ actor, object: 'i', resultaat: 200 })).toBe(true);
    expect(opentDossier({ actor, object: 'i', resultaat: 404 })).toBe(false);
    expect(opentDossier({ actor, resultaat: 200 })).toBe(false);
    expect(opentDossier({ actor: { sub: 'i', rol: 'inburgeraar' }, object: 'i', resultaat: 200 })).toBe(false);
  });

  it('signals above the threshold, not at it, within the hour before', () => {
    expect([overschrijdt(50, 50), overschrijdt(51, 50)]).toEqual([false, true]);
    expect(vensterBegin('2026-12-07T10:30:00.000Z')).toBe('2026-12-07T09:30:00.000Z');
  });
});

describe('the time filter', () => {
  it('takes a date as a whole day and an instant as it is, and refuses what is not on the calendar', () => {
    expect(tijdvak('2026-12-01', '2026-12-07')).toEqual({
      van: '2026-12-01T00:00:00.000Z',
      tot: '2026-12-07T23:59:59.999Z~',
    });
    expect(tijdvak('2026-12-01T10:00:00Z', undefined)).toEqual({ van: '2026-12-01T10:00:00.000Z', tot: '9999~' });
    expect(tijdvak(undefined, undefined)).toEqual({ van: '0000', tot: '9999~' });
    expect(tijdvak('2026-02-30', undefined)).toBeUndefined();
    expect(tijdvak(undefined, '2026-13-01')).toBeUndefined();
  });
});

describe('the bewaartermijn', () => {
  it("keeps entries for the deployment's toegangslog term, at least a year", async () => {
    const { toegangslogInstellingen } = await import('@wegwijs/profielen');
    const bron = { aanname: 'test' };
    expect(toegangslogInstellingen({}).bewaarDagen).toBe(366);
    expect(
      toegangslogInstellingen({ bewaartermijnen: { toegangslog: { jaren: 2, vanaf: 'einde-traject', bron } } })
        .bewaarDagen,
    ).toBe(731);
    expect(
      toegangslogInstellingen({ bewaartermijnen: { toegangslog: { maanden: 3, vanaf: 'einde-traject', bron } } })
        .bewaarDagen,
    ).toBe(366);
  });
});

describe('reads outside the own caseload (issue 20, point 2)', () => {
  const verzoek = (rol: 'vrijwilliger' | 'maatschappelijk-begeleider' | 'teamleider', sub: string) => ({
    actor: { sub, rol, org: 'humanitas' },
    object: 'ib-1',
  });
  it("is a vrijwilliger's request about anyone not assigned to them, known or not", () => {
    expect(buitenCaseload(verzoek('vrijwilliger', 'vw-1'), ['vw-1'])).toBe(false);
    expect(buitenCaseload(verzoek('vrijwilliger', 'vw-1'), ['vw-2'])).toBe(true);
    expect(buitenCaseload(verzoek('vrijwilliger', 'vw-1'), [])).toBe(true);
    expect(buitenCaseload(verzoek('vrijwilliger', 'vw-1'), undefined)).toBe(true);
  });
  it("is a begeleider's request about an inburgeraar others are assigned to; where nobody is known, nothing", () => {
    expect(buitenCaseload(verzoek('maatschappelijk-begeleider', 'mb-1'), ['mb-1', 'vw-2'])).toBe(false);
    expect(buitenCaseload(verzoek('maatschappelijk-begeleider', 'mb-1'), ['mb-2'])).toBe(true);
    expect(buitenCaseload(verzoek('maatschappelijk-begeleider', 'mb-1'), [])).toBe(false);
    expect(buitenCaseload(verzoek('maatschappelijk-begeleider', 'mb-1'), undefined)).toBe(false);
  });
  it("is never a teamleider's (no caseload of their own) nor a request about no dossier", () => {
    expect(buitenCaseload(verzoek('teamleider', 'tl-1'), ['mb-2'])).toBe(false);
    expect(buitenCaseload({ actor: { sub: 'vw-1', rol: 'vrijwilliger' } }, ['vw-2'])).toBe(false);
  });
});
