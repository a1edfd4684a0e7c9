/** The built site as a whole: unique ids, links and fragments that resolve, valid HTML. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, resolveInDist } from '../helpers/site.ts';

const pages = htmlPages().map((p) => ({ ...p, document: parseHTML(p.html).document }));

/** Ids of a page, read once per page. */
const idsOf = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  let set = idsOf.get(file);
  if (!set) {
    set = new Set(
      [...parseHTML(readFileSync(file, 'utf8')).document.querySelectorAll('[id]')].map((e) => e.id),
    );
    idsOf.set(file, set);
  }
  return set;
}

describe('the built site', () => {
  it('has the pages a reader needs', () => {
    expect(pages.map((p) => p.url).sort()).toEqual(
      expect.arrayContaining(['/', '/about/', '/paper/']),
    );
  });

  it('carries none of the build machine’s environment in its scripts', () => {
    // Astro's env plugin once inlined the env object, with such variables, into a lazy bundle.
    const scripts = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    expect(scripts.length).toBeGreaterThan(0);
    const machine = [process.cwd(), process.env['HOME'] ?? '/root'];
    for (const file of scripts) {
      const code = readFileSync(path.join(DIST, file), 'utf8');
      expect(code, file).not.toContain('ASSETS_PREFIX');
      for (const value of machine) expect(code, file).not.toContain(value);
    }
  });

  it('has no duplicate id on any page', () => {
    for (const page of pages) {
      const seen = new Map<string, number>();
      for (const el of page.document.querySelectorAll('[id]'))
        seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      const duplicates = [...seen].filter(([, count]) => count > 1).map(([id]) => id);
      expect(duplicates, page.url).toEqual([]);
    }
  });

  it('resolves every internal link and #fragment', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const base = new URL(page.url, 'http://site.test');
      for (const el of page.document.querySelectorAll(
        'a[href], link[href]:not([rel="canonical"]), script[src]',
      )) {
        const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        const url = new URL(raw, base);
        if (url.origin !== base.origin) continue;
        const file = resolveInDist(url.pathname);
        if (!file) broken.push(`${page.url}: ${raw} (no such page)`);
        else if (url.hash && !ids(file).has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${page.url}: ${raw} (no such id)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Style advice, not validity: RIS records end in "ER  - " inside <pre>, and page titles
        // carry the full titles of the works cited.
        'no-trailing-whitespace': 'off',
        'long-title': 'off',
      },
    });
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${page.url}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
