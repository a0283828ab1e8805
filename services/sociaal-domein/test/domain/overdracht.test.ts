import { describe, expect, it } from 'vitest';
import { openSignalen, openVerwijzingen } from '../../src/domain/overdracht';
import type { Signaal, Verwijzing } from '../../src/domain/typen';

const signaal = (signaalId: string, status: Signaal['status']): Signaal => ({
  signaalId,
  inburgeraarId: 'i1',
  datum: '2026-01-01',
  soort: 'wonen',
  urgentie: 'laag',
  toelichting: 't',
  status,
  geregistreerdOp: '2026-01-01T00:00:00.000Z',
});
const verwijzing = (verwijzingId: string, extra: Partial<Verwijzing>): Verwijzing => ({
  verwijzingId,
  inburgeraarId: 'i1',
  naar: 'wmo',
  status: 'verstuurd',
  datum: '2026-01-01',
  toelichting: 't',
  grondslag: 'toestemming',
  verstuurdDoor: 'vluchtelingenwerk',
  bijgewerktOp: '2026-01-01T00:00:00.000Z',
  ...extra,
});

describe('open items of a warme overdracht', () => {
  it('takes signalen not yet handed over', () => {
    expect(openSignalen([signaal('a', 'open'), signaal('b', 'overgedragen')]).map((s) => s.signaalId)).toEqual(['a']);
  });

  it('takes running referrals, not closed ones, not handed-over ones, not the hand-over referrals themselves', () => {
    const items = [
      verwijzing('loopt', {}),
      verwijzing('geaccepteerd', { status: 'geaccepteerd' }),
      verwijzing('terug', { status: 'teruggewezen' }),
      verwijzing('dicht', { status: 'afgerond' }),
      verwijzing('al', { overgedragenIn: 'o1' }),
      verwijzing('nieuw', { uitOverdracht: 'o1' }),
    ];
    expect(openVerwijzingen(items).map((v) => v.verwijzingId)).toEqual(['loopt', 'geaccepteerd', 'terug']);
  });
});
