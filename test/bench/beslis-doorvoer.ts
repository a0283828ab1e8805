import type { Categorie } from '@wegwijs/contracts';
import { type Beslisvraag, beslis } from '@wegwijs/toestemming/domain/beslis';
import type { Staat, Toestemming } from '@wegwijs/toestemming/domain/typen';

const IB = 'ib-bench';
const ORG = 'vluchtelingenwerk';

const toestemming = (id: string, categorieen: Categorie[], extra: Partial<Toestemming> = {}): Toestemming => ({
  toestemmingId: id,
  inburgeraarId: IB,
  ontvanger: { gemeente: '0518' },
  categorieen,
  doel: 'regie',
  geldigVanaf: '2026-01-01T00:00:00.000Z',
  expliciet: false,
  taal: 'ar',
  tekstversie: 'v1',
  vastgelegd: { wijze: 'app', door: IB },
  uitvoeringsorganisatie: ORG,
  statusHistorie: [{ status: 'actief', tijdstip: '2026-01-01T00:00:00.000Z', door: IB }],
  ...extra,
});

/** A realistic projection: four consents, one withdrawn, one expired, one for a single role. */
const STAAT: Staat = {
  inburgeraarId: IB,
  gemeente: '0518',
  uitvoeringsorganisatie: ORG,
  orgSinds: '2026-01-01T00:00:00.000Z',
  versie: 7,
  toestemmingen: [
    toestemming('t1', ['zelfredzaamheid', 'contactmomenten']),
    toestemming('t2', ['voortgangsrapportage'], { ingetrokkenOp: '2026-02-01T00:00:00.000Z' }),
    toestemming('t3', ['eindoverdracht'], { geldigTot: '2026-02-01' }),
    toestemming('t4', ['signalen'], { ontvanger: { gemeente: '0518', rol: 'inkomensconsulent' }, expliciet: true }),
  ],
};

const vraag = (categorie: Categorie, extra: Partial<Beslisvraag> = {}): Beslisvraag => ({
  categorie,
  inburgeraarId: IB,
  afzender: ORG,
  tijdstip: '2026-03-01T10:00:00.000Z',
  gemeente: '0518',
  ontvanger: { gemeente: '0518' },
  wettelijkePlicht: false,
  ...extra,
});

/** A mix of permits and refusals along every branch of the decision point. */
const VRAGEN: readonly Beslisvraag[] = [
  vraag('zelfredzaamheid'),
  vraag('contactmomenten'),
  vraag('trajectstatus'),
  vraag('voortgangsrapportage'),
  vraag('eindoverdracht'),
  vraag('zelfredzaamheid', { afzender: 'humanitas' }),
  vraag('zelfredzaamheid', { ontvanger: { gemeente: '0518', rol: 'inkomensconsulent' } }),
  vraag('verwijzing', { wettelijkePlicht: true }),
];

export const BATCH = 1_000_000;
export const BATCHES = 9;
export const SOORTEN = VRAGEN.length;

/** Decisions per second of the pure decision function (one warm-up batch, then the median of the batches). */
export function beslisDoorvoer(): { perSeconde: number[]; permits: number } {
  let permits = 0;
  const perSeconde: number[] = [];
  for (let b = 0; b <= BATCHES; b++) {
    const t0 = performance.now();
    for (let i = 0; i < BATCH; i++) {
      if (beslis(VRAGEN[i % VRAGEN.length] as Beslisvraag, STAAT).besluit === 'permit') permits++;
    }
    const dt = performance.now() - t0;
    if (b > 0) perSeconde.push((BATCH / dt) * 1000);
  }
  return { perSeconde, permits };
}
