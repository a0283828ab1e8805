import { PROFIELEN } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import type { Inburgeraar } from '../src/domain/inburgeraar';
import {
  trajectProjectieUit,
  trajectVan,
  verlengingUit,
  voegTrajectSamen,
  voegVerlengingToe,
} from '../src/domain/traject';

const castricum = PROFIELEN.get('0383');
const basis = { categorie: 'trajectstatus' };
const fase = (v: string, einddatum: string) =>
  trajectProjectieUit(
    { ...basis, trajectstatus: { fase: 'begeleidingsfase', startdatum: '2026-10-01', einddatum } },
    v,
  );

describe('the einddatum of a verlenging the broker shared', () => {
  it('extends the einddatum, whichever of the fase and verlenging events arrives first', () => {
    // Arrange
    if (!castricum) throw new Error('no profile');
    const faseEvent = fase('2026-11-01T00:00:00.000Z#A', '2027-10-01');
    const verlenging = verlengingUit(
      { ...basis, verlenging: { einddatum: '2028-04-01' } },
      '2026-11-02T00:00:00.000Z#B',
    );
    if (!faseEvent || !verlenging) throw new Error('no projection');
    // Act
    const eerstFase = voegVerlengingToe(voegTrajectSamen(undefined, faseEvent), verlenging);
    const eerstVerlenging = voegTrajectSamen(voegVerlengingToe(undefined, verlenging), faseEvent);
    // Assert
    const ib = (traject: Inburgeraar['traject']) => ({ koppelingsdatum: '2026-09-01', traject }) as Inburgeraar;
    expect(trajectVan(castricum, ib(eerstFase))).toEqual({
      fase: 'begeleidingsfase',
      startdatum: '2026-10-01',
      einddatum: '2028-04-01',
    });
    expect(trajectVan(castricum, ib(eerstVerlenging))).toEqual({
      fase: 'begeleidingsfase',
      startdatum: '2026-10-01',
      einddatum: '2028-04-01',
    });
  });

  it('ignores a repeated or older verlenging, and a later fase event carries its own einddatum', () => {
    const verlenging = verlengingUit({ ...basis, verlenging: { einddatum: '2028-04-01' } }, 'B');
    if (!verlenging) throw new Error('no verlenging');
    const met = voegVerlengingToe(undefined, verlenging);
    expect(voegVerlengingToe(met, verlenging)).toBeUndefined();
    const later = fase('C', '2028-04-01');
    if (!later || !met) throw new Error('no projection');
    expect(voegTrajectSamen(met, later)).toMatchObject({ einddatum: '2028-04-01', versie: 'C' });
    expect(
      verlengingUit({ categorie: 'zelfredzaamheid', verlenging: { einddatum: '2028-04-01' } }, 'D'),
    ).toBeUndefined();
  });
});
