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
    bytes: 400 * 1024,
    reden:
      'HTML pages: NL Design System CSS, five ICU message catalogues, MessageFormat runtime, OIDC client; "Mijn gegevens" (issue 19: about 110 texts per language for the inzage) and the generated API client (issue 24) took it from 358 to 392 KB',
  },
  'begeleiding-http': {
    bytes: 186 * 1024,
    reden:
      'the fase rules of every profile, the index places and cursors of the paginated worklists (issue 14), and the traject as a plan: begeleiders in sequence, afspraken, the begeleidingsplan (issue 12, +8 KB); the use cases in app/ apart from the routes (issue 19, +0.6 KB); group activities with enrolment and attendance, the nabellen worklist, the offer instead of the traject and the groepsaanbod of every profile (issue 22 items 5, 6: +12 KB)',
  },
  'aanmelding-http': {
    bytes: 159 * 1024,
    reden:
      'a producer of the anonymous RegietellingenBijgewerkt (issue 13): its contract and the kit support for anonymous events in the outbox (+2.3 KB); the groepsaanbod and nabellen of the profiles and the roles of the practice (issue 22 items 5, 6, 10: +4.4 KB)',
  },
  'toestemming-http': {
    bytes: 160 * 1024,
    reden:
      'a producer of the anonymous RegietellingenBijgewerkt (issue 13): its contract and the kit support for anonymous events in the outbox (+2.3 KB); the groepsaanbod and nabellen of the profiles and the roles of the practice (issue 22 items 5, 6, 10: +4.4 KB)',
  },
  'profiel-http': {
    bytes: 166 * 1024,
    reden:
      'serves the verwerkingsregister (issue 19: every processing activity with its purpose, ground, recipients and bewaartermijn) beside the gemeente profiles with the ground per doelgroep and the bewaartermijnen with their sources (+9 KB); the groepsaanbod and nabellen of every profile with their sources (issue 22 items 5, 6: +5.4 KB)',
  },
  'archief-http': {
    bytes: 156 * 1024,
    reden:
      'the vernietigingslijst, akkoord, uitstel and erasure with the bewaartermijnen of every profile, and the groepsaanbod, nabellen and roles the profiles and contracts gained (issue 22 items 5, 6, 10: +4.4 KB, 154.1 KB measured)',
  },
  'sociaal-domein-http': {
    bytes: 166 * 1024,
    reden:
      'signalen, verwijzingen with their lifecycle, the casuistiekoverleg, the warme overdracht, and the channel from the consulent to the begeleider (issue 12, +4 KB); the lists paginated with the kit pagination (issue 14); the referral partner roles and the groepsaanbod of the profiles (issue 22 items 5, 10: +5.2 KB)',
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
