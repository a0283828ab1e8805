import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** The browser globals the page scripts of these tests read (typed here: the project's TypeScript has no DOM lib). */
export interface Dom {
  document: {
    activeElement: { id: string; matches(selector: string): boolean } | null;
    documentElement: { scrollWidth: number; clientWidth: number };
    cookie: string;
  };
}

/** Debian's chromium (TOOLCHAIN.md); scripts/test-all.mjs installs it when missing. Never skipped silently. */
export function chromiumPad(): string {
  const pad = process.env.CHROMIUM_PATH ?? zoek();
  if (!pad) {
    throw new Error(
      'Chromium is missing: the browser tests need it. Install it with `apt-get update && apt-get install -y chromium ' +
        'fonts-noto-core` (as root), or set CHROMIUM_PATH. `node scripts/test-all.mjs` installs it where it can.',
    );
  }
  return pad;
}

function zoek(): string | undefined {
  for (const naam of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${naam}`], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // try the next name
    }
  }
  return undefined;
}

export function startChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPad(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A phone: 360 CSS pixels wide. Axe is injected as a script, so the page's CSP is bypassed in tests only. */
export const TELEFOON = { viewport: { width: 360, height: 740 }, bypassCSP: true, locale: 'nl-NL' } as const;

export interface AxeSchending {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core with the WCAG 2.1 A and AA rules: the violations on the current page. */
export async function axeSchendingen(page: Page): Promise<AxeSchending[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeSchending[] }> } }
    ).axe;
    const r = await axe.run((globalThis as unknown as Dom).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/** Horizontal overflow of the page: the document is wider than the viewport (0 when it fits). */
export const horizontaleOverloop = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      (globalThis as unknown as Dom).document.documentElement.scrollWidth -
      (globalThis as unknown as Dom).document.documentElement.clientWidth,
  );

/** Presses Tab until the focused element matches `selector` (keyboard only; fails after `max` presses). */
export async function tabNaar(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (
      await page.evaluate((s) => (globalThis as unknown as Dom).document.activeElement?.matches(s) ?? false, selector)
    )
      return;
  }
  throw new Error(`no focus on ${selector} after ${max} Tab presses`);
}

/** Signs in through the local OpenID Provider's page, by mouse-free form filling. */
export async function logIn(page: Page, basis: string, inburgeraarId: string): Promise<void> {
  await page.goto(`${basis}/mijn`);
  await page.getByRole('link', { name: /DigiD/ }).click();
  await page.getByLabel('Uw inburgeraarnummer').fill(inburgeraarId);
  await Promise.all([page.waitForURL(`${basis}/mijn`), page.getByRole('button', { name: 'Inloggen' }).click()]);
}

/** Signs a staff member in on the regie pages: the local OpenID Provider's staff page, one development account. */
export async function logInMedewerker(page: Page, basis: string, account: RegExp): Promise<void> {
  await page.goto(`${basis}/regie`);
  await page.getByRole('link', { name: 'Inloggen met uw gemeente-account' }).click();
  await page.getByLabel(account).check();
  await Promise.all([page.waitForURL(`${basis}/regie`), page.getByRole('button', { name: 'Inloggen' }).click()]);
}

/** A desktop screen (1280 CSS pixels wide), Dutch. */
export const DESKTOP = { viewport: { width: 1280, height: 900 }, bypassCSP: true, locale: 'nl-NL' } as const;
