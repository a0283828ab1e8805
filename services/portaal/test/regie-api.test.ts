import { describe, expect, it, vi } from 'vitest';
import { httpRegieApi } from '../src/adapters/regie-api';
import { ApiFout } from '../src/adapters/wegwijs-api';

const FILTER = { gemeenten: ['0361', '0373'], vanaf: '2026-01', tot: '2026-03', periode: 'maand' as const };
const ANTWOORD = {
  indicatorset: 'fasen',
  periode: 'maand',
  vanaf: '2026-01',
  tot: '2026-03',
  gemeenten: ['0361', '0373'],
  cellen: [],
};

/** A fetch double in the generated client's shape: it is handed one Request. */
const nepFetch = (status: number, body: string, type: string) => {
  const verzoeken: Request[] = [];
  const fetch = vi.fn(async (req: Request) => {
    verzoeken.push(req);
    return new Response(body, { status, headers: { 'content-type': type } });
  });
  return Object.assign(fetch as unknown as typeof globalThis.fetch, { verzoeken });
};

describe('the regie API adapter', () => {
  it("asks with the caller's token, the filter in the query, JSON checked against the contract", async () => {
    // Arrange
    const fetch = nepFetch(200, JSON.stringify(ANTWOORD), 'application/json');
    const api = httpRegieApi({ basis: 'https://api.example', accessToken: 'staf', fetch });
    // Act
    const a = await api.indicatoren('fasen', FILTER);
    // Assert
    expect(a).toEqual(ANTWOORD);
    const [verzoek] = fetch.verzoeken;
    expect(verzoek?.url).toBe('https://api.example/v1/regie/fasen?gemeente=0361%2C0373&vanaf=2026-01&tot=2026-03');
    expect(verzoek?.headers.get('authorization')).toBe('Bearer staf');
    expect(verzoek?.headers.get('accept')).toBe('application/json');
  });

  it('asks CSV with Accept text/csv and hands it on unchanged', async () => {
    const csv =
      'gemeente;maand;indicator;dimensies;statistiek;waarde\n0361;2026-01;aanmeldingen;doelgroep=asielstatushouder;aantal;<5\n';
    const fetch = nepFetch(200, csv, 'text/csv; charset=utf-8');
    const api = httpRegieApi({ basis: 'https://api.example', accessToken: 'staf', fetch });
    expect(await api.csv('fasen', FILTER)).toBe(csv);
    expect(fetch.verzoeken[0]?.headers.get('accept')).toBe('text/csv');
    expect(fetch.verzoeken[0]?.headers.get('authorization')).toBe('Bearer staf');
  });

  it('turns a problem answer into ApiFout with its status, and refuses an answer outside the contract', async () => {
    const nietGevonden = httpRegieApi({
      basis: 'https://api.example',
      accessToken: 'staf',
      fetch: nepFetch(
        404,
        JSON.stringify({ type: 'https://wegwijs.nl/problemen/niet-gevonden', status: 404 }),
        'application/problem+json',
      ),
    });
    const vreemd = httpRegieApi({
      basis: 'https://api.example',
      accessToken: 'staf',
      fetch: nepFetch(200, JSON.stringify({ ...ANTWOORD, extra: 1 }), 'application/json'),
    });
    await expect(nietGevonden.indicatoren('fasen', FILTER)).rejects.toEqual(new ApiFout(404, 'niet-gevonden'));
    await expect(vreemd.indicatoren('fasen', FILTER)).rejects.toMatchObject({ status: 502 });
  });
});
