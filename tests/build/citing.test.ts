/**
 * Citing and cited titles over the built site: the Cite page has every block's text without
 * JavaScript (the passage's for ¶ 1), its styles set as HTML in the text face's markup, and the
 * series explained with its source; the notes of /paper/ set 36 titles in italics and link only
 * the cited title; /about/ and the TEI header declare the restoration.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { requireBuild } from '../helpers/site.ts';

const { paperFacts, date } = getContent();
const read = (file: string) =>
  parseHTML(readFileSync(`dist/${file}`, 'utf8')).document as unknown as Document;
let cite: Document;
let paper: Document;

beforeAll(() => {
  requireBuild();
  cite = read('cite/index.html');
  paper = read('paper/index.html');
});

describe('the Cite page without JavaScript', () => {
  it('has the text of every block, the passage’s for ¶ 1 at its permalink', () => {
    const blocks = [...cite.querySelectorAll('.copy pre, .copy .citation')];
    expect(blocks).toHaveLength(4 * 6);
    for (const block of blocks) expect(block.textContent.trim(), block.id).not.toBe('');
    for (const format of ['chicago', 'apa', 'mla', 'bibtex', 'ris', 'csl'])
      expect(cite.getElementById(`passage-${format}`)?.textContent).toContain('/paper/#p1');
    expect(cite.getElementById('passage-ris')?.textContent).toMatch(/^N1 {2}- p\. 1, ¶ 1$/m);
    // The chooser is disabled until the script makes the blocks follow it.
    expect(cite.getElementById('passage-select')?.hasAttribute('disabled')).toBe(true);
  });

  it('sets each style’s citation as the style does, titles in <i>, and no other markup', () => {
    for (const style of ['chicago', 'apa', 'mla']) {
      const block = cite.getElementById(`working-paper-${style}`);
      expect(block?.tagName).toBe('P');
      expect(block?.querySelector('i')?.textContent).toMatch(/^Between Balance of Power/);
      expect(block?.innerHTML.replace(/<\/?i>/g, '')).not.toMatch(/</);
    }
    // An article's title in quotation marks, in roman; its journal in italics.
    expect(cite.getElementById('article-chicago')?.innerHTML).toContain(
      'Asia-Pacific.” <i>International Relations of the Asia-Pacific</i> 2',
    );
  });

  it('says the access date is the content’s, and explains the series with its source', () => {
    expect(cite.querySelector('[data-content-date]')?.textContent).toContain(date);
    const series = paperFacts.workingPaper['collection-title'] ?? '';
    expect(cite.getElementById('series')?.textContent).toContain(series);
    expect(paperFacts.workingPaper.custom?.verified.some((v) => v.startsWith('series:'))).toBe(
      true,
    );
  });
});

describe('the titles in the notes', () => {
  it('are set in <i> (36) and only the cited title links, never a publisher or a date', () => {
    const notes = [...paper.querySelectorAll('aside[role=doc-footnote]')];
    expect(notes.flatMap((n) => [...n.querySelectorAll('i')])).toHaveLength(36);
    const links = notes.flatMap((n) => [...n.querySelectorAll('a[href^="/sources/"]')]);
    expect(links).toHaveLength(38);
    for (const link of links) expect(link.textContent, link.textContent).not.toMatch(/\(|\d{4}\)/);
    expect(paper.querySelector('cite')).toBeNull();
  });

  it('are declared with their count on /about/ and in the TEI header', () => {
    const about = read('about/index.html').getElementById('titles')?.textContent ?? '';
    expect(about).toContain('36 titles');
    expect(about).toContain('n. 30 (Deutsch');
    const tei = readFileSync('dist/edition.tei.xml', 'utf8');
    expect(tei).toMatch(
      /<interpretation>[\s\S]*The 36 titles of books and journals carry rend="italic"/,
    );
    expect(tei.match(/<title level="[mj]" rend="italic">/g)).toHaveLength(36);
  });
});
