import { describe, expect, it } from 'vitest';
import { begeleidersStand, begeleidersTellingen } from '../src/domain/regie-begeleiders';
import type { Traject } from '../src/domain/traject';
import { gestartTraject, profiel } from './support-domein';

const DEN_HAAG = profiel('Den Haag');

/** A started Den Haag traject with these toewijzingen (vast unless said otherwise). */
const metBegeleiders = (
  id: string,
  toewijzingen: Partial<NonNullable<Traject['begeleiders']>[number]>[],
  extra: Partial<Traject> = {},
) => ({
  ...gestartTraject(DEN_HAAG, extra),
  inburgeraarId: id,
  begeleiders: toewijzingen.map((w, i) => ({
    toewijzingId: `${id}-${i}`,
    begeleiderId: 'b',
    rol: 'vast' as const,
    dienstverband: 'betaald' as const,
    van: '2025-03-01',
    ...w,
  })),
});

describe('capaciteit/begeleiders: distinct begeleiders per dienstverband', () => {
  it('counts each begeleider once however many trajecten they carry, by the dienstverband of their newest toewijzing', () => {
    // Arrange
    const trajecten = [
      metBegeleiders('t1', [
        { begeleiderId: 'anna' },
        { begeleiderId: 'maatje-1', rol: 'maatje', dienstverband: 'vrijwilliger' },
      ]),
      metBegeleiders('t2', [{ begeleiderId: 'anna' }]),
      metBegeleiders('t3', [{ begeleiderId: 'bram', dienstverband: 'vrijwilliger', van: '2025-03-01' }]),
      metBegeleiders('t4', [{ begeleiderId: 'bram', dienstverband: 'betaald', van: '2025-04-01' }]),
      metBegeleiders('t5', [{ begeleiderId: 'cor', tot: '2025-04-01' }]),
      metBegeleiders('t6', [{ begeleiderId: 'dirk' }], { afronding: { datum: '2025-04-01', soort: 'geleidelijk' } }),
    ];
    // Act
    const stand = begeleidersStand(DEN_HAAG, trajecten, '2025-05-01');
    // Assert: anna and bram (paid since April) betaald; maatje-1 vrijwilliger; cor ended, dirk's traject afgerond
    expect(stand).toEqual({ betaald: 2, vrijwilliger: 1 });
  });

  it('an id of another organisation is another person', () => {
    // Arrange
    const humanitas = metBegeleiders('t2', [{ begeleiderId: 'anna' }]);
    const trajecten = [
      metBegeleiders('t1', [{ begeleiderId: 'anna' }]),
      { ...humanitas, organisatieWijziging: { naar: 'humanitas', datum: '2025-02-01', occurredAt: 'x' } },
    ];
    // Act / Assert
    expect(begeleidersStand(DEN_HAAG, trajecten, '2025-05-01')).toEqual({ betaald: 2 });
  });

  it('publishes the change since the count before, in the month of the count; none when nothing changed', () => {
    // Act / Assert
    expect(begeleidersTellingen({}, { betaald: 2, vrijwilliger: 1 }, '2025-05-01')).toEqual([
      {
        indicatorset: 'capaciteit',
        indicator: 'begeleiders',
        maand: '2025-05',
        dimensies: { dienstverband: 'betaald' },
        delta: 2,
      },
      {
        indicatorset: 'capaciteit',
        indicator: 'begeleiders',
        maand: '2025-05',
        dimensies: { dienstverband: 'vrijwilliger' },
        delta: 1,
      },
    ]);
    expect(
      begeleidersTellingen({ betaald: 2, vrijwilliger: 1 }, { betaald: 3 }, '2025-06-01').map((t) => [
        t.dimensies,
        t.delta,
      ]),
    ).toEqual([
      [{ dienstverband: 'betaald' }, 1],
      [{ dienstverband: 'vrijwilliger' }, -1],
    ]);
    expect(begeleidersTellingen({ betaald: 2 }, { betaald: 2 }, '2025-07-01')).toEqual([]);
  });
});
