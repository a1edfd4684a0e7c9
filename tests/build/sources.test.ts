/**
 * The notes and their sources, over the built site: every cited work has an entry and every entry
 * is cited; links from notes to sources and back resolve; exports round-trip; metadata for
 * reference managers is present and well formed.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { citedWorks } from '../../src/lib/entries/passages.ts';
import { parseBibliography } from '../helpers/read-bibliography.ts';
import { requireBuild } from '../helpers/site.ts';

const { works, edition } = getContent();
let paper: Document;

function page(path: string): Document {
  return parseHTML(readFileSync(`dist${path}index.html`, 'utf8')).document as unknown as Document;
}

beforeAll(() => {
  requireBuild();
  paper = page('/paper/');
});

describe('the bibliography and the notes', () => {
  it('has an entry for every work the notes cite, and every entry is cited', () => {
    expect([...citedWorks(edition)].sort()).toEqual(works.map((w) => w.id).sort());
    expect(works.length).toBeGreaterThan(0);
  });

  it('leaves only notes 1, 13 and 16 without a citation', () => {
    const without = edition.notes
      .filter((n) => !n.marks.some((m) => m.kind === 'work'))
      .map((n) => n.n);
    expect(without).toEqual([1, 13, 16]);
  });

  it('links each citation in a note to its source page, which links back to that note', () => {
    for (const note of paper.querySelectorAll('[role=doc-footnote]')) {
      for (const link of note.querySelectorAll('a[href^="/sources/"]')) {
        const source = page(link.getAttribute('href') ?? '');
        const back = [...source.querySelectorAll('.citing a')].map((a) => a.getAttribute('href'));
        expect(back, `${note.id} → ${link.getAttribute('href')}`).toContain(`/paper/#${note.id}`);
      }
    }
  });

  it('counts on each source page exactly the notes that link to it', () => {
    for (const work of works) {
      const linking = new Set(
        [...paper.querySelectorAll(`[role=doc-footnote] a[href="/sources/${work.id}/"]`)].map(
          (a) => a.closest('[role=doc-footnote]')?.id,
        ),
      );
      const listed = new Set(
        [...page(`/sources/${work.id}/`).querySelectorAll('.citing li > a:first-child')].map(
          (a) => a.getAttribute('href')?.split('#')[1],
        ),
      );
      expect(listed, work.id).toEqual(linking);
      expect(linking.size, work.id).toBeGreaterThan(0);
    }
  });

  it('shows the sentence of the paper each citing note hangs on', () => {
    const cronin = page('/sources/cronin-1999/');
    const items = [...cronin.querySelectorAll('.citing li')].map((li) => li.textContent ?? '');
    expect(
      items.some(
        (t) =>
          t.includes('n. 31') && t.includes('p. 12') && t.includes('regardless of who it may be'),
      ),
    ).toBe(true);
  });
});

describe('exports', () => {
  for (const ext of ['bib', 'ris', 'json']) {
    it(`/bibliography.${ext} parses back to the same entries`, () => {
      const parsed = parseBibliography(readFileSync(`dist/bibliography.${ext}`, 'utf8'));
      expect(parsed.map((w) => w.title).sort()).toEqual(works.map((w) => w.title).sort());
    });
  }

  it('lists the whole-bibliography downloads on /sources/, each linked, spaced as prose', () => {
    const intro = [...page('/sources/').querySelectorAll('p')].find((p) =>
      p.textContent.startsWith('Download all:'),
    );
    expect(intro?.textContent).toMatch(/^Download all: CSL-JSON · RIS · BibTeX\. /);
    expect([...(intro?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '/bibliography.json',
      '/bibliography.ris',
      '/bibliography.bib',
    ]);
  });

  it('offers each entry as a file in each format', () => {
    for (const ext of ['bib', 'ris', 'json'])
      expect(
        parseBibliography(readFileSync(`dist/sources/cronin-1999.${ext}`, 'utf8')),
      ).toHaveLength(1);
  });
});

describe('metadata for reference managers', () => {
  const meta = (name: string) =>
    [...paper.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute('content') ?? '');

  it('describes the working paper read here: a Baker Institute report of May 2000', () => {
    expect(meta('citation_title')).toEqual([
      'Between Balance of Power and Community: The Future of Multilateral Security Cooperation in the Asia Pacific',
    ]);
    expect(meta('citation_author')).toEqual(['Ikenberry, G. John', 'Tsuchiyama, Jitsuo']);
    expect(meta('citation_date')).toEqual(['2000-05']);
    expect(meta('citation_technical_report_institution')).toEqual([
      'James A. Baker III Institute for Public Policy, Rice University',
    ]);
    for (const journal of ['citation_journal_title', 'citation_volume', 'citation_issue']) {
      expect(meta(journal), journal).toEqual([]);
    }
  });

  it('offers a summary of the argument, not of the website, as the description', () => {
    const description = meta('description')[0] ?? '';
    expect(description).toMatch(/^The authors argue/);
    expect(description).not.toMatch(/edition|website/i);
  });

  it('leaves the cited works to their own pages: no citation_reference on /paper/', () => {
    expect(meta('citation_reference')).toEqual([]);
  });

  it('has Schema.org JSON-LD on the Cite page: the report read on /paper/, the article as a later version', () => {
    expect(paper.querySelector('script[type="application/ld+json"]')).toBeNull();
    const ld = JSON.parse(
      page('/cite/').querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
    ) as Record<string, unknown>;
    expect(ld['@type']).toBe('Report');
    expect(ld['url']).toMatch(/\/paper\/$/);
    expect(ld['datePublished']).toBe('2000-05');
    expect(ld['workExample']).toEqual(
      expect.objectContaining({ '@type': 'ScholarlyArticle', datePublished: '2002-02' }),
    );
  });

  it('cites this edition on the Cite page as a book of its own, without the paper’s authors', () => {
    const cite = page('/cite/');
    const text = (format: string) => cite.querySelector(`#edition-${format}`)?.textContent ?? '';
    expect(text('ris')).toMatch(/^TY {2}- BOOK$/m);
    expect(text('bibtex')).toMatch(/^@book\{/);
    expect(JSON.parse(text('csl'))).toEqual([expect.objectContaining({ type: 'book' })]);
    for (const format of ['chicago', 'apa', 'mla', 'bibtex', 'ris', 'csl']) {
      expect(text(format), format).toContain('The editors of this digital edition');
      expect(text(format), format).not.toMatch(/Ikenberry|Tsuchiyama/);
    }
    expect(cite.querySelector('#working-paper-ris')?.textContent).toMatch(/^AU {2}- Ikenberry/m);
  });

  it('has COinS on every entry of the sources list', () => {
    const spans = [...page('/sources/').querySelectorAll('span.Z3988')].map(
      (s) => s.getAttribute('title') ?? '',
    );
    expect(spans).toHaveLength(works.length);
    for (const title of spans) expect(title).toMatch(/^ctx_ver=Z39\.88-2004&/);
  });
});
