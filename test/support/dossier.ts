import { type Doelgroep, heeftKoppeling } from '@wegwijs/contracts';
import { plusDagen, vandaag } from './datums';
import type { TestPlatform } from './platform';

export interface Dossier {
  id: string;
  consulent: string;
  begeleider: string;
  inburgeraar: string;
  fg: string;
}

/**
 * Registers an inburgeraar in `cbs` with a dwelling allotted 60 days ago (unless `woning: false`), and mints the tokens
 * of its parties.
 */
export async function nieuwDossier(
  p: TestPlatform,
  cbs: string,
  org: string,
  opties: { woning?: boolean; doelgroep?: string } = {},
): Promise<Dossier> {
  const consulent = await p.token({
    sub: `consulent-${cbs}`,
    rol: 'inburgeringsconsulent',
    org: `gemeente-${cbs}`,
    gemeenten: [cbs],
  });
  const start = plusDagen(vandaag(), -60);
  const res = await p.api('POST', '/v1/aanmeldingen', {
    token: consulent,
    body: {
      gemeente: cbs,
      doelgroep: opties.doelgroep ?? 'asielstatushouder',
      persoon: { voornaam: 'Yonas', achternaam: 'Tesfaye', geboortedatum: '1993-06-30', talen: ['ti'] },
      // Only a doelgroep with a COA koppeling has a koppelingsdatum (report 4.4).
      ...(heeftKoppeling((opties.doelgroep ?? 'asielstatushouder') as Doelgroep)
        ? { koppelingsdatum: plusDagen(start, -20) }
        : {}),
    },
  });
  if (res.status !== 201) throw new Error(`aanmelding failed: ${res.status}`);
  const id = res.body.inburgeraarId as string;
  if (opties.woning !== false) {
    await p.api('POST', `/v1/inburgeraars/${id}/woningtoewijzing`, { token: consulent, body: { datum: start } });
  }
  await p.settled();
  return {
    id,
    consulent,
    begeleider: await p.token({ sub: `mb-${cbs}`, rol: 'maatschappelijk-begeleider', org, gemeenten: [cbs] }),
    inburgeraar: await p.token({ sub: id, rol: 'inburgeraar' }),
    fg: await p.token({
      sub: `fg-${cbs}`,
      rol: 'functionaris-gegevensbescherming',
      org: `gemeente-${cbs}`,
      gemeenten: [cbs],
    }),
  };
}
