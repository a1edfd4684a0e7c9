/**
 * What the built pages say in the edition's own voice must match what they show and what the
 * content holds: the legend of the marks follows the CSS that draws them, the glossary's lede
 * follows its entries, and the title block the editor supplied is listed and marked as such.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FILES } from '../../src/lib/site/routes.ts';
import { DIST, htmlPages, requireBuild } from '../helpers/site.ts';

requireBuild();

function page(url: string): Document {
  const html = readFileSync(path.join(DIST, url, 'index.html'), 'utf8');
  return parseHTML(html).document as unknown as Document;
}

const text = (el: Element | null | undefined): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The CSS /paper/ links to, as built. */
function paperCss(): string {
  const links = [...page('/paper/').querySelectorAll('link[rel=stylesheet]')];
  const inline = [...page('/paper/').querySelectorAll('style')].map((s) => s.textContent ?? '');
  return [
    ...links.map((l) => readFileSync(path.join(DIST, l.getAttribute('href') ?? ''), 'utf8')),
    ...inline,
  ].join('\n');
}

const LINE_STYLES = ['solid', 'double', 'dotted', 'dashed', 'wavy'];

/**
 * The line style the CSS gives marks of one entry folder in the paper's text, read from the rules
 * whose selector is exactly `.paper-section a[href*="/<folder>/"]`, in order (a later
 * `text-decoration-style` overrides the style of an earlier `text-decoration`).
 */
function lineStyle(css: string, folder: string): string | undefined {
  const selector = new RegExp(`^\\.paper-section a\\[href\\*=["']?/${folder}/["']?\\]$`);
  let style: string | undefined;
  for (const [, selectors = '', body = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!selectors.split(',').some((s) => selector.test(s.trim()))) continue;
    for (const declaration of body.split(';')) {
      const [property = '', value = ''] = declaration.split(':').map((s) => s.trim());
      if (property === 'text-decoration' || property === 'text-decoration-style')
        style = value.split(/\s+/).find((v) => LINE_STYLES.includes(v)) ?? style;
    }
  }
  return style;
}

describe('the marks are described as they are drawn', () => {
  const css = paperCss();
  const concept = lineStyle(css, 'concepts');
  const kase = lineStyle(css, 'cases');

  it('reads a line style for each kind of mark from the built CSS', () => {
    expect(concept).toBeDefined();
    expect(kase).toBeDefined();
    expect(kase).not.toBe(concept);
  });

  it('/about/ names the line of concept and case links as the CSS draws it', () => {
    const principles = text(page('/about/').getElementById('principles')?.nextElementSibling);
    expect(principles).toContain(`concepts (${concept} underline)`);
    expect(principles).toContain(`historical cases (${kase} underline)`);
    for (const other of LINE_STYLES.filter((s) => s !== concept && s !== kase))
      expect(principles).not.toMatch(new RegExp(`\\b${other}\\b`));
  });

  it('the legend of /paper/ says the same', () => {
    expect(text(page('/paper/').querySelector('.title-block .witness'))).toContain(
      `Terms underlined ${concept} lead to concepts, ${kase} to cases.`,
    );
  });
});

describe('the glossary’s lede follows its entries', () => {
  const entries = htmlPages().filter((p) => /^\/concepts\/[^/]+\/$/.test(p.url));
  const quoting = entries.filter((p) => p.html.includes('class="paper-def"')).length;
  const lede = text(page('/concepts/').querySelector('main p, .lede'));

  it('claims the paper’s own definition for every entry only if every entry quotes one', () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(quoting).toBeGreaterThan(0);
    if (quoting < entries.length) {
      expect(lede).not.toMatch(/Each entry (also )?(gives|quotes) the paper’s own definition/);
      expect(lede).toContain(`${quoting} entries quote the paper’s own definition`);
      expect(lede).toContain(`the other ${entries.length - quoting}`);
    } else expect(lede).toContain('Each entry also quotes the paper’s own definition');
  });
});

describe('the title block the editor supplied', () => {
  const about = page('/about/');
  const listed = about.querySelector('ol.interventions li#title-block');

  it('is listed on /about/ among the interventions, linked to the head of /paper/', () => {
    expect(listed).not.toBeNull();
    expect(listed?.querySelector('.kind')?.textContent).toBe('Title block');
    expect(listed?.querySelector('a')?.getAttribute('href')).toBe('/paper/#title-block');
    expect(text(listed)).toMatch(/witness opens with the heading “Introduction”/);
  });

  it('/about/ does not say as a fact that the title block was displaced from the head', () => {
    expect(text(about.querySelector('main'))).not.toMatch(/displaced/);
  });

  it('/paper/ marks its title and byline as supplied and links to the reasons', () => {
    const head = page('/paper/').getElementById('title-block');
    expect(head?.querySelector('h1')).not.toBeNull();
    expect(text(head?.querySelector('.witness'))).toMatch(/^Title and byline supplied/);
    expect(head?.querySelector('.witness a')?.getAttribute('href')).toBe('/about/#title-block');
  });

  it('/paper.txt gives the title and byline in square brackets, then the first heading', () => {
    const lines = readFileSync(path.join(DIST, FILES.paperText), 'utf8').split('\n\n');
    expect(lines[0]).toMatch(/^\[Between Balance of Power and Community: .*\]$/);
    expect(lines[1]).toMatch(/^\[.* and .*\]$/);
    expect(lines[2]).toBe('Introduction');
  });
});
