import ar from './catalogi/ar.json' with { type: 'json' };
import en from './catalogi/en.json' with { type: 'json' };
import fa from './catalogi/fa.json' with { type: 'json' };
import nl from './catalogi/nl.json' with { type: 'json' };
import ti from './catalogi/ti.json' with { type: 'json' };
import type { Taal } from './talen';

/** A message catalogue: ICU MessageFormat texts, the consent text with its version, and the review status. */
export interface Catalogus {
  /** `vastgesteld` (the Dutch source) or `wacht-op-review`: not yet reviewed by a qualified translator. */
  readonly _status: 'vastgesteld' | 'wacht-op-review';
  readonly _toelichting: string;
  readonly toestemmingstekst: { readonly versie: string; readonly tekst: string };
  readonly berichten: Readonly<Record<BerichtSleutel, string>>;
}

export type BerichtSleutel = keyof typeof nl.berichten;

export const CATALOGI: Record<Taal, Catalogus> = {
  nl: nl as Catalogus,
  en: en as Catalogus,
  ar: ar as Catalogus,
  ti: ti as Catalogus,
  fa: fa as Catalogus,
};
