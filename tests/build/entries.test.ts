/**
 * The concept, case, timeline and index pages as built in dist/: each entry has its page, the
 * passages a page lists are exactly the marks of the text, the relations and the orders hold, and
 * every locator leads to a place in the paper.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { compareCases, dateValue } from '../../src/lib/entries/dates.ts';
import { mentionsOf } from '../../src/lib/entries/passages.ts';
import { DIST, requireBuild } from '../helpers/site.ts';

requireBuild();
const { edition, concepts, cases } = getContent();

const parsed = new Map<string, Document>();

/** The parsed page at a URL path of the built site, parsed once. */
function page(url: string): Document {
  const file = path.join(DIST, url, 'index.html');
  if (!existsSync(file)) throw new Error(`${url} was not built (${file} is missing)`);
  const doc =
    parsed.get(url) ?? (parseHTML(readFileSync(file, 'utf8')).document as unknown as Document);
  parsed.set(url, doc);
  return doc;
}

/** The list that follows a heading with the given id (the passages, the related entries…). */
function listAfter(doc: Document, headingId: string): Element | null {
  let el = doc.getElementById(headingId)?.nextElementSibling ?? null;
  while (el && !/^(?:UL|OL)$/.test(el.tagName)) el = el.nextElementSibling;
  return el;
}

/** Hrefs of the links of an element, in document order. */
function hrefs(el: Element | null | undefined, selector = 'a'): string[] {
  return [...(el?.querySelectorAll(selector) ?? [])].map((a) => a.getAttribute('href') ?? '');
}

describe('entry pages', () => {
  it('every concept and every case has its own page and at least one marked passage', () => {
    for (const c of concepts) {
      expect(existsSync(path.join(DIST, 'concepts', c.id, 'index.html')), c.id).toBe(true);
      expect(mentionsOf(edition, 'concept', c.id).length, c.id).toBeGreaterThan(0);
    }
    for (const k of cases) {
      expect(existsSync(path.join(DIST, 'cases', k.id, 'index.html')), k.id).toBe(true);
      expect(mentionsOf(edition, 'case', k.id).length, k.id).toBeGreaterThan(0);
    }
  });

  it('a concept page lists exactly the passages that mark the concept, in reading order, with the marked words in <mark>', () => {
    for (const c of concepts) {
      const doc = page(`/concepts/${c.id}/`);
      const list = listAfter(doc, 'in-the-paper');
      const expected = mentionsOf(edition, 'concept', c.id);
      expect(hrefs(list), c.id).toEqual(expected.map((p) => p.href));
      expect(
        [...(list?.querySelectorAll('a') ?? [])].map((a) => a.textContent),
        c.id,
      ).toEqual(expected.map((p) => p.label));
      expect(
        [...(list?.querySelectorAll('mark') ?? [])].map((m) => m.textContent),
        c.id,
      ).toEqual(expected.map((p) => p.snippet.match));
    }
  });

  it('a case page lists exactly the passages that mark the case, in reading order', () => {
    for (const k of cases) {
      const list = listAfter(page(`/cases/${k.id}/`), 'in-the-paper');
      expect(hrefs(list), k.id).toEqual(mentionsOf(edition, 'case', k.id).map((p) => p.href));
    }
  });

  it('related concepts are linked both ways: if A lists B, each page links to the other', () => {
    let pairs = 0;
    for (const a of concepts) {
      for (const b of a.data.related) {
        expect(hrefs(listAfter(page(`/concepts/${a.id}/`), 'related')), `${a.id} → ${b}`).toContain(
          `/concepts/${b}/`,
        );
        expect(hrefs(listAfter(page(`/concepts/${b}/`), 'related')), `${b} → ${a.id}`).toContain(
          `/concepts/${a.id}/`,
        );
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it('a concept page quotes the paper’s definition and links to the paragraph or note that holds it', () => {
    for (const c of concepts.filter((x) => x.data.paperDefinition)) {
      const doc = page(`/concepts/${c.id}/`);
      const quote = doc.querySelector('blockquote');
      expect(quote?.textContent?.trim(), c.id).toBe(c.data.paperDefinition);
      const href = quote?.nextElementSibling?.querySelector('a')?.getAttribute('href') ?? '';
      const id = href.replace('/paper/#', '');
      const text = [...edition.paragraphs, ...edition.notes].find((x) => x.id === id)?.text ?? '';
      expect(text, `${c.id}: ${href}`).toContain(c.data.paperDefinition);
    }
  });

  it('a concept page lists the cases that name it, and a case page the concepts it names', () => {
    for (const k of cases) {
      expect(hrefs(listAfter(page(`/cases/${k.id}/`), 'concepts')).sort(), k.id).toEqual(
        k.data.concepts.map((c) => `/concepts/${c}/`).sort(),
      );
      for (const c of k.data.concepts)
        expect(hrefs(listAfter(page(`/concepts/${c}/`), 'cases')), `${c} → ${k.id}`).toContain(
          `/cases/${k.id}/`,
        );
    }
  });

  it('a case page says which facts were checked, in a details element', () => {
    for (const k of cases) {
      const details = page(`/cases/${k.id}/`).querySelector('details');
      expect(details?.querySelector('summary')?.textContent, k.id).toBe('Facts checked');
      expect(details?.querySelectorAll('li').length, k.id).toBe(k.data.verified.length);
    }
  });
});

describe('the glossary and the list of cases', () => {
  it('the glossary defines every concept A–Z as a DPUB-ARIA glossary of <dfn> terms, each with its passage count', () => {
    const doc = page('/concepts/');
    const glossary = doc.querySelector('[role="doc-glossary"]');
    const terms = [...(glossary?.querySelectorAll('dt dfn') ?? [])].map((d) => d.textContent ?? '');
    expect(terms).toHaveLength(concepts.length);
    expect(terms).toEqual(
      [...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    for (const dd of glossary?.querySelectorAll('dd') ?? [])
      expect(dd.textContent).toMatch(/\b\d+ passages?$/);
  });

  it('the list of cases gives every case once, in date order', () => {
    const listed = hrefs(page('/cases/').querySelector('main ol'));
    expect(listed).toEqual(
      [...cases].sort((a, b) => compareCases(a.data, b.data)).map((k) => `/cases/${k.id}/`),
    );
  });
});

describe('the timeline', () => {
  const doc = page('/timeline/');
  const startOf = new Map(cases.map((k) => [`/cases/${k.id}/`, dateValue(k.data.start)]));

  it('the drawing links each case once, in date order', () => {
    const links = hrefs(doc.querySelector('main svg'));
    expect(links).toHaveLength(cases.length);
    expect(new Set(links)).toEqual(new Set(startOf.keys()));
    const starts = links.map((h) => startOf.get(h) ?? Number.NaN);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('a text list gives the same cases in the same order as the drawing', () => {
    expect(hrefs(listAfter(doc, 'list'))).toEqual(hrefs(doc.querySelector('main svg')));
  });
});

describe('the index', () => {
  const doc = page('/index/');
  const paperIds = new Set([...page('/paper/').querySelectorAll('[id]')].map((e) => e.id));

  it('every ¶ and note locator leads to a paragraph or note of /paper/', () => {
    const locators = hrefs(doc.querySelector('main'), 'a[href^="/paper/"]');
    expect(locators.length).toBeGreaterThan(concepts.length + cases.length);
    const broken = locators.filter(
      (h) => !/^\/paper\/#[pn]\d+$/.test(h) || !paperIds.has(h.slice('/paper/#'.length)),
    );
    expect(broken).toEqual([]);
  });

  it('every concept and case has one entry that links to its page and locates every passage its page lists', () => {
    for (const [kind, list] of [
      ['concept', concepts],
      ['case', cases],
    ] as const) {
      for (const e of list) {
        const href = `/${kind === 'concept' ? 'concepts' : 'cases'}/${e.id}/`;
        const entries = doc.querySelectorAll(`[role="doc-index"] li > a[href="${href}"]`);
        expect(entries.length, href).toBe(1);
        const located = hrefs(entries[0]?.parentElement, 'a[href^="/paper/"]');
        for (const p of mentionsOf(edition, kind, e.id))
          expect(located, `${href} ${p.label}`).toContain(p.href);
      }
    }
  });

  it('no heading stands twice: an institution that is also a case is one entry', () => {
    const headings = [...doc.querySelectorAll('[role="doc-index"] li > :first-child')].map(
      (h) => h.textContent,
    );
    expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([]);
    const arf = doc.querySelector('[role="doc-index"] li > a[href="/cases/asean-regional-forum/"]');
    expect(arf?.nextElementSibling?.textContent).toBe('case');
  });

  it('the letter bar names exactly the letters that have entries, and each leads to its heading', () => {
    const letters = hrefs(doc.querySelector('nav.letters'));
    const headings = [...doc.querySelectorAll('[role="doc-index"] h2[id]')].map((h) => `#${h.id}`);
    expect(letters).toEqual(headings);
    expect(letters.length).toBeGreaterThan(0);
  });
});
