/**
 * The EPUB writers on strings (src/lib/outputs/epub/): a section's XHTML with its footnotes, the
 * page starts and the page list, the package document's metadata, and a container whose bytes
 * do not change from one run, or one time zone, to the next. EPUBCheck and Ace check the real
 * file in tests/build/epub.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { buildEdition } from '../../src/lib/edition/build.ts';
import { workFinder } from '../../src/lib/outputs/layer-citations.ts';
import {
  commentaryWorksXhtml,
  commentaryXhtml,
  guideXhtml,
} from '../../src/lib/outputs/epub/editors-layer.ts';
import {
  type EpubInput,
  epubFiles,
  epubInput,
  writeEpub,
} from '../../src/lib/outputs/epub/index.ts';
import { navXhtml } from '../../src/lib/outputs/epub/navigation.ts';
import { CONFORMS_TO, packageOpf } from '../../src/lib/outputs/epub/package-document.ts';
import { sectionXhtml } from '../../src/lib/outputs/epub/section.ts';
import { escapeXml } from '../../src/lib/outputs/epub/xhtml.ts';
import { COMMENTARY_WORKS, fixtureCommentary } from '../helpers/commentary-fixture.ts';
import { withPageBreaks } from '../helpers/epub.ts';

const dir = path.resolve('tests/fixtures/paper');
const files = ['first.mdx', 'second.mdx'].map((name) => path.join(dir, name));
const edition = buildEdition(new Map(files.map((file) => [file, readFileSync(file, 'utf8')])));
const webUrl = (sitePath: string) => `https://example.org${sitePath}`;
const first = edition.sections[0]!;
const meta = { identifier: 'https://example.org/edition.epub', date: '2026-11-30', source: 'S.' };

describe('a section as XHTML', () => {
  const xhtml = sectionXhtml(first, webUrl);

  it('keeps the site’s ids and numbers the paragraphs as the site does', () => {
    expect(xhtml).toContain('<p id="p1"><span class="paragraph-number">¶ 1</span> Opening words');
    expect(xhtml).toContain('<h1 id="first">First</h1>');
  });

  it('makes each note an EPUB footnote, referenced where its marker stands and linked back', () => {
    expect(xhtml).toContain(
      '<a epub:type="noteref" role="doc-noteref" id="nref1" href="#n1" aria-label="Note 1">1</a>',
    );
    expect(xhtml).toMatch(
      /<aside epub:type="footnote" role="doc-footnote" id="n1"><p><a href="#nref1" role="doc-backlink"[^>]*>1\.<\/a> A note with its own words\.<\/p><\/aside>/,
    );
  });

  it('shows a restored marker in brackets and links gaps and remarks to the apparatus', () => {
    expect(xhtml).toContain(
      'class="restored-marker" aria-label="Note 2, marker restored by the editor">[2]</a>',
    );
    expect(xhtml).toContain('<a id="gap-1" class="gap" href="apparatus.xhtml#gap-1"');
    expect(xhtml).toContain('<div class="editorial" id="ed-gap-1" role="note">');
    expect(xhtml).toContain(
      'href="apparatus.xhtml#nref2">[Editor: marker of note 2 restored (low certainty).]</a>',
    );
  });

  it('is an XHTML document in the EPUB namespace', () => {
    expect(xhtml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE html>\n<html xmlns="http:\/\/www.w3.org\/1999\/xhtml" xmlns:epub="http:\/\/www.idpf.org\/2007\/ops"/,
    );
    expect(escapeXml('a < b & "c"')).toBe('a &#60; b &#38; &#34;c&#34;');
  });
});

describe('page starts of the working paper', () => {
  const paged = withPageBreaks(edition, { p1: 9, p3: 10 });

  it('are pagebreak markers that add no words', () => {
    const xhtml = sectionXhtml(paged.sections[0]!, webUrl);
    expect(xhtml).toContain(
      '<p id="p1"><span class="paragraph-number">¶ 1</span> <span epub:type="pagebreak" role="doc-pagebreak" id="page-9" aria-label="9" title="9"></span>Opening words',
    );
  });

  it('make a page list in the navigation, and only when there are any', () => {
    const nav = navXhtml(paged);
    expect(nav).toContain('<nav epub:type="page-list" role="doc-pagelist"');
    expect([...nav.matchAll(/href="([^"]+#page-\d+)"/g)].map((m) => m[1])).toEqual([
      'first.xhtml#page-9',
      'second.xhtml#page-10',
    ]);
    expect(navXhtml(edition)).not.toContain('page-list');
    expect(navXhtml(edition)).toContain('<nav epub:type="toc" role="doc-toc"');
  });

  it('are declared in the accessibility metadata only when there are any', () => {
    expect(packageOpf(paged, meta)).toContain('>pageBreakMarkers</meta>');
    expect(packageOpf(paged, meta)).toContain(
      '<meta property="source-of" refines="#source">pagination</meta>',
    );
    expect(packageOpf(edition, meta)).not.toMatch(/pageBreakMarkers|source-of/);
  });
});

describe('the package document', () => {
  const opf = packageOpf(edition, meta);

  it('states the accessibility of the publication with EPUB 3.2 metadata', () => {
    for (const line of [
      '<meta property="schema:accessMode">textual</meta>',
      '<meta property="schema:accessModeSufficient">textual</meta>',
      '<meta property="schema:accessibilityFeature">structuralNavigation</meta>',
      '<meta property="schema:accessibilityFeature">tableOfContents</meta>',
      '<meta property="schema:accessibilityHazard">none</meta>',
      `<meta property="dcterms:conformsTo">${CONFORMS_TO}</meta>`,
      '<meta property="dcterms:modified">2026-11-30T00:00:00Z</meta>',
    ])
      expect(opf).toContain(line);
    expect(opf).toMatch(/<meta property="schema:accessibilitySummary">[^<]{80,}<\/meta>/);
    // EPUB 3.3 only: EPUBCheck 4.2.6 refuses them.
    expect(opf).not.toMatch(/pageBreakSource|a11y:exemption/);
  });

  it('reads the title page, the contents, the sections, the editor’s layer, then the apparatus and the entries', () => {
    const hrefs = [...opf.matchAll(/<itemref idref="([^"]+)"\/>/g)].map((m) => m[1]);
    const items = new Map(
      [...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
    );
    expect(hrefs.map((id) => items.get(id ?? ''))).toEqual([
      'title.xhtml',
      'nav.xhtml',
      'first.xhtml',
      'second.xhtml',
      'guide.xhtml',
      'commentary.xhtml',
      'commentary-works.xhtml',
      'apparatus.xhtml',
      'bibliography.xhtml',
      'concepts.xhtml',
      'cases.xhtml',
    ]);
  });
});

describe('the container', () => {
  const content = getContent();
  const input = epubInput(content, webUrl, meta.identifier);
  const bytes = writeEpub(input);

  it('opens with the mimetype, stored, and dates every entry by the content', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // stored
    expect(strFromU8(bytes.subarray(30, 58))).toBe('mimetypeapplication/epub+zip');
    const [y, m, d] = content.date.split('-').map(Number) as [number, number, number];
    expect(view.getUint16(10, true)).toBe(0); // 00:00:00
    expect(view.getUint16(12, true)).toBe(((y - 1980) << 9) | (m << 5) | d);
  });

  it('holds every section, all 32 notes as footnotes and every paragraph once', () => {
    const unzipped = unzipSync(bytes);
    const text = Object.values(unzipped)
      .map((entry) => strFromU8(entry))
      .join('');
    for (const s of content.edition.sections) expect(unzipped[`OEBPS/${s.id}.xhtml`]).toBeDefined();
    expect(text.match(/epub:type="footnote"/g)).toHaveLength(content.edition.notes.length);
    for (const p of content.edition.paragraphs)
      expect(text.match(new RegExp(`<p id="${p.id}">`, 'g'))).toHaveLength(1);
    expect(Object.keys(unzipped)).toEqual(['mimetype', ...epubFiles(input).map(([name]) => name)]);
  });

  it('is the same bytes every time it is written, in any time zone', () => {
    const zone = process.env['TZ'];
    try {
      process.env['TZ'] = 'Pacific/Kiritimati';
      const east = writeEpub(input);
      process.env['TZ'] = 'America/Los_Angeles';
      const west = writeEpub(epubInput(content, webUrl, meta.identifier));
      expect(Buffer.from(east).equals(Buffer.from(bytes))).toBe(true);
      expect(Buffer.from(west).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });
});

describe('the editor’s layer', () => {
  const commentary = fixtureCommentary(['first', 'second']);
  const input: EpubInput = {
    edition,
    concepts: [],
    cases: [],
    references: [],
    source: 'S.',
    date: '2026-11-30',
    webUrl,
    identifier: meta.identifier,
    commentary,
    commentaryReferences: [
      { id: 'doe-2010', html: 'Doe, Jane. “Talks &#60;Resume&#62;.” <i>The Daily</i>, 2010.' },
      { id: 'forum-2009-vision', html: 'The Forum. “Vision Statement.” 2009.' },
    ],
    findWork: workFinder(COMMENTARY_WORKS, [
      {
        id: 'cronin-1999',
        type: 'book',
        title: 'Community Under Anarchy',
        author: [{ family: 'Cronin', given: 'Bruce' }],
        issued: { 'date-parts': [[1999]] },
      },
    ]),
  };

  it('is in the contents as the editors’, after the text and before the apparatus', () => {
    const nav = navXhtml(edition);
    const titles = [...nav.matchAll(/<a href="([^"#]+)">([^<]+)<\/a>/g)].map((m) => m[2]);
    expect(titles.slice(3, 6)).toEqual([
      'Reader’s guide',
      'Editor’s commentary',
      'Works the commentary relies on',
    ]);
  });

  it('links each note to its paragraph, and the paragraph back to the note, outside its words', () => {
    const first = sectionXhtml(edition.sections[0]!, webUrl, commentary.notes);
    expect(first).toContain(
      '<div class="commentary-mark" role="note" aria-label="Editor’s commentary: The forum &#38; after"><p><b>Editor’s commentary:</b> <a id="commentary-on-forum-later" href="commentary.xhtml#forum-later">The forum &#38; after</a></p></div>',
    );
    // The paragraph itself is unchanged; the mark follows it.
    expect(first).toContain('Opening words of the paper.');
    expect(first.replace(/<div class="commentary-mark".*?<\/div>/g, '')).toBe(
      sectionXhtml(edition.sections[0]!, webUrl),
    );
    const notes = commentaryXhtml(input);
    expect(notes).toContain(
      '<section id="forum-later" class="commentary-note" aria-labelledby="forum-later-title"><h2 id="forum-later-title">The forum &#38; after</h2><p class="note-anchor"><span class="as-of">As of 1 December 2026</span>. <a href="first.xhtml#p1">On ¶ 1</a>:</p><blockquote><p>Opening words</p></blockquote><p>The forum adopted',
    );
    expect(notes).toContain('<a href="second.xhtml#p3">On ¶ 3</a>');
  });

  it('is headed as the editors’, and cites its works by author and year, linked to their list', () => {
    const notes = commentaryXhtml(input);
    expect(notes).toContain(
      '<section epub:type="appendix" role="doc-appendix" aria-labelledby="heading" class="editors-layer"><h1 id="heading">Editor’s commentary</h1><p class="layer-notice">By the editors of this edition, not by the authors',
    );
    expect(notes).toContain(
      '<p>The forum adopted a vision &#60;in 2009&#62; (<a href="commentary-works.xhtml#forum-2009-vision">The Forum 2009, p. 2</a>).</p>',
    );
    expect(notes).toContain(
      'reported in <i>The Daily</i> (<a href="commentary-works.xhtml#doe-2010">Doe 2010</a>; <a href="commentary-works.xhtml#forum-2009-vision">The Forum 2009</a>).',
    );
    const works = commentaryWorksXhtml(input);
    expect(works).toContain('role="doc-bibliography"');
    expect(works).toContain(
      '<li id="doe-2010">Doe, Jane. “Talks &#60;Resume&#62;.” <i>The Daily</i>, 2010. <span class="cited-in">Cited in: <a href="commentary.xhtml#forum-later">The forum &#38; after</a>; <a href="commentary.xhtml#last-word">On the last paragraph</a>.</span></li>',
    );
  });

  it('writes the guide: steps linked to their paragraphs, quotations marked, sources cited', () => {
    const guide = guideXhtml(input);
    expect(guide).toContain('<h1 id="heading">Reader’s guide</h1>');
    expect(guide).toContain(
      '<h3 id="guide-first">First</h3><ol><li><p>The paper opens &#60;with&#62; a question. (<a href="first.xhtml#p1">¶ 1</a>, <a href="first.xhtml#p2">¶ 2</a>)</p><blockquote><p>Opening words <span class="quote-source">(<a href="first.xhtml#p1">¶ 1</a>)</span></p></blockquote></li></ol>',
    );
    expect(guide).toContain('(<a href="second.xhtml#p3">¶ 3</a>)');
    expect(guide).toContain(
      '<dt>A concert &#38; more</dt><dd><p>What the paper says of a concert. (<a href="first.xhtml#p1">¶ 1</a>)</p><p class="concerns">Cases: <a href="cases.xhtml#opium-war">opium-war</a>.</p><p class="concerns">Concepts: <a href="concepts.xhtml#binding">binding</a>.</p></dd>',
    );
    expect(guide).toContain(
      '<li>The paper joins a debate. (<a href="bibliography.xhtml#cronin-1999">Cronin 1999</a>; <a href="commentary-works.xhtml#doe-2010">Doe 2010</a>)</li>',
    );
  });
});
