/**
 * Citations as each style sets them (src/lib/citation/citation-html.ts, paperCitationsHtml):
 * citation-js's HTML kept to <i>, <b>, <sup>, <sub>, safe to set in a page; its text is the
 * plain citation, word for word; the pinpoint follows the title, in roman.
 */
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { parseHTML } from 'linkedom';
import { citationHtml } from '../../src/lib/citation/citation-html.ts';
import {
  paperCitations,
  paperCitationsHtml,
  passageTemplates,
} from '../../src/lib/citation/paper-citations.ts';

const { formatter, paperFacts } = getContent();

/** The text a reader copies from a citation's HTML, as the browser gives it. */
const citationText = (html: string) =>
  parseHTML(`<p>${html}</p>`).document.querySelector('p')?.textContent ?? '';
const address = {
  home: 'https://example.org/',
  paper: 'https://example.org/paper/',
  date: '2026-05-01',
};

describe('a citation’s HTML', () => {
  it('keeps italics and drops every other element, attribute and script', () => {
    expect(
      citationHtml(
        '<div class="csl-entry"><i style="x">Title</i> &#38; <script>alert(1)</script><a href="javascript:x" onclick="y">link</a> &#60;b&#62; <b>B</b><img src=x onerror=y></div>',
      ),
    ).toBe('<i>Title</i> &#38; alert(1)link &#60;b&#62; <b>B</b>');
    expect(citationHtml('a < b & c')).toBe('a &#60; b &#38; c');
  });

  it('reads, as text, exactly as the plain citation, in every style and for every citable thing', () => {
    const passage = {
      kind: 'paragraph',
      n: 12,
      url: 'https://example.org/paper/#p12',
      pages: 'p. 5',
    } as const;
    for (const pinpoint of [undefined, passage]) {
      const texts = paperCitations(formatter, paperFacts, address, pinpoint);
      const htmls = paperCitationsHtml(formatter, paperFacts, address, pinpoint);
      for (const c of ['workingPaper', 'article', 'edition'] as const)
        for (const s of ['chicago', 'apa', 'mla'] as const)
          expect(citationText(htmls[c][s]), `${c} ${s}`).toBe(texts[c][s]);
    }
  });

  it('sets a report’s title in italics and an article’s in quotation marks, its journal in italics', () => {
    const passage = {
      kind: 'note',
      n: 3,
      url: 'https://example.org/paper/#n3',
      pages: 'p. 3',
    } as const;
    const html = paperCitationsHtml(formatter, paperFacts, address, passage);
    expect(html.workingPaper.chicago).toContain('Asia Pacific</i>, p. 3, n. 3. ');
    expect(html.article.chicago).toContain(
      '“Between Balance of Power and Community: The Future of Multilateral Security Co-operation in the Asia-Pacific.” <i>International Relations of the Asia-Pacific</i> 2',
    );
    expect(html.article.mla).toContain('<i>International Relations of the Asia-Pacific</i>');
  });

  it('comes with the passage templates of /cite.json, placeholders and all', () => {
    const templates = passageTemplates(
      formatter,
      paperFacts,
      address,
      (a) => `https://example.org/paper/#${a}`,
    );
    expect(templates.paragraph.html.chicago).toContain('</i>, p. 9998, ¶ 9999.');
    expect(templates.note.text.bibtex).toContain('#n9999');
  });
});
