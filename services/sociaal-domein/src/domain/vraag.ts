import type { VraagOnderwerp, VraagWeergave } from '@wegwijs/contracts';

/** A question of the inburgeringsconsulent to the begeleider about one inburgeraar (report 3.4, 6.3). */
export interface Vraag {
  vraagId: string;
  inburgeraarId: string;
  gemeente: string;
  onderwerp: VraagOnderwerp;
  vraag: string;
  gesteldOp: string;
  /** The consulent's token subject. */
  gesteldDoor: string;
  antwoord?: Antwoord;
}

export interface Antwoord {
  antwoordId: string;
  tekst: string;
  beantwoordOp: string;
  beantwoordDoor: string;
}

export type AntwoordUitkomst =
  | { kind: 'beantwoorden'; vraag: Vraag }
  | { kind: 'al-beantwoord'; vraag: Vraag }
  | { kind: 'conflict'; detail: string };

/**
 * One answer per question: the same text again (a retry) answers the stored one, another text is a conflict (the
 * first answer already went to the broker). Pure.
 */
export function beantwoord(vraag: Vraag, antwoord: Antwoord): AntwoordUitkomst {
  if (vraag.antwoord) {
    return vraag.antwoord.tekst === antwoord.tekst
      ? { kind: 'al-beantwoord', vraag }
      : { kind: 'conflict', detail: `The question was answered on ${vraag.antwoord.beantwoordOp}.` };
  }
  return { kind: 'beantwoorden', vraag: { ...vraag, antwoord } };
}

/**
 * The question as this party sees it. The assigned organisation sees the answer it gave; the gemeente sees that an
 * answer exists (id and moment), never its text here: the text reaches the gemeente only through the consent broker
 * (`GET .../voortgang`, categorie vraag-antwoord), with the inburgeraar's consent.
 */
export function vraagWeergave(vraag: Vraag, relatie: 'gemeente' | 'uitvoering'): VraagWeergave {
  const { antwoord } = vraag;
  return {
    vraagId: vraag.vraagId,
    onderwerp: vraag.onderwerp,
    vraag: vraag.vraag,
    gesteldOp: vraag.gesteldOp,
    gesteldDoor: vraag.gesteldDoor,
    status: antwoord ? 'beantwoord' : 'open',
    ...(antwoord
      ? {
          antwoord: {
            antwoordId: antwoord.antwoordId,
            beantwoordOp: antwoord.beantwoordOp,
            ...(relatie === 'uitvoering' ? { beantwoordDoor: antwoord.beantwoordDoor, tekst: antwoord.tekst } : {}),
          },
        }
      : {}),
  };
}
