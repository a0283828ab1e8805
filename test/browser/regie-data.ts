import { plusDagen, plusMaanden, vandaag } from '../support/datums';
import type { TestPlatform } from '../support/platform';

/**
 * The regie monitor's data, made only through the public API: aanmeldingen (koppeling in a month, a woning 30 days
 * later) per gemeente, so that some cells of the page count 5 or more and some are suppressed ("<5").
 */
export const maandTerug = (n: number) => plusMaanden(`${vandaag().slice(0, 7)}-01`, -n).slice(0, 7);

/** Per gemeente: how many aanmeldingen in the month two back (M2) and one back (M1). */
export const REGIE_DATA: Readonly<Record<string, { m2: number; m1: number }>> = {
  '0518': { m2: 6, m1: 2 },
  '0361': { m2: 5, m1: 1 },
  '0373': { m2: 3, m1: 7 },
};

export async function maakRegieData(p: TestPlatform): Promise<void> {
  for (const [cbs, aantallen] of Object.entries(REGIE_DATA)) {
    const consulent = await p.token({
      sub: `consulent-${cbs}`,
      rol: 'inburgeringsconsulent',
      org: `gemeente-${cbs}`,
      gemeenten: [cbs],
    });
    for (const [terug, aantal] of [
      [2, aantallen.m2],
      [1, aantallen.m1],
    ] as const) {
      for (let i = 0; i < aantal; i++) {
        const koppeling = `${maandTerug(terug)}-0${1 + (i % 9)}`;
        const res = await p.api('POST', '/v1/aanmeldingen', {
          token: consulent,
          body: {
            gemeente: cbs,
            doelgroep: 'asielstatushouder',
            persoon: { voornaam: 'Amal', achternaam: 'Haddad', geboortedatum: '1990-04-12', talen: ['ar'] },
            koppelingsdatum: koppeling,
          },
        });
        if (res.status !== 201) throw new Error(`aanmelding failed: ${res.status}`);
        const woning = plusDagen(koppeling, 30);
        if (woning <= vandaag()) {
          await p.api('POST', `/v1/inburgeraars/${res.body.inburgeraarId}/woningtoewijzing`, {
            token: consulent,
            body: { datum: woning },
          });
        }
      }
    }
  }
  await p.settled();
}
