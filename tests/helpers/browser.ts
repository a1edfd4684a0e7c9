/**
 * Headless Chromium for browser tests: Debian's `chromium`, driven by playwright-core. No browser
 * is ever downloaded. A missing browser fails the tests (under CI and everywhere else).
 */
import { existsSync } from 'node:fs';
import axe from 'axe-core';
import { type Browser, type BrowserServer, chromium, type Page } from 'playwright-core';

/** Where Debian installs Chromium; CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The flags this closed network needs. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium). Browser tests never skip.`,
    );
  }
}

/** Starts Chromium as a server that test files connect to (tests/setup/browser.ts). */
export async function launchServer(): Promise<BrowserServer> {
  requireChromium();
  return chromium.launchServer({ executablePath: CHROMIUM, args: ARGS });
}

/** The shared browser's endpoint, when the browser tests' global setup started one. */
async function sharedEndpoint(): Promise<string | undefined> {
  if (!process.env['VITEST']) return undefined;
  const { inject } = await import('vitest');
  return inject('browserWsEndpoint');
}

/**
 * Chromium with the flags this closed network needs: under the browser tests, a connection to
 * the one browser they share (its `close()` closes this file's contexts and disconnects);
 * elsewhere (the bench), a browser of its own.
 */
export async function launch(): Promise<Browser> {
  const endpoint = await sharedEndpoint();
  if (endpoint) return chromium.connect(endpoint);
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** The WCAG 2.2 AA rule tags axe-core checks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG rules whose outcome depends on colours: all that a change of theme can change (the
 * themes set colours only), so the themes' test runs these on a page that a full run has checked.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core in the page and returns its violations (rule id, impact and offending nodes):
 * every WCAG 2.2 AA rule, or only the rules named in `rules`; over the whole page, or only the
 * element that `within` selects (a popover, say).
 */
export async function axeViolations(
  page: Page,
  rules?: string[],
  within?: string,
): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  // Evaluated, not added as an inline <script>: the pages' Content Security Policy blocks those.
  // Once a page: a page checked again has it still.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ tags, rules, within }) => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(within ?? document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        // Every violation, in full; of the passes and the rest one node each, which spares axe
        // the selector of every node it checked (most of its time on a long page).
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { tags: WCAG_TAGS, rules, within },
  );
}

/** Fails a test when the page asks any host other than the site itself. */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url);
  });
  return foreign;
}
