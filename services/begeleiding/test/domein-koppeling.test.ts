import type { Doelgroep } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { startdatumVan } from '../src/domain/fase';
import { faseWijziging } from '../src/domain/fase-wijziging';
import { metOpstartAfspraken } from '../src/domain/opstart';
import { faseGeschiedenis } from '../src/domain/regietellingen';
import type { Traject } from '../src/domain/traject';
import { BRP, gestartTraject, profiel, WONING } from './support-domein';

/** A doelgroep without a COA koppeling (report 4.4): the aanmelding arrives without a koppelingsdatum. */
const zonderKoppeling = (p: Profiel, doelgroep: Doelgroep): Traject => {
  const t = gestartTraject(p);
  return {
    ...t,
    aanmelding: { doelgroep, uitvoeringsorganisatie: p.uitvoeringsorganisatie, occurredAt: '2025-02-03T09:00:00.000Z' },
  };
};
const opDag = (p: Profiel, t: Traject, dag: string): Traject => {
  const gepland = metOpstartAfspraken(p, t);
  return faseWijziging(p, gepland, dag)?.traject ?? gepland;
};

describe('4.4: a traject without a koppeling starts by the profile, from no made-up date', () => {
  it.each([
    ['Den Haag', 'oudere'],
    ['Den Haag', 'ex-nidos-jongere'],
    ['Roermond', 'oudere'],
    ['Roermond', 'ex-nidos-jongere'],
    ['Rotterdam', 'gezinsmigrant'],
  ] as const)(
    '4.4: %s %s: MB starts at the woningtoewijzing or BRP-inschrijving, aangemeld from the aanmelding',
    (naam, doelgroep) => {
      const p = profiel(naam);
      const t = zonderKoppeling(p, doelgroep);
      const start = doelgroep === 'gezinsmigrant' ? BRP : WONING;
      expect(startdatumVan(p, t)).toBe(start);
      const reeks = faseGeschiedenis(p, opDag(p, t, '2025-03-25'));
      expect(reeks[0]).toEqual({ fase: 'aangemeld', van: '2025-02-03', tot: start });
    },
  );

  it('4.4: Groningen starts MB at the koppeling: without one (none of its doelgroepen lacks one today) no start is invented', () => {
    const p = profiel('Groningen');
    const t = zonderKoppeling(p, 'oudere');
    const zonderDatums: Traject = { ...t, woningtoewijzing: undefined, brpInschrijving: undefined } as Traject;
    expect(startdatumVan(p, zonderDatums)).toBeUndefined();
    expect(p.startmoment).toBe('koppeling');
  });
});
