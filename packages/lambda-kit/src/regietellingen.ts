import { type Bron, RegietellingenBijgewerkt } from '@wegwijs/contracts';
import { inPartijen, type Telling } from '@wegwijs/contracts/tellingen-verschil';
import type { Geladen } from './aggregaat';
import { type UitgaandEvent, uitgaandAnoniem } from './outbox';
import type { AnoniemeMetaInput } from './publisher';
import { type Besluit, schrijf } from './schrijfpad';

/**
 * The RegietellingenBijgewerkt events of one write (issue 13): its tellingen in events of at most 100, none when the
 * write counts nothing. Anonymous: the meta names the gemeente, the actor's rol and org and the correlation, no person.
 */
export const regietellingenEvents = (
  bron: Bron,
  meta: AnoniemeMetaInput,
  tellingen: readonly Telling[],
): UitgaandEvent[] =>
  inPartijen(tellingen).map((partij) => uitgaandAnoniem(RegietellingenBijgewerkt, bron, meta, { tellingen: partij }));

/** What a context counts of one write: the tellingen events for the state before and after it and its events. */
export type Teller<S> = (voor: S | undefined, na: S, events: readonly UitgaandEvent[]) => UitgaandEvent[];

/**
 * A decision of the one write path that also carries the regie tellingen of its change, in the SAME write as the fact
 * (`voerUit(deps, opslag, sleutel, metRegietellingen(beslis, tel))`). The tellingen are the difference between the
 * state it read and the state it writes, so a decision made again after a lost condition counts against the state it
 * read then, and a write the kit finishes by its events' ids is not decided (nor counted) again.
 */
export const metRegietellingen =
  <S, R>(
    beslis: (huidig: Geladen<S> | undefined) => Besluit<S, R> | Promise<Besluit<S, R>>,
    tel: Teller<S>,
  ): ((huidig: Geladen<S> | undefined) => Promise<Besluit<S, R>>) =>
  async (huidig) => {
    const besluit = await beslis(huidig);
    if (besluit.soort !== 'schrijf') return besluit;
    const extra = tel(huidig?.staat, besluit.staat, besluit.events);
    return extra.length === 0 ? besluit : schrijf(besluit.staat, [...besluit.events, ...extra], besluit.antwoord);
  };
