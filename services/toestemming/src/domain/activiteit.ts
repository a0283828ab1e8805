import { delenActiviteit, type VerwerkingsactiviteitId } from '@wegwijs/contracts';
import type { LogEntry } from './typen';

/**
 * The processing activity of the verwerkingsregister a verwerkingenlog entry belongs to (GET /v1/verwerkingsactiviteiten).
 * An entry that names one keeps it; otherwise it follows from the action and categorie: a decision to share (gedeeld or
 * geweigerd) belongs to the sharing of its categorie, a read to the gemeente's inzage, a grant or withdrawal and the
 * removal of what was shared under a withdrawn consent to the management of consents, and any other removal to
 * destruction. Entries written before the field existed get theirs by the same rule when read: their hash stays as it
 * was stored (the field is not added to a stored entry), so the chain stays valid.
 */
export function activiteitVan(
  entry: Pick<LogEntry, 'actie' | 'categorie' | 'toestemmingId' | 'verwerkingsactiviteit'>,
): VerwerkingsactiviteitId {
  if (entry.verwerkingsactiviteit) return entry.verwerkingsactiviteit;
  switch (entry.actie) {
    case 'gedeeld':
    case 'geweigerd':
      return entry.categorie ? delenActiviteit(entry.categorie) : 'verwerkingenlog';
    case 'ingezien':
      return 'inzage-gemeente';
    case 'toestemming-gegeven':
    case 'toestemming-ingetrokken':
      return 'toestemmingenbeheer';
    case 'verwijderd':
      return entry.toestemmingId ? 'toestemmingenbeheer' : 'vernietiging';
    case 'overgedragen':
      return 'verhuizing';
  }
}
