import {
  type AanwezigheidBody,
  type AfspraakBody,
  ContactmomentVastgelegd,
  type VerplaatsingBody,
} from '@wegwijs/contracts';
import { NotFound } from '@wegwijs/lambda-kit';
import {
  type Afspraak,
  gesorteerd,
  herplan,
  IN_PERSOON,
  legAanwezigheidVast,
  STANDAARD_VORM,
  verplaats,
} from '../domain/afspraken';
import { laatste } from '../domain/datum';
import type { BegeleidingDeps } from './deps';
import { UITVOERDERS } from './toegang';
import { schrijfOpTraject, type Verzoek } from './traject-schrijven';
import { uitgaandEvent } from './traject-werk';

/**
 * Plans a follow-up afspraak of the begeleider (issue 12), or re-plans a cancelled or missed one (`vervangt`, issue
 * 22): the old one keeps what happened and points to the new one. Answers the afspraak as stored.
 */
export async function planAfspraak(deps: BegeleidingDeps, req: Verzoek, body: AfspraakBody): Promise<Afspraak> {
  const afspraakId = deps.nieuwId();
  const afspraak: Afspraak = {
    afspraakId,
    datum: body.datum,
    herkomst: 'begeleider',
    vorm: body.vorm ?? STANDAARD_VORM,
    ...(body.begeleiderId ? { begeleiderId: body.begeleiderId } : {}),
    status: 'gepland',
  };
  const { traject } = await schrijfOpTraject(deps, req, UITVOERDERS, (t, _profiel, dag) => {
    const bestaand = t.afspraken ?? [];
    const afspraken = body.vervangt
      ? herplan(bestaand, body.vervangt, afspraak, dag)
      : gesorteerd([...bestaand, afspraak]);
    return { traject: { ...t, afspraken }, events: [] };
  });
  return (traject.afspraken ?? []).find((a) => a.afspraakId === afspraakId) ?? afspraak;
}

/** Moves a planned afspraak to another day (issue 22); the old day stays in its geschiedenis. */
export async function verplaatsAfspraak(
  deps: BegeleidingDeps,
  req: Verzoek,
  afspraakId: string,
  body: VerplaatsingBody,
): Promise<Afspraak> {
  const { traject } = await schrijfOpTraject(deps, req, UITVOERDERS, (t, _profiel, dag) => {
    const huidig = (t.afspraken ?? []).find((a) => a.afspraakId === afspraakId);
    if (!huidig) throw new NotFound();
    const nieuw = verplaats(huidig, body, dag);
    if (!nieuw) return undefined;
    const afspraken = gesorteerd((t.afspraken ?? []).map((a) => (a.afspraakId === afspraakId ? nieuw : a)));
    return { traject: { ...t, afspraken }, events: [] };
  });
  const opgeslagen = (traject.afspraken ?? []).find((a) => a.afspraakId === afspraakId);
  if (!opgeslagen) throw new NotFound();
  return opgeslagen;
}

/**
 * Records attendance and the interpreter of an afspraak. A verschenen afspraak is a contactmoment (dates and form reach
 * the broker as ContactmomentVastgelegd); a missed one puts the inburgeraar on niet-gezien until the next contact.
 */
export async function legAanwezigheidVastVan(
  deps: BegeleidingDeps,
  req: Verzoek,
  afspraakId: string,
  body: AanwezigheidBody,
): Promise<Afspraak> {
  const contactmomentId = deps.nieuwId();
  const { traject } = await schrijfOpTraject(deps, req, UITVOERDERS, (t, _profiel, dag, ctx) => {
    const huidig = (t.afspraken ?? []).find((a) => a.afspraakId === afspraakId);
    if (!huidig) throw new NotFound();
    const nieuw = legAanwezigheidVast(huidig, body, dag, contactmomentId);
    if (!nieuw) return undefined;
    const afspraken = (t.afspraken ?? []).map((a) => (a.afspraakId === afspraakId ? nieuw : a));
    if (nieuw.status !== 'verschenen' || !nieuw.contactmomentId || !nieuw.duurMinuten) {
      return { traject: { ...t, afspraken }, events: [] };
    }
    const traject = {
      ...t,
      afspraken,
      laatsteContact: laatste(t.laatsteContact, nieuw.datum),
      ...(IN_PERSOON.has(nieuw.vorm) ? { laatstGezien: laatste(t.laatstGezien, nieuw.datum) } : {}),
    };
    const data = {
      contactmomentId: nieuw.contactmomentId,
      datum: nieuw.datum,
      vorm: nieuw.vorm,
      duurMinuten: nieuw.duurMinuten,
    };
    return { traject, events: [uitgaandEvent(ContactmomentVastgelegd, traject, ctx, data)] };
  });
  const opgeslagen = (traject.afspraken ?? []).find((a) => a.afspraakId === afspraakId);
  if (!opgeslagen) throw new NotFound();
  return opgeslagen;
}
