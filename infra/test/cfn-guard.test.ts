import { execFile } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthetiseer } from './support/synth';

/**
 * AWS Control Tower's proactive rules (cfn-guard, shipped with `@cdklabs/cdk-validator-cfnguard`) on both synthesized
 * stacks. Every failing rule must be reasoned in docs/SECURITY.md (the table under "Checks written by others"), and
 * every rule reasoned there must still fail somewhere: the document is the one list.
 */
const PAKKET = dirname(createRequire(import.meta.url).resolve('@cdklabs/cdk-validator-cfnguard/package.json'));
const REGELS = join(PAKKET, 'rules', 'control-tower', 'cfn-guard');
const CFN_GUARD = join(PAKKET, 'bin', 'ubuntu', 'x86_64', 'cfn-guard');
const SECURITY_MD = join(import.meta.dirname, '..', '..', 'docs', 'SECURITY.md');

/** The rule ids (ct-<dienst>-pr-<n>) in the first column of the table of reasoned findings of docs/SECURITY.md. */
function beredeneerdeRegels(markdown: string): Set<string> {
  const sectie = markdown.split(/^## /m).find((s) => s.startsWith('Checks written by others')) ?? '';
  return new Set([...sectie.matchAll(/^\| (ct-[a-z0-9]+-pr-\d+)\b/gm)].map((m) => m[1] as string));
}

/** cfn-guard's json output is one JSON object per rules file, concatenated. */
function objecten(uitvoer: string): unknown[] {
  const lijst: unknown[] = [];
  let diepte = 0;
  let inString = false;
  let begin = -1;
  for (let i = 0; i < uitvoer.length; i++) {
    const c = uitvoer[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') {
      if (diepte++ === 0) begin = i;
    } else if (c === '}' && --diepte === 0) lijst.push(JSON.parse(uitvoer.slice(begin, i + 1)));
  }
  return lijst;
}

interface GuardUitslag {
  status: string;
  not_compliant: unknown[];
}

/** The Control Tower ids (ct-cloudwatch-pr-2) of the failing rules, from the `[CT.CLOUDWATCH.PR.2]` in their messages. */
function falendeRegels(uitslagen: GuardUitslag[]): Set<string> {
  const ids = new Set<string>();
  for (const u of uitslagen.filter((x) => x.status === 'FAIL')) {
    for (const regel of u.not_compliant) {
      const tekst = JSON.stringify(regel);
      const ct = [...tekst.matchAll(/\[CT\.([A-Z0-9]+)\.PR\.(\d+)\]/g)].map(
        (m) => `ct-${m[1]?.toLowerCase()}-pr-${m[2]}`,
      );
      // A failure without a Control Tower id is reported under the guard rule's own name (and so never reasoned).
      if (ct.length === 0) ids.add((regel as { Rule?: { name?: string } }).Rule?.name ?? tekst.slice(0, 80));
      for (const id of ct) ids.add(id);
    }
  }
  return ids;
}

function valideer(template: string): Promise<{ uitslagen: GuardUitslag[]; stderr: string }> {
  const args = ['validate', '--rules', REGELS, '--data', template, '--output-format', 'json', '--show-summary', 'none'];
  return new Promise((resolve) => {
    // Exit status 19 means "rules failed"; the output says which, so the status itself is not the verdict.
    execFile(CFN_GUARD, args, { maxBuffer: 256 * 1024 * 1024 }, (_fout, stdout, stderr) =>
      resolve({ uitslagen: objecten(stdout) as GuardUitslag[], stderr }),
    );
  });
}

const aantalRegelbestanden = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.guard'))
    .length;

let perStack: Map<string, Set<string>>;
let beredeneerd: Set<string>;

beforeAll(async () => {
  // Arrange: a pnpm install with --ignore-scripts may leave the shipped binary without its exec bit.
  try {
    accessSync(CFN_GUARD, constants.X_OK);
  } catch {
    chmodSync(CFN_GUARD, 0o755);
  }
  beredeneerd = beredeneerdeRegels(readFileSync(SECURITY_MD, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-cfn-guard-'));
  const templates = [...synthetiseer()].map(([naam, g]) => {
    const pad = join(dir, `${naam}.json`);
    writeFileSync(pad, JSON.stringify(g.template.toJSON()));
    return [naam, pad] as const;
  });
  // Act: both stacks at once (each takes tens of seconds).
  const regels = aantalRegelbestanden(REGELS);
  const uitslagen = await Promise.all(
    templates.map(async ([naam, pad]) => {
      const { uitslagen, stderr } = await valideer(pad);
      // cfn-guard ran every rules file (one result each), or the test says why not.
      if (uitslagen.length !== regels)
        throw new Error(`cfn-guard on ${naam}: ${uitslagen.length}/${regels}: ${stderr}`);
      return [naam, falendeRegels(uitslagen)] as const;
    }),
  );
  perStack = new Map(uitslagen);
}, 900_000);

describe("cfn-guard with AWS Control Tower's proactive rules", () => {
  it('docs/SECURITY.md reasons a list of rules (the parser finds the table)', () => {
    expect(beredeneerd.size).toBeGreaterThan(0);
    expect(beredeneerdeRegels('## Checks written by others\n\n| rule |\n|---|\n| ct-sqs-pr-1 (x) | y |\n')).toEqual(
      new Set(['ct-sqs-pr-1']),
    );
  });

  it.each(['Wegwijs-den-haag', 'Wegwijs-zaffier'])('%s: every failing rule is reasoned in docs/SECURITY.md', (naam) => {
    const falend = perStack.get(naam);
    expect(falend, `${naam} was validated`).toBeDefined();
    const onberedeneerd = [...(falend ?? [])].filter((id) => !beredeneerd.has(id));
    expect(onberedeneerd, 'failing Control Tower rules that docs/SECURITY.md does not reason').toEqual([]);
  });

  it('every rule reasoned in docs/SECURITY.md still fails on a stack (else fix the document)', () => {
    const falend = new Set([...perStack.values()].flatMap((s) => [...s]));
    const achterhaald = [...beredeneerd].filter((id) => !falend.has(id));
    expect(achterhaald, 'reasoned in docs/SECURITY.md but no longer failing').toEqual([]);
  });
});
