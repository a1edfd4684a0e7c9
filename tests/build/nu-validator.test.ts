/**
 * Every page through the W3C Nu HTML Checker (npm `vnu-jar`, run with the machine's Java; its
 * postinstall Java downloader is not allowed to run): zero errors and zero warnings but three
 * about the Content Security Policy, which are the checker's mistakes and are each verified to be
 * one (see `checkerMistake`). One run of the checker over all pages, with JSON output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { hashSource } from '../../src/integrations/security-headers.ts';
import { DIST, htmlPages } from '../helpers/site.ts';

/** The path of vnu.jar; the package's main export is that path. */
const JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const pages = new Map(htmlPages().map((p) => [path.join(DIST, p.file), p.html]));

/** A page's meta policy and its inline code, read once per page. */
const parsed = new Map<string, { policy: string; styles: string[]; scripts: Element[] }>();
function inline(file: string) {
  let page = parsed.get(file);
  if (!page) {
    const { document } = parseHTML(pages.get(file) ?? '');
    page = {
      policy:
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
      styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
      scripts: [...document.querySelectorAll('script:not([src])')],
    };
    parsed.set(file, page);
  }
  return page;
}

/**
 * The checker's three known mistakes about CSP, each accepted only where it is one:
 * - it checks the files as file: URLs, where 'self' matches nothing, so it reports the site's own
 *   stylesheet as blocked: accepted for a root-relative address of a file in dist/, which is
 *   same-origin ('self') once served;
 * - it hashes an inline <style>'s text with trailing whitespace trimmed, where CSP (and every
 *   browser) hashes the text as it is: accepted when each <style> of the page is admitted by the
 *   hash of its exact text and one of them ends in whitespace (Astro ends them with a newline);
 * - it applies script-src to a JSON-LD data block, which CSP never does (a data block is not run):
 *   accepted when the page has one and each script it runs is admitted.
 * tests/browser/csp.test.ts checks the same pages in Chromium, which reports no violation.
 */
function checkerMistake(file: string, m: Message): boolean {
  const stylesheet =
    /^Resource violates Content Security Policy \(meta tag\): external stylesheet “(\/[^/][^”]*)” blocked by “style-src” directive\.$/.exec(
      m.message,
    );
  if (stylesheet?.[1]) return existsSync(path.join(DIST, stylesheet[1]));
  const { policy, styles, scripts } = inline(file);
  if (m.message.startsWith('Inline style violates Content Security Policy (meta tag)'))
    return styles.every((t) => policy.includes(hashSource(t))) && styles.some((t) => /\s$/.test(t));
  if (m.message.startsWith('Inline script violates Content Security Policy (meta tag)')) {
    const data = (s: Element) => s.getAttribute('type') === 'application/ld+json';
    return (
      scripts.some(data) &&
      scripts.filter((s) => !data(s)).every((s) => policy.includes(hashSource(s.textContent ?? '')))
    );
  }
  return false;
}

it('finds no error and no warning on any page', () => {
  const files = [...pages.keys()];
  // Every entry has a page, besides the site's own.
  const { concepts, cases, works } = getContent();
  expect(files.length).toBeGreaterThan(concepts.length + cases.length + works.length);
  const run = spawnSync('java', ['-jar', JAR, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (run.error)
    throw new Error(
      `Cannot run java (${run.error.message}): install a JRE (apt-get install default-jre-headless; .ci/run does).`,
    );
  // The checker writes its JSON report to stderr.
  const { messages } = JSON.parse(run.stderr) as { messages: Message[] };
  const problems = messages
    .filter((m) => m.type !== 'info' || m.subType === 'warning')
    .filter((m) => !checkerMistake(new URL(m.url ?? 'file:///').pathname, m))
    .map(
      (m) =>
        `${path.relative(DIST, new URL(m.url ?? 'file:///').pathname)}:${m.lastLine ?? 0} ${m.subType ?? m.type}: ${m.message}`,
    );
  expect(problems).toEqual([]);
}, 180_000);
