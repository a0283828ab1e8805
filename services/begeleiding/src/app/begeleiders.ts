import type { BeeindigingBody, ToewijzingBody } from '@wegwijs/contracts';
import { NotFound } from '@wegwijs/lambda-kit';
import { beeindig, metToewijzingen, type Toewijzing, toewijzingenVan, wijsToe } from '../domain/begeleiders';
import { vereisNietInToekomst } from '../domain/regels';
import type { BegeleidingDeps } from './deps';
import { BESLISSERS } from './toegang';
import { schrijfOpTraject, type Verzoek } from './traject-schrijven';

/** Assigns a begeleider (issue 12: in sequence, each with its rol, paid or volunteer, from and until). */
export async function wijsBegeleiderToe(
  deps: BegeleidingDeps,
  req: Verzoek,
  body: ToewijzingBody,
): Promise<Toewijzing> {
  const toewijzingId = deps.nieuwId();
  const { traject } = await schrijfOpTraject(deps, req, BESLISSERS, (t, _profiel, dag) => {
    const van = body.van ?? dag;
    vereisNietInToekomst(van, dag, 'van');
    const lijst = wijsToe(t, { ...body, van, toewijzingId });
    return lijst ? { traject: metToewijzingen(t, lijst), events: [] } : undefined;
  });
  const opgeslagen =
    toewijzingenVan(traject).find((w) => w.toewijzingId === toewijzingId) ??
    toewijzingenVan(traject).find(
      (w) => w.tot === undefined && w.rol === body.rol && w.begeleiderId === body.begeleiderId,
    );
  if (!opgeslagen) throw new NotFound();
  return opgeslagen;
}

/** Ends a toewijzing on a date, with a reason. */
export async function beeindigToewijzing(
  deps: BegeleidingDeps,
  req: Verzoek,
  toewijzingId: string,
  body: BeeindigingBody,
): Promise<Toewijzing> {
  const { traject } = await schrijfOpTraject(deps, req, BESLISSERS, (t, _profiel, dag) => {
    vereisNietInToekomst(body.datum, dag);
    const uitkomst = beeindig(t, toewijzingId, body.datum, body.reden);
    if (!uitkomst) throw new NotFound();
    return { traject: metToewijzingen(t, uitkomst.begeleiders), events: [] };
  });
  const w = toewijzingenVan(traject).find((x) => x.toewijzingId === toewijzingId);
  if (!w) throw new NotFound();
  return w;
}
