import { type Contactvorm, MAX_HISTORIE_ITEMS } from '@wegwijs/contracts';
import { PROFIELEN } from '@wegwijs/profielen';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aantalItems, controleerHistorie, inDelen, metHistorie, teVeelItems } from '../src/domain/historie';
import { Regelfout } from '../src/domain/regels';
import { nieuwTraject } from '../src/domain/traject';

const VANDAAG = '2026-06-01';
const contactmoment = (datum = '2026-02-03', vorm: Contactvorm = 'telefoon') => ({ datum, vorm, duurMinuten: 30 });

/** The Regelfout a call throws (fails the test when it throws none). */
function fout(f: () => unknown): Regelfout {
  try {
    f();
  } catch (e) {
    if (e instanceof Regelfout) return e;
    throw e;
  }
  throw new Error('no Regelfout');
}

describe('the bulk path of a migration: every item held to the rules of its single POST', () => {
  for (const profiel of PROFIELEN.values()) {
    describe(`${profiel.naam} (${profiel.cbs})`, () => {
      const gebied = profiel.leefgebieden[0] ?? 'wonen';
      const meetmoment = (datum = '2026-02-10') => ({ datum, scores: { [gebied]: 3 } });

      it('accepts historic contactmomenten, and meetmomenten exactly where the profile has a begeleidingsplan', () => {
        // Arrange
        const verzoek = { contactmomenten: [contactmoment(), contactmoment('2026-03-01', 'huisbezoek')] };
        // Act
        const historie = controleerHistorie(verzoek, profiel, VANDAAG);
        // Assert
        expect(historie.contactmomenten).toHaveLength(2);
        if (profiel.begeleidingsplan) {
          expect(controleerHistorie({ meetmomenten: [meetmoment()] }, profiel, VANDAAG).meetmomenten).toHaveLength(1);
        } else {
          const f = fout(() => controleerHistorie({ meetmomenten: [meetmoment()] }, profiel, VANDAAG));
          expect([f.slug, f.detail.startsWith('meetmomenten[0]: ')]).toEqual(['geen-begeleidingsplan', true]);
        }
      });

      it('refuses a batch with one item in the future, naming that item (the single POST refuses it too)', () => {
        const verzoek = { contactmomenten: [contactmoment(), contactmoment('2026-06-02'), contactmoment()] };
        const f = fout(() => controleerHistorie(verzoek, profiel, VANDAAG));
        expect({ slug: f.slug, soort: f.soort, velden: f.velden.map((v) => v.path) }).toEqual({
          slug: 'datum-in-toekomst',
          soort: 'regel',
          velden: ['contactmomenten[1].datum'],
        });
      });
    });
  }

  const profiel = [...PROFIELEN.values()].find((p) => p.begeleidingsplan && p.leefgebiedenGesloten);
  if (!profiel) throw new Error('no profile with a closed leefgebieden model');

  it('refuses an item that breaks the single POST schema as 422 naming its index and field', () => {
    const verzoek = { contactmomenten: [contactmoment(), contactmoment(), { ...contactmoment(), vorm: 'brief' }] };
    const f = fout(() => controleerHistorie(verzoek, profiel, VANDAAG));
    expect([f.soort, f.slug, f.detail]).toEqual([
      'regel',
      'historie-item-ongeldig',
      'contactmomenten[2] is not valid as the single POST of it would be.',
    ]);
    expect(f.velden.map((v) => v.path)).toEqual(['contactmomenten[2].vorm']);
  });

  it('refuses unknown fields in an item, as the strict single POST does', () => {
    const f = fout(() =>
      controleerHistorie({ contactmomenten: [{ ...contactmoment(), naam: 'x' }] }, profiel, VANDAAG),
    );
    expect(f.slug).toBe('historie-item-ongeldig');
  });

  it('refuses a leefgebied outside the closed model, naming the meetmoment and its score', () => {
    const verzoek = { meetmomenten: [{ datum: '2026-01-02', scores: { 'geen-gebied': 2 } }] };
    const f = fout(() => controleerHistorie(verzoek, profiel, VANDAAG));
    expect([f.slug, f.velden.map((v) => v.path)]).toEqual([
      'leefgebied-onbekend',
      ['meetmomenten[0].scores.geen-gebied'],
    ]);
  });

  it('refuses an empty batch (422 historie-leeg), with or without empty lists', () => {
    expect(fout(() => controleerHistorie({}, profiel, VANDAAG)).slug).toBe('historie-leeg');
    expect(fout(() => controleerHistorie({ contactmomenten: [], meetmomenten: [] }, profiel, VANDAAG)).slug).toBe(
      'historie-leeg',
    );
  });

  it('bounds the batch at 500 items together: 500 is fine, 501 is too many (the route answers 413)', () => {
    const lijst = (n: number) => Array.from({ length: n }, () => contactmoment());
    expect(teVeelItems({ contactmomenten: lijst(300), meetmomenten: lijst(200) })).toBe(false);
    expect(teVeelItems({ contactmomenten: lijst(300), meetmomenten: lijst(201) })).toBe(true);
    expect(aantalItems({ contactmomenten: lijst(MAX_HISTORIE_ITEMS) })).toBe(500);
  });

  it('changes the traject as the single POSTs would: last contact, last seen in person, meetmoment dates', () => {
    const t = { ...nieuwTraject('ib-1', profiel.cbs), laatsteContact: '2026-01-15', meetmomentDatums: ['2026-01-01'] };
    const na = metHistorie(t, {
      contactmomenten: [contactmoment('2026-02-01', 'huisbezoek'), contactmoment('2026-03-01', 'telefoon')],
      meetmomenten: [
        { datum: '2026-02-01', scores: {} },
        { datum: '2026-01-01', scores: {} },
      ],
    });
    expect([na.laatsteContact, na.laatstGezien, na.meetmomentDatums]).toEqual([
      '2026-03-01',
      '2026-02-01',
      ['2026-01-01', '2026-02-01'],
    ]);
  });

  it('splits a batch into event parts under the bound, keeping every item once and in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 300 }), { maxLength: 200 }),
        fc.integer({ min: 400, max: 5000 }),
        (items, max) => {
          const delen = inDelen(items, max);
          expect(delen.flat()).toEqual(items);
          for (const deel of delen) {
            expect(deel.length).toBeGreaterThan(0);
            const bytes = deel.reduce((n, i) => n + new TextEncoder().encode(JSON.stringify(i)).length + 1, 0);
            expect(deel.length === 1 || bytes <= max).toBe(true);
          }
        },
      ),
    );
  });
});
