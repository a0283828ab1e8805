import type { Partij, Zin } from '../domain/verwerkingen';
import type { BerichtSleutel } from '../i18n/catalogi';
import type { Vertaler } from '../i18n/vertaler';

/** A message key built from a code (categorie, doel, rol, fase); unknown codes fall back to a neutral word. */
export function code(v: Vertaler, prefix: string, waarde: string | undefined, anders: BerichtSleutel): string {
  try {
    return waarde ? v.t(`${prefix}${waarde}` as BerichtSleutel) : v.t(anders);
  } catch {
    return v.t(anders);
  }
}

export const rolTekst = (v: Vertaler, rol: string) => code(v, 'rol.', rol, 'partij.gemeente');

export function ontvangerTekst(v: Vertaler, gemeenteNaam: string, rol: string | undefined): string {
  return rol
    ? v.t('ontvanger.rol', { gemeente: gemeenteNaam, rol: rolTekst(v, rol) })
    : v.t('ontvanger.gemeente', { gemeente: gemeenteNaam });
}

export function partijTekst(v: Vertaler, p: Partij): string {
  if (p.soort === 'naam') return p.naam;
  if (p.soort === 'gemeente-rol') return v.t('partij.gemeenteRol', { gemeente: p.gemeente, rol: rolTekst(v, p.rol) });
  return v.t(p.sleutel);
}

/** One log entry as a sentence in the reader's language. */
export function zinTekst(v: Vertaler, z: Zin): string {
  return v.t(z.sleutel, {
    datum: v.datum(z.datum),
    van: partijTekst(v, z.van),
    aan: partijTekst(v, z.aan),
    wat: z.categorieen.length
      ? v.lijst(z.categorieen.map((c) => code(v, 'wat.', c, 'wat.onbekend')))
      : v.t('wat.onbekend'),
    gegevenOp: z.gegevenOp ? v.datum(z.gegevenOp) : '',
  });
}
