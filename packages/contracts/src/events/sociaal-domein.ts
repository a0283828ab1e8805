import * as z from 'zod/mini';
import { GRONDSLAGEN } from '../categorieen';
import {
  SIGNAALSOORTEN,
  TERUGWIJZING_REDENCODES,
  URGENTIES,
  VERWIJZING_PARTNERS,
  VERWIJZING_STATUSSEN,
  VRAAG_ONDERWERPEN,
} from '../codes';
import { defineEvent } from '../envelope';
import { datum, id, tekst } from '../primitives';

export const SignaalGeregistreerd = defineEvent({
  name: 'SignaalGeregistreerd',
  context: 'sociaal-domein',
  categorie: 'signalen',
  data: () =>
    z.object({
      signaalId: id(),
      datum: datum(),
      soort: z.enum(SIGNAALSOORTEN),
      urgentie: z.enum(URGENTIES),
      toelichting: tekst(),
    }),
});

export const VerwijzingVerstuurd = defineEvent({
  name: 'VerwijzingVerstuurd',
  context: 'sociaal-domein',
  categorie: 'verwijzing',
  data: () =>
    z.object({
      verwijzingId: id(),
      naar: z.enum(VERWIJZING_PARTNERS),
      signaalId: z.optional(id()),
      toelichting: tekst(),
      grondslag: z.enum(GRONDSLAGEN),
      toestemmingId: z.optional(id()),
    }),
});

/** The partner's answer (geaccepteerd, teruggewezen) or the end of the referral (afgerond). No content of the case. */
export const VerwijzingAfgerond = defineEvent({
  name: 'VerwijzingAfgerond',
  context: 'sociaal-domein',
  data: () =>
    z.object({
      verwijzingId: id(),
      status: z.enum(VERWIJZING_STATUSSEN),
      reden: z.optional(tekst()),
      /** The coded reason of a terugwijzing (no free text), for the gemeente's regie over access to regular services. */
      redenCode: z.optional(z.enum(TERUGWIJZING_REDENCODES)),
      /** The uitvoeringsorganisatie assigned to the inburgeraar (issue 23: who is notified of it). */
      uitvoeringsorganisatie: z.optional(id()),
    }),
});

/**
 * The inburgeringsconsulent asks the begeleider something about one inburgeraar (categorie consulentvraag, direction
 * gemeente-naar-uitvoering, wettelijke taak). The broker logs it; the question's text stays in sociaal-domein.
 */
export const VraagGesteld = defineEvent({
  name: 'VraagGesteld',
  context: 'sociaal-domein',
  categorie: 'consulentvraag',
  data: () => z.object({ vraagId: id(), onderwerp: z.enum(VRAAG_ONDERWERPEN), datum: datum() }),
});

/**
 * The begeleider answers a consulent's question (categorie vraag-antwoord): the content reaches the gemeente only
 * through the broker, with the inburgeraar's consent.
 */
export const VraagBeantwoord = defineEvent({
  name: 'VraagBeantwoord',
  context: 'sociaal-domein',
  categorie: 'vraag-antwoord',
  data: () =>
    z.object({
      vraagId: id(),
      antwoordId: id(),
      onderwerp: z.enum(VRAAG_ONDERWERPEN),
      datum: datum(),
      tekst: tekst(),
    }),
});
