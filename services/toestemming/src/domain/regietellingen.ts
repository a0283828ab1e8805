import { feit, type Telling, verschil } from '@wegwijs/contracts/tellingen-verschil';
import type { Staat } from './typen';

/**
 * Every counted fact of the broker's staat (pure; no id, no recipient, no text leaves): per consent and per categorie
 * it covers, toestemmingen/gegeven in the month it was given and, once withdrawn, toestemmingen/ingetrokken in the month
 * of the withdrawal. How often inburgeraars choose to share, per categorie (issue 13).
 */
export function tellingenVan(staat: Staat | undefined): Telling[] {
  return (staat?.toestemmingen ?? []).flatMap((t) =>
    t.categorieen.flatMap((categorie) => [
      feit('toestemmingen', 'gegeven', t.geldigVanaf, { categorie }),
      ...(t.ingetrokkenOp === undefined ? [] : [feit('toestemmingen', 'ingetrokken', t.ingetrokkenOp, { categorie })]),
    ]),
  );
}

/**
 * What one write of the staat adds: after minus before. A withdrawal re-dated across a month boundary (the date of its
 * place in the verwerkingenlog) moves its count; a decision, a read or a replay that changes no consent adds nothing.
 */
export const regietellingen = (voor: Staat | undefined, na: Staat | undefined): Telling[] =>
  verschil(tellingenVan(voor), tellingenVan(na));
