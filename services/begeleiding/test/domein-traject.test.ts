import { describe, expect, it } from 'vitest';
import { nieuwTraject, pasFeitToe, type Traject, toegewezenOrganisatie } from '../src/domain/traject';

const aangemeld = (): Traject =>
  pasFeitToe(
    nieuwTraject('ib-1', '0518'),
    {
      soort: 'aanmelding',
      doelgroep: 'asielstatushouder',
      uitvoeringsorganisatie: 'vluchtelingenwerk',
      koppelingsdatum: '2025-01-10',
    },
    '2025-01-10T09:00:00.000Z',
  );

describe('applying facts to a traject', () => {
  it('keeps the newest woningtoewijzing, whatever the arrival order', () => {
    const a = { soort: 'woningtoewijzing' as const, datum: '2025-03-01' };
    const b = { soort: 'woningtoewijzing' as const, datum: '2025-03-05' };
    const eerstA = pasFeitToe(pasFeitToe(aangemeld(), a, '2025-03-01T00:00:00Z'), b, '2025-03-02T00:00:00Z');
    const eerstB = pasFeitToe(pasFeitToe(aangemeld(), b, '2025-03-02T00:00:00Z'), a, '2025-03-01T00:00:00Z');
    expect(eerstA.woningtoewijzing?.datum).toBe('2025-03-05');
    expect(eerstB).toEqual(eerstA);
  });

  it('hands the traject to the newest organisation and lets it assign its own begeleider', () => {
    const metBegeleider: Traject = {
      ...aangemeld(),
      begeleider: { begeleiderId: 'anna', soort: 'betaald', sinds: '2025-03-01' },
    };
    const wijziging = { soort: 'organisatie-gewijzigd' as const, naar: 'humanitas', datum: '2025-04-01' };
    const na = pasFeitToe(metBegeleider, wijziging, '2025-04-01T00:00:00Z');
    const ouder = pasFeitToe(na, { ...wijziging, naar: 'inova', datum: '2025-03-15' }, '2025-03-15T00:00:00Z');
    expect(toegewezenOrganisatie(na)).toBe('humanitas');
    expect(na.begeleider).toBeUndefined();
    expect(ouder).toEqual(na);
  });

  it('keeps the begeleider when a change names the organisation already assigned', () => {
    const t: Traject = { ...aangemeld(), begeleider: { begeleiderId: 'anna', soort: 'betaald', sinds: '2025-03-01' } };
    const na = pasFeitToe(t, { soort: 'organisatie-gewijzigd', naar: 'vluchtelingenwerk', datum: '2025-04-01' }, 'x');
    expect(na.begeleider?.begeleiderId).toBe('anna');
  });
});
