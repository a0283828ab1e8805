import { type EventData, uitnodigingBronId, type VoortgangGedeeld } from '@wegwijs/contracts';
import type { Inburgeraar, InburgeringsFeit } from './inburgeraar';

type Gedeeld = EventData<typeof VoortgangGedeeld>;

/**
 * Applies what the broker shared to the inburgeraar (pure; undefined when nothing changes):
 * - an MB-side milestone (regeldag, end of the opstartfase, praktische-zaken) for the gemeente's timeline;
 * - a fact of the inburgering shared with an organisation (inburgering), or the invitation to the brede intake
 *   (brede-intake): the organisation may see it on the timeline. Matched by bronId, so a decision about an older
 *   version of the fact changes nothing.
 */
export function pasGedeeldToe(inburgeraar: Inburgeraar, gedeeld: Gedeeld): Inburgeraar | undefined {
  if (gedeeld.mijlpaal) {
    const { soort, datum } = gedeeld.mijlpaal;
    if (inburgeraar.mbMijlpalen?.[soort] === datum) return undefined;
    return { ...inburgeraar, mbMijlpalen: { ...inburgeraar.mbMijlpalen, [soort]: datum } };
  }
  const org = gedeeld.uitvoeringsorganisatie;
  if (!org || (gedeeld.categorie !== 'inburgering' && gedeeld.categorie !== 'brede-intake')) return undefined;
  return werkFeitBij(inburgeraar, gedeeld.bronId, (feit, uitnodiging) =>
    uitnodiging
      ? feit.uitnodigingGedeeldMet === org
        ? undefined
        : { ...feit, uitnodigingGedeeldMet: org }
      : feit.gedeeldMet === org
        ? undefined
        : { ...feit, gedeeldMet: org },
  );
}

/** A withdrawn consent for brede-intake takes the invitation away from the organisation's timeline. */
export function pasVerwijderingToe(inburgeraar: Inburgeraar, bronId: string): Inburgeraar | undefined {
  return werkFeitBij(inburgeraar, bronId, (feit, uitnodiging) => {
    if (!uitnodiging || feit.uitnodigingGedeeldMet === undefined) return undefined;
    const { uitnodigingGedeeldMet: _weg, ...rest } = feit;
    return rest;
  });
}

function werkFeitBij(
  inburgeraar: Inburgeraar,
  bronId: string,
  werk: (feit: InburgeringsFeit, uitnodiging: boolean) => InburgeringsFeit | undefined,
): Inburgeraar | undefined {
  for (const [soort, feit] of Object.entries(inburgeraar.inburgering ?? {})) {
    if (!feit) continue;
    const uitnodiging = bronId === uitnodigingBronId(feit.mijlpaalId);
    if (bronId !== feit.mijlpaalId && !uitnodiging) continue;
    const nieuw = werk(feit, uitnodiging);
    return nieuw ? { ...inburgeraar, inburgering: { ...inburgeraar.inburgering, [soort]: nieuw } } : undefined;
  }
  return undefined;
}
