import {
  BegeleidingsplanBijgewerkt,
  begeleidingsplanBody,
  MeetmomentVastgelegd,
  meetmomentBody,
} from '@wegwijs/contracts';
import { PROFIELEN } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';

// Issue 22 item 12: an open leefgebieden model (Zaffier, Heerenveen) admitted a "leefgebied" of 10,499 characters,
// which then travelled to the gemeente in the plan event. A leefgebied is a short code, whatever the model.

const lang = `a${'-b'.repeat(5249)}`; // 10,499 characters, a valid kebab-case shape
const open = [...PROFIELEN.values()].filter((p) => !p.leefgebiedenGesloten);

describe('4.2.1: a leefgebied is a short code in every model, open or closed', () => {
  it('the report has open models (Zaffier, Heerenveen)', () => {
    expect(lang).toHaveLength(10_499);
    expect(open.length).toBeGreaterThan(0);
  });

  it.each([...PROFIELEN.values()].map((p) => [p.naam, p] as const))(
    '4.2.1: %s refuses a leefgebied of 10,499 characters in plan and meetmoment, accepts its own codes',
    (_naam, profiel) => {
      const plan = (leefgebied: string) =>
        begeleidingsplanBody.safeParse({ datum: '2026-03-01', leefgebieden: [{ leefgebied, doelen: [] }] }).success;
      const meetmoment = (leefgebied: string) =>
        meetmomentBody.safeParse({ datum: '2026-03-01', scores: { [leefgebied]: 3 } }).success;
      expect(plan(lang)).toBe(false);
      expect(meetmoment(lang)).toBe(false);
      for (const eigen of profiel.leefgebieden) expect(plan(eigen) && meetmoment(eigen), eigen).toBe(true);
    },
  );

  it('4.2.1: the plan and meetmoment events refuse such a code too (nothing long travels to the gemeente)', () => {
    const doel = (leefgebied: string) => ({ doelId: 'd1', leefgebied, status: 'open' });
    const plan = (leefgebied: string) =>
      BegeleidingsplanBijgewerkt.data.safeParse({
        bijwerkingId: 'b1',
        datum: '2026-03-01',
        aanleiding: 'vastgesteld',
        doelen: [doel(leefgebied)],
      });
    expect(plan('financien').success, JSON.stringify(plan('financien').error)).toBe(true);
    expect(plan(lang).success).toBe(false);
    const meet = (leefgebied: string) =>
      MeetmomentVastgelegd.data.safeParse({ meetmomentId: 'm1', datum: '2026-03-01', scores: { [leefgebied]: 2 } });
    expect(meet('financien').success).toBe(true);
    expect(meet(lang).success).toBe(false);
  });
});
