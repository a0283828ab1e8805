import type { Metafile } from 'esbuild';
import { sdkBaselineBytes } from './baseline';
import type { BundleResultaat } from './bundle';

/** How much a function bundle may weigh on top of the AWS SDK clients it uses. */
export const BUDGET_BYTES = 150 * 1024;

/**
 * The functions with a budget of their own, each with its reason. The portaal renders pages rather than JSON: its
 * bundle carries its static assets (NL Design System CSS with the gemeente's tokens, about 65 KB; five message
 * catalogues, about 60 KB), an ICU MessageFormat runtime with plural rules, and a certified OpenID Connect client.
 */
export const EIGEN_BUDGETTEN: Readonly<Record<string, { bytes: number; reden: string }>> = {
  'portaal-http': {
    bytes: 404 * 1024,
    reden:
      'HTML pages: NL Design System CSS, five ICU message catalogues, MessageFormat runtime, OIDC client; "Mijn gegevens" (issue 19: about 110 texts per language for the inzage) and the generated API client (issue 24) took it from 358 to 392 KB; the log sentence of a move in five languages (issue 23): 400.2 KB measured. At its limit: splitting it into one function per audience (issue 24 allows it) is the next step',
  },
  'begeleiding-http': {
    bytes: 205 * 1024,
    reden:
      'the fase rules of every profile, the index places and cursors of the paginated worklists (issue 14), and the traject as a plan: begeleiders in sequence, afspraken, the begeleidingsplan (issue 12, +8 KB); the use cases in app/ apart from the routes (issue 19, +0.6 KB); group activities with enrolment and attendance, the nabellen worklist, the offer instead of the traject and the groepsaanbod of every profile (issue 22 items 5, 6: +12 KB); afspraken moved, cancelled and re-planned with their history, the ending that waits, the warme overdracht of a person, the dienstverleners form (issue 22 items 1-3), the historie batch (issue 21), the toewijzingen published to every context (need to know) and the move (issue 23): +18 KB',
  },
  'aanmelding-http': {
    bytes: 175 * 1024,
    reden:
      'a producer of the anonymous RegietellingenBijgewerkt (issue 13): its contract and the kit support for anonymous events in the outbox (+2.3 KB); the groepsaanbod and nabellen of the profiles and the roles of the practice (issue 22 items 5, 6, 10: +4.4 KB); the verhuizing (issue 23): the move, the signed hand-over between deployments with its JWS signing and verification (jose), and the leerroute/PIP change history (issue 22 item 8): +15 KB',
  },
  'toestemming-http': {
    bytes: 164 * 1024,
    reden:
      'a producer of the anonymous RegietellingenBijgewerkt (issue 13): its contract and the kit support for anonymous events in the outbox (+2.3 KB); the groepsaanbod and nabellen of the profiles and the roles of the practice (issue 22 items 5, 6, 10: +4.4 KB); the batch decisions of the historie (issue 21), the consents that end on a move (issue 23), the assigned begeleiders: +3.6 KB',
  },
  'profiel-http': {
    bytes: 173 * 1024,
    reden:
      'serves the verwerkingsregister (issue 19: every processing activity with its purpose, ground, recipients and bewaartermijn) beside the gemeente profiles with the ground per doelgroep and the bewaartermijnen with their sources (+9 KB); the groepsaanbod and nabellen of every profile with their sources (issue 22 items 5, 6: +5.4 KB); the plan model beside the score model, the afspraken from the woningtoewijzing, the afronding steps and the dienstverleners form in five languages of every profile (issue 22 items 1-3, 7: +6 KB)',
  },
  'archief-http': {
    bytes: 158 * 1024,
    reden:
      'the vernietigingslijst, akkoord, uitstel and erasure with the bewaartermijnen of every profile, and the groepsaanbod, nabellen and roles the profiles and contracts gained (issue 22 items 5, 6, 10: +4.4 KB, 154.1 KB measured); the afronding steps and plan model of the profiles (issue 22): +1.1 KB',
  },
  'abonnementen-http': {
    bytes: 153 * 1024,
    reden:
      'subscriptions of every channel (issue 23): referrals, consents and questions besides aanmeldingen, traject and voortgang, each filtered by who may read it, written through the one write path (152.3 KB measured)',
  },
  'sociaal-domein-http': {
    bytes: 169 * 1024,
    reden:
      'signalen, verwijzingen with their lifecycle, the casuistiekoverleg, the warme overdracht, and the channel from the consulent to the begeleider (issue 12, +4 KB); the lists paginated with the kit pagination (issue 14); the referral partner roles and the groepsaanbod of the profiles (issue 22 items 5, 10: +5.2 KB); the assigned begeleiders of each dossier (a vrijwilliger reads only their own) and the move (issue 23): +2.6 KB',
  },
};

export const budgetVoor = (functie: string): number => EIGEN_BUDGETTEN[functie]?.bytes ?? BUDGET_BYTES;

export interface BundleMaat {
  readonly functie: string;
  readonly bytes: number;
  readonly baselineBytes: number;
  readonly deltaBytes: number;
  readonly sdkClients: readonly string[];
  readonly binnenBudget: boolean;
  /** The heaviest packages of the bundle outside the AWS SDK, to find a culprit when over budget. */
  readonly zwaarste: readonly { pakket: string; bytes: number }[];
}

export async function meetBundle(resultaat: BundleResultaat): Promise<BundleMaat> {
  const baselineBytes = await sdkBaselineBytes(resultaat.sdkClients);
  const deltaBytes = resultaat.bytes - baselineBytes;
  return {
    functie: resultaat.functie.id,
    bytes: resultaat.bytes,
    baselineBytes,
    deltaBytes,
    sdkClients: resultaat.sdkClients.map((c) => c.pakket),
    binnenBudget: deltaBytes <= budgetVoor(resultaat.functie.id),
    zwaarste: zwaarstePakketten(resultaat.metafile),
  };
}

/** Bytes in the output per package (or per workspace source directory), largest first, AWS SDK left out. */
export function zwaarstePakketten(metafile: Metafile, aantal = 5): { pakket: string; bytes: number }[] {
  const perPakket = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pakket = pakketVan(input);
      if (pakket.startsWith('@aws-sdk/') || pakket.startsWith('@smithy/') || pakket.startsWith('@aws-crypto/'))
        continue;
      perPakket.set(pakket, (perPakket.get(pakket) ?? 0) + bytesInOutput);
    }
  }
  return [...perPakket.entries()]
    .map(([pakket, bytes]) => ({ pakket, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, aantal);
}

function pakketVan(input: string): string {
  const delen = input.split(/[\\/]/);
  const nm = delen.lastIndexOf('node_modules');
  if (nm >= 0) {
    const [eerste, tweede] = delen.slice(nm + 1);
    return eerste?.startsWith('@') ? `${eerste}/${tweede ?? ''}` : (eerste ?? input);
  }
  // Workspace sources: `services/<ctx>/...` or `packages/<pkg>/...`.
  const i = delen.findIndex((d) => d === 'services' || d === 'packages');
  return i >= 0 ? delen.slice(i, i + 2).join('/') : input;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** A markdown table of the sizes, for the console and the report. */
export function maatTabel(maten: readonly BundleMaat[]): string {
  const regels = [
    '| function | bundle KB | SDK baseline KB | delta KB | SDK clients | within budget |',
    '|---|---:|---:|---:|---|---|',
    ...maten.map(
      (m) =>
        `| ${m.functie} | ${kb(m.bytes)} | ${kb(m.baselineBytes)} | ${kb(m.deltaBytes)} | ${m.sdkClients.join(', ') || '-'} | ${m.binnenBudget ? 'yes' : 'NO'} |`,
    ),
  ];
  return regels.join('\n');
}
