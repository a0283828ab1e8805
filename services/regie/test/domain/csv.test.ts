import { describe, expect, it } from 'vitest';
import { alsCsv } from '../../src/domain/csv';

describe('the CSV of the regie cells', () => {
  it('has the header, one line per cell, dimensions as k=v|k=v and "<5" for a suppressed cell', () => {
    const csv = alsCsv([
      {
        gemeente: '0361',
        periode: '2026-03',
        maand: '2026-03',
        indicator: 'inburgeraars',
        dimensies: { fase: 'opstartfase', doelgroep: 'nareiziger' },
        statistiek: 'aantal',
        waarde: 12,
        onderdrukt: false,
      },
      {
        gemeente: '0361',
        periode: '2026-K1',
        maand: '2026-03',
        indicator: 'koppeling--woningtoewijzing',
        dimensies: {},
        statistiek: 'p90',
        waarde: null,
        onderdrukt: true,
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'gemeente;periode;indicator;dimensies;statistiek;waarde',
      '0361;2026-03;inburgeraars;fase=opstartfase|doelgroep=nareiziger;aantal;12',
      '0361;2026-K1;koppeling--woningtoewijzing;;p90;<5',
      '',
    ]);
  });
});
