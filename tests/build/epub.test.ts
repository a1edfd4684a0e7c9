/**
 * The EPUB the build writes (dist/edition.epub), through the validators its community trusts:
 * EPUBCheck (0 fatal, 0 errors, 0 warnings under EPUB 3.2 rules) and Ace by DAISY (0 violations),
 * with the working paper's page starts placed (pagebreak markers and a page list); and the
 * editor's layer in documents of its own, linked both ways to the paragraphs, the authors' text and
 * notes as /edition.json has them. Neither validator ever skips: a missing one fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { headersFor, parseHeaders } from '../../src/hosting/headers.ts';
import { FILES } from '../../src/lib/site/routes.ts';
import { ace, epubcheck } from '../helpers/epub.ts';
import { DIST } from '../helpers/site.ts';

const built = path.join(DIST, FILES.epub);

it('carries the working paper’s page starts, to be validated with them', () => {
  const files = Object.entries(unzipSync(readFileSync(built)));
  const text = (name: RegExp) =>
    files
      .filter(([f]) => name.test(f))
      .map(([, bytes]) => strFromU8(bytes))
      .join('');
  expect(text(/nav\.xhtml$/)).toContain('epub:type="page-list"');
  expect(text(/\.xhtml$/)).toContain('epub:type="pagebreak"');
});

it('passes EPUBCheck with no fatal error, no error and no warning', () => {
  const result = epubcheck(built);
  expect(result.messages).toEqual([]);
  expect([result.fatal, result.errors, result.warnings]).toEqual([0, 0, 0]);
}, 180_000);

it('passes Ace by DAISY with no violation', () => {
  const result = ace(built);
  expect(result.violations).toEqual([]);
  expect(result.outcome).toBe('pass');
}, 180_000);

it('is served as application/epub+zip', () => {
  const rules = parseHeaders(readFileSync(path.join(DIST, '_headers'), 'utf8'));
  expect(headersFor(rules, FILES.epub).get('content-type')).toBe('application/epub+zip');
  expect(readFileSync(built).subarray(30, 58).toString()).toBe('mimetypeapplication/epub+zip');
});

describe('the editor’s layer in the EPUB', () => {
  const { commentary, edition } = getContent();
  const files = unzipSync(readFileSync(built));
  const doc = (name: string) =>
    new DOMParser().parseFromString(
      strFromU8(files[`OEBPS/${name}`] ?? new Uint8Array()),
      'text/xml',
    );
  const json = JSON.parse(readFileSync(path.join(DIST, FILES.edition), 'utf8')) as {
    sections: { id: string; paragraphs: { id: string; text: string }[] }[];
    notes: { id: string; text: string }[];
  };
  const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

  it('has the guide, the commentary and its works as documents of their own, in the spine and the contents', () => {
    const opf = strFromU8(files['OEBPS/package.opf'] ?? new Uint8Array());
    const nav = strFromU8(files['OEBPS/nav.xhtml'] ?? new Uint8Array());
    for (const [file, title] of [
      ['guide.xhtml', 'Reader’s guide'],
      ['commentary.xhtml', 'Editor’s commentary'],
      ['commentary-works.xhtml', 'Works the commentary relies on'],
    ]) {
      const id = new RegExp(`<item id="([^"]+)" href="${file}"`).exec(opf)?.[1];
      expect(opf, file).toContain(`<itemref idref="${id}"/>`);
      expect(nav).toContain(`<a href="${file}">${title}</a>`);
      expect(doc(file ?? '').querySelector('h1')?.textContent).toBe(title);
    }
    expect(doc('commentary.xhtml').querySelector('.layer-notice')?.textContent).toMatch(
      /^By the editors of this edition, not by the authors/,
    );
  });

  it('links each note to its ¶, and the ¶ back to the note', () => {
    const notes = doc('commentary.xhtml');
    for (const note of commentary.notes) {
      const el = notes.querySelector(`section[id="${note.id}"]`);
      expect(el?.querySelector('.as-of')?.textContent, note.id).toMatch(
        /^As of \d{1,2} \w+ \d{4}$/,
      );
      const href = el?.querySelector('.note-anchor a')?.getAttribute('href') ?? '';
      const [file, anchor] = href.split('#');
      expect(anchor).toBe(note.passage);
      const text = doc(file ?? '');
      expect(text.querySelector(`p[id="${note.passage}"]`), note.id).not.toBeNull();
      const mark = text.querySelector(`a[id="commentary-on-${note.id}"]`);
      expect(mark?.getAttribute('href')).toBe(`commentary.xhtml#${note.id}`);
      // The mark stands after its paragraph (and its editorial remarks), before the next one.
      let after = text.querySelector(`p[id="${note.passage}"]`)?.nextElementSibling;
      while (after && !after.contains(mark ?? null) && after.localName !== 'p')
        after = after.nextElementSibling;
      expect(after?.classList.contains('commentary-mark'), note.id).toBe(true);
      if (note.quote) expect(words(el?.querySelector('blockquote')?.textContent)).toBe(note.quote);
      // Each source is linked to its entry in the commentary's own list.
      const works = doc('commentary-works.xhtml');
      const citations = [...(el?.querySelectorAll('p:not(.note-anchor):not(.concerns) a') ?? [])];
      expect(citations.length, note.id).toBeGreaterThanOrEqual(note.sources.length);
      for (const a of citations) {
        const [list, id] = (a.getAttribute('href') ?? '').split('#');
        expect(list, note.id).toBe('commentary-works.xhtml');
        expect(works.querySelector(`li[id="${id}"]`), id).not.toBeNull();
      }
    }
    expect(doc('commentary-works.xhtml').querySelectorAll('li')).toHaveLength(
      commentary.works.length,
    );
  });

  it('leaves the authors’ paragraphs and notes as /edition.json has them, the layer outside them', () => {
    for (const section of json.sections) {
      const text = doc(`${section.id}.xhtml`);
      for (const p of section.paragraphs) {
        const el = text.querySelector(`p[id="${p.id}"]`)?.cloneNode(true) as Element | undefined;
        for (const mark of [
          ...(el?.querySelectorAll('.paragraph-number, .inferred-break, [role="doc-noteref"]') ??
            []),
        ])
          mark.remove();
        expect(words(el?.textContent), p.id).toBe(words(p.text));
        expect(el?.querySelector('.commentary-mark')).toBeNull();
      }
    }
    const footnotes = json.notes.map((n) => {
      const section = edition.notes.find((m) => m.id === n.id);
      const el = doc(`${section?.section ?? ''}.xhtml`)
        .querySelector(`aside[id="${n.id}"]`)
        ?.cloneNode(true) as Element | undefined;
      el?.querySelector('[role="doc-backlink"]')?.remove();
      el?.querySelector('.marker-remark')?.remove();
      return words(el?.textContent);
    });
    expect(footnotes).toEqual(json.notes.map((n) => words(n.text)));
    // The commentary is not made footnotes or note references: it is no note of the authors'.
    for (const file of ['guide.xhtml', 'commentary.xhtml', 'commentary-works.xhtml'])
      expect(strFromU8(files[`OEBPS/${file}`] ?? new Uint8Array())).not.toMatch(
        /epub:type="(?:footnote|noteref|endnote|rearnote)"/,
      );
  });
});
