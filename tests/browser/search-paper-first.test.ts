/**
 * Search puts the paper first, in Chromium: for a phrase the paper holds, the entry the query
 * names may come first, then every paragraph and note that holds the phrase (read from
 * /edition.json, not from the index), then the other entry pages and sources; in the dialog and
 * on /search/. Excerpts keep labels apart from values, and mark a phrase as one.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../helpers/session.ts';

const session = browserSession();

/** Words of a text as a phrase is compared: lower case, split at anything else. */
const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;

/** The addresses of the paper's paragraphs and notes that hold a phrase, from /edition.json. */
async function holding(page: Page, phrase: string): Promise<string[]> {
  const edition = (await (await page.request.get(`${session.origin()}/edition.json`)).json()) as {
    sections: { paragraphs: { id: string; text: string }[] }[];
    notes: { id: string; text: string }[];
  };
  return [...edition.sections.flatMap((s) => s.paragraphs), ...edition.notes]
    .filter((p) => words(p.text).includes(words(phrase)))
    .map((p) => `/paper/#${p.id}`);
}

const path = (href: string) => href.replace(/\?[^#]*/, '');

/** The dialog's options for a query, once they are the query's: address, kind and excerpt. */
async function dialogOptions(page: Page, query: string) {
  await page.keyboard.press('/');
  const input = page.locator('dialog.search-dialog input[role=combobox]');
  await input.waitFor();
  const rendered = page.evaluate(
    () => new Promise((r) => document.addEventListener('search:rendered', r, { once: true })),
  );
  await input.fill(query);
  await rendered;
  return page.locator('.search-option').evaluateAll((options) =>
    options.map((o) => ({
      kind: o.querySelector('.search-kind')?.textContent ?? '',
      title: o.querySelector('.search-title')?.textContent ?? '',
      excerpt: o.querySelector('.search-excerpt')?.textContent ?? '',
      marks: [...o.querySelectorAll('.search-excerpt mark')].map((m) => m.textContent ?? ''),
    })),
  );
}

/** The order the results must keep: the named entry, then the passages, then the rest. */
function expectPaperFirst(found: string[], named: string | undefined, passages: string[]) {
  const rest = named ? found.slice(1) : found;
  if (named) expect(found[0]).toBe(named);
  expect(passages.length).toBeGreaterThan(0);
  // Every passage that holds the phrase, and nothing else, before the first other result.
  const firstOther = rest.findIndex((h) => !passages.includes(h));
  const before = firstOther === -1 ? rest : rest.slice(0, firstOther);
  expect([...before].sort()).toEqual([...passages].sort());
}

const phrases: [query: string, named: string | undefined][] = [
  ['ASEAN Regional Forum', '/cases/asean-regional-forum/'],
  ['bandwagoning for profit', '/concepts/bandwagoning-for-profit/'],
  ['collective security', '/concepts/collective-security/'],
  ['Opium War', undefined],
  ['East Timor', undefined],
];

describe('the paper first, on /search/', () => {
  for (const [query, named] of phrases) {
    it(`“${query}”: ${named ?? 'no entry of that name'}, then the passages that hold it`, async () => {
      const { page } = await session.open(`/search/?q=${encodeURIComponent(query)}`);
      await page.locator('#results li').first().waitFor();
      const found = (
        await page
          .locator('#results li a')
          .evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''))
      ).map(path);
      expectPaperFirst(found, named, await holding(page, query));
    });
  }
});

describe('the paper first, in the dialog', () => {
  it('“ASEAN Regional Forum”: the case, then its passages, each excerpt with the phrase marked as one', async () => {
    const { page } = await session.open('/paper/');
    const options = await dialogOptions(page, 'ASEAN Regional Forum');
    const passages = await holding(page, 'ASEAN Regional Forum');
    expect(options[0]?.kind).toBe('Case');
    expect(options[0]?.title).toBe('ASEAN Regional Forum (ARF)');
    const paper = options.slice(1, 1 + passages.length);
    for (const o of paper) expect(o.kind).toMatch(/^(Text|Note) · /);
    expect(options.slice(1 + passages.length).some((o) => /^(Text|Note)/.test(o.kind))).toBe(false);
    for (const o of [options[0], ...paper]) {
      expect(o?.marks.length).toBeGreaterThan(0);
      for (const mark of o?.marks ?? []) expect(mark).toMatch(/^ASEAN Regional Forum/);
    }
  });

  it('keeps labels apart from their values in an entry’s excerpt', async () => {
    const { page } = await session.open('/paper/');
    const [first] = await dialogOptions(page, 'ASEAN Regional Forum');
    expect(first?.excerpt).toContain('Places: Bangkok; Singapore. Actors: ASEAN;');
    expect(first?.excerpt).not.toMatch(/Places\p{L}|\p{L}Actors/u);
  });

  it('marks the words of a single-word query, and a phrase only where the words stand together', async () => {
    const { page } = await session.open('/paper/');
    const options = await dialogOptions(page, 'bandwagoning for profit');
    const marks = options.flatMap((o) => o.marks.map((m) => m.toLowerCase()));
    expect(marks).toContain('bandwagoning for profit');
    // "for" alone is no phrase: where the phrase is not, the words are marked as Pagefind does.
    const inPhrase = options.filter((o) =>
      o.excerpt.toLowerCase().includes('bandwagoning for profit'),
    );
    for (const o of inPhrase) expect(o.marks.map((m) => m.toLowerCase())).not.toContain('for');
  });
});
