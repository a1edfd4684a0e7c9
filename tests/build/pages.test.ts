/**
 * The working paper's pages over the built site: /paper/ marks each page start of the model once,
 * in its paragraph, as a named doc-pagebreak; /about/ lists them with their certainty; the Cite
 * page knows each passage's pages; /edition.json carries them.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { requireBuild } from '../helpers/site.ts';

const { edition } = getContent();
const read = (file: string) =>
  parseHTML(readFileSync(`dist/${file}`, 'utf8')).document as unknown as Document;
let paper: Document;

beforeAll(() => {
  requireBuild();
  paper = read('paper/index.html');
});

describe('the working paper’s pages in the built site', () => {
  it('/paper/ marks every page start once, in order, in its paragraph', () => {
    const breaks = [...paper.querySelectorAll('[role=doc-pagebreak]')];
    expect(breaks.map((b) => b.id)).toEqual(edition.pages.map((p) => `page-${p.n}`));
    for (const [i, b] of breaks.entries()) {
      const page = edition.pages[i];
      expect(b.closest('p')?.id).toBe(page?.passage);
      expect(b.getAttribute('aria-label')).toBe(`Page ${page?.n}`);
      expect(b.textContent).toBe(`p. ${page?.n}`);
    }
  });

  it('/about/ lists each page start with its certainty, linked to the paper', () => {
    const items = [...read('about/index.html').querySelectorAll('.page-starts li')];
    expect(items).toHaveLength(edition.pages.length);
    for (const [i, li] of items.entries()) {
      const page = edition.pages[i];
      expect(li.querySelector('a')?.getAttribute('href')).toBe(`/paper/#page-${page?.n}`);
      expect(li.textContent).toContain(`certainty: ${page?.certainty}`);
    }
  });

  it('the Cite page knows each passage’s pages', () => {
    const cite = read('cite/index.html');
    const pagesOf = (id: string) =>
      cite.querySelector(`option[value=${id}]`)?.getAttribute('data-pages');
    expect(pagesOf('p1')).toBe('p. 1');
    expect(pagesOf('p3')).toBe('pp. 1–2');
    expect(pagesOf('n3')).toBe('p. 3');
    expect(pagesOf('n32')).toBe('p. 22');
    const json = JSON.parse(readFileSync('dist/cite.json', 'utf8')) as {
      paragraph: { text: { chicago: string }; html: { chicago: string } };
    };
    expect(json.paragraph.text.chicago).toContain('p. 9998, ¶ 9999');
    expect(json.paragraph.html.chicago).toContain('</i>, p. 9998, ¶ 9999');
  });

  it('/edition.json carries the page starts', () => {
    const json = JSON.parse(readFileSync('dist/edition.json', 'utf8')) as {
      pages: { n: number; paragraph: string; certainty: string }[];
    };
    expect(json.pages.map((p) => [p.n, p.paragraph, p.certainty])).toEqual(
      edition.pages.map((p) => [p.n, p.passage, p.certainty]),
    );
  });
});
