import type { AgendapuntBody, AgendapuntUitkomstBody } from '@wegwijs/contracts';
import {
  Conflict,
  DomainRuleViolation,
  Forbidden,
  logger,
  metVolgende,
  NotFound,
  niets,
  type PaginaVraag,
  type Principal,
  schrijf,
  voerUit,
} from '@wegwijs/lambda-kit';
import { organisatiesVan, profielVan } from '@wegwijs/profielen';
import { keys } from '../adapters/keys';
import {
  AGENDAPUNT_BRON,
  agendapuntIdVan,
  agendapuntSleutel,
  agendaRegel,
  beslisUitkomst,
  type Deelnemer,
  deelnemerVan,
  isOudAgendapuntId,
  zichtOp,
} from '../domain/casuistiek';
import type { Agendapunt } from '../domain/typen';
import type { SociaalDeps } from './deps';
import { actorVan } from './toegang';

/**
 * The caller's part in the overleg of `cbs`: 404 outside their reach, 403 for a role that takes no part (or, with
 * `alleen`, not that part). Every gemeente of the report holds a structural overleg (report 3.5.2); its profile says
 * which form.
 */
export function deelname(
  d: SociaalDeps,
  principal: Principal,
  cbs: string,
  alleen?: 'uitvoering',
): Exclude<Deelnemer, { soort: 'geen-deelnemer' }> {
  const orgs = d.config.gemeenten.includes(cbs) ? organisatiesVan(d.config, cbs).map((o) => o.id) : [];
  const profiel = profielVan(cbs);
  const eigen = { extraRollen: profiel?.casuistiekoverleg.extraRollen, eigenMb: profiel?.uitvoering === 'gemeente' };
  const deelnemer = d.config.gemeenten.includes(cbs) ? deelnemerVan(principal, cbs, orgs, eigen) : undefined;
  if (!deelnemer) throw new NotFound();
  if (deelnemer.soort === 'geen-deelnemer') throw new Forbidden('Your role takes no part in the casuistiekoverleg.');
  if (alleen && deelnemer.soort !== alleen) {
    throw new Forbidden('Only the assigned uitvoeringsorganisatie puts a case forward.');
  }
  return deelnemer;
}

/** The assigned begeleider puts a case forward on the agenda of a date. */
export async function brengIn(d: SociaalDeps, principal: Principal, cbs: string, body: AgendapuntBody) {
  const deelnemer = deelname(d, principal, cbs);
  const dossier = await d.dossiers.dossier(body.inburgeraarId);
  if (!dossier || dossier.gemeente !== cbs) throw new NotFound('No such inburgeraar in this gemeente.');
  if (deelnemer.soort !== 'uitvoering' || dossier.uitvoeringsorganisatie !== deelnemer.org) {
    throw new Forbidden('Only the assigned uitvoeringsorganisatie puts a case forward.');
  }
  const punt: Agendapunt = {
    agendapuntId: agendapuntIdVan(body.datum, body.inburgeraarId),
    gemeente: cbs,
    inburgeraarId: body.inburgeraarId,
    datum: body.datum,
    ...(body.vraag !== undefined ? { vraag: body.vraag } : {}),
    ingebrachtDoor: actorVan(principal),
    ingebrachtOp: d.clock.now().toISOString(),
  };
  // One line per inburgeraar per date: a new line is written without a read; one already there is a 409.
  await voerUit(
    d,
    d.agendapunten,
    keys.agendapunt(cbs, punt.datum, punt.inburgeraarId),
    (h) => {
      if (h) throw new Conflict('This inburgeraar is already on the agenda of that date.');
      return schrijf(punt, [], undefined);
    },
    { gelezen: undefined },
  );
  logger.info('agendapunt ingebracht', { inburgeraarId: punt.inburgeraarId, agendapuntId: punt.agendapuntId });
  return punt;
}

/** Asks the broker whether a gemeente participant may read a vraag; an unreachable broker hides it (fail closed). */
async function magVraagLezen(d: SociaalDeps, punt: Agendapunt, leesId: string, correlationId: string) {
  try {
    const besluit = await d.beslispunt.beslis({
      inburgeraarId: punt.inburgeraarId,
      gemeente: punt.gemeente,
      categorie: 'signalen',
      // Every read is a new decision (and log entry): the broker answers a repeated bronId with its first decision.
      bronId: `${punt.agendapuntId}:${leesId}`,
      bronDetailType: AGENDAPUNT_BRON,
      actor: punt.ingebrachtDoor,
      correlationId,
    });
    return besluit.besluit === 'permit';
  } catch {
    return false;
  }
}

/** The agenda of `cbs` (of one date, when given): each participant sees what consent allows. */
export async function leesAgenda(
  d: SociaalDeps,
  principal: Principal,
  cbs: string,
  datum: string | undefined,
  vraag: PaginaVraag,
  correlationId: string,
) {
  const deelnemer = deelname(d, principal, cbs);
  const pagina = await d.agenda.agendaPagina(cbs, datum, vraag);
  const leesId = d.nieuwId();
  const items = [];
  for (const punt of pagina.items) {
    const dossier = await d.dossiers.dossier(punt.inburgeraarId);
    const zicht = zichtOp(deelnemer, punt, dossier?.uitvoeringsorganisatie);
    const toon =
      zicht === 'volledig' ||
      (zicht === 'vraag-bij-toestemming' && (await magVraagLezen(d, punt, leesId, correlationId)));
    items.push(agendaRegel(punt, toon));
  }
  return metVolgende({ gemeente: cbs, items }, pagina.volgende);
}

/** The key of a line stored before ids named their key (a bare ULID): found by reading the gemeente's agenda. */
async function oudPunt(d: SociaalDeps, cbs: string, agendapuntId: string) {
  const punt = await d.agenda.puntMetOudId(cbs, agendapuntId);
  return punt ? { sleutel: keys.agendapunt(cbs, punt.datum, punt.inburgeraarId) } : undefined;
}

/** What the overleg decided about one agenda item, and any opschaling (one conditional write of its line). */
export async function legUitkomstVast(
  d: SociaalDeps,
  principal: Principal,
  cbs: string,
  agendapuntId: string,
  body: AgendapuntUitkomstBody,
) {
  const deelnemer = deelname(d, principal, cbs);
  const sleutel = agendapuntSleutel(agendapuntId);
  const gevonden = sleutel
    ? { sleutel: keys.agendapunt(cbs, sleutel.datum, sleutel.inburgeraarId) }
    : isOudAgendapuntId(agendapuntId)
      ? await oudPunt(d, cbs, agendapuntId)
      : undefined;
  if (!gevonden) throw new NotFound('No such agenda item.');
  // Read once here (strongly consistent); the write path decides on it and re-reads only when the line changed since.
  const gelezen = await d.agendapunten.laad(gevonden.sleutel);
  const dossier = gelezen ? await d.dossiers.dossier(gelezen.staat.inburgeraarId) : undefined;
  const nu = d.clock.now().toISOString();
  const na = await voerUit(
    d,
    d.agendapunten,
    gevonden.sleutel,
    (h) => {
      const punt = h?.staat;
      if (!punt || punt.agendapuntId !== agendapuntId) throw new NotFound('No such agenda item.');
      const besluit = beslisUitkomst(deelnemer, punt, dossier?.uitvoeringsorganisatie, body, actorVan(principal), nu);
      if (besluit.kind === 'verboden') throw new Forbidden(besluit.detail);
      if (besluit.kind === 'geweigerd') throw new DomainRuleViolation(besluit.detail, besluit.slug);
      return besluit.kind === 'vastleggen' ? schrijf(besluit.punt, [], besluit.punt) : niets(punt);
    },
    { gelezen },
  );
  logger.info('casuistiek uitkomst', { agendapuntId, vervolg: body.vervolg });
  return agendaRegel(na, false);
}
