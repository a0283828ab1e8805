import type { Categorie, GemeenteRol } from '@wegwijs/contracts';
import type { Staat, Toestemming } from '../../src/domain/typen';

export const IB = 'ib-1';
export const GEMEENTE = '0518';
export const ORG = 'vluchtelingenwerk';
export const ANDERE_ORG = 'humanitas';

export function staatMet(toestemmingen: Toestemming[] = [], extra: Partial<Staat> = {}): Staat {
  return {
    inburgeraarId: IB,
    gemeente: GEMEENTE,
    doelgroep: 'asielstatushouder',
    uitvoeringsorganisatie: ORG,
    orgSinds: '2026-01-01T00:00:00.000Z',
    versie: 1,
    toestemmingen,
    ...extra,
  };
}

export function toestemming(
  id: string,
  categorieen: Categorie[],
  extra: Partial<Toestemming> & { rol?: GemeenteRol } = {},
): Toestemming {
  const { rol, ...rest } = extra;
  return {
    toestemmingId: id,
    inburgeraarId: IB,
    ontvanger: { gemeente: GEMEENTE, ...(rol ? { rol } : {}) },
    categorieen,
    doel: 'regie',
    geldigVanaf: '2026-01-01T00:00:00.000Z',
    expliciet: false,
    taal: 'ar',
    tekstversie: 'v1',
    vastgelegd: { wijze: 'app', door: IB },
    uitvoeringsorganisatie: ORG,
    statusHistorie: [{ status: 'actief', tijdstip: '2026-01-01T00:00:00.000Z', door: IB }],
    ...rest,
  };
}
