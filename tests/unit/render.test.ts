import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildEdition, type Section } from '../../src/lib/edition/build.ts';
import {
  type RenderOptions,
  renderSectionNotes,
  renderSectionText,
} from '../../src/lib/edition/render.ts';
import { withBase } from '../../src/lib/site/routes.ts';

const dir = path.resolve('tests/fixtures/paper');
const files = ['first.mdx', 'second.mdx'].map((name) => path.join(dir, name));
const edition = buildEdition(new Map(files.map((file) => [file, readFileSync(file, 'utf8')])));
const atRoot: RenderOptions = { toUrl: (sitePath) => withBase(sitePath, '/') };

/** A section of the fixture paper by its file name. */
function fixture(name: string): Section {
  const section = edition.sections.find((s) => s.file === path.join(dir, name));
  if (!section) throw new Error(`${name} is not in the fixture paper`);
  return section;
}

/** Renders a section's text and notes, each in a marked div, and returns them as a DOM. */
function render(section: Section, options = atRoot) {
  const text = renderSectionText(section, options);
  const notes = renderSectionNotes(section, options);
  return parseHTML(
    `<!doctype html><html><body><div data-part="text">${text}</div><div data-part="notes">${notes}</div></body></html>`,
  ).document;
}

/** A one-section edition from an MDX body (with optional frontmatter lines), rendered. */
function renderBody(body: string, frontmatter = '', options = atRoot) {
  const source = `---\ntitle: "One"\norder: 1\n${frontmatter}---\n\n${body}\n`;
  const registry = {
    Concept: new Set(['binding']),
    Case: new Set(['opium-war']),
    Cite: new Set(['cronin-1999']),
  };
  const [section] = buildEdition(new Map([['one.mdx', source]]), registry).sections;
  if (!section) throw new Error('no section');
  return render(section, options);
}

describe('the renderer', () => {
  it('numbers paragraphs through the whole paper with stable ids', () => {
    const first = render(fixture('first.mdx'));
    const second = render(fixture('second.mdx'));
    expect([...first.querySelectorAll('[data-part="text"] > p')].map((p) => p.id)).toEqual([
      'p1',
      'p2',
    ]);
    expect(second.querySelector('p')?.id).toBe('p3');
    expect(second.querySelector('p > a:first-child')?.textContent).toBe('¶ 3');
    expect(second.querySelector('p > a:first-child')?.getAttribute('href')).toBe('#p3');
  });

  it('renders note references and notes linked both ways, with no GFM footnotes', () => {
    const doc = render(fixture('first.mdx'));
    const ref = doc.querySelector('#nref1');
    expect(ref?.getAttribute('role')).toBe('doc-noteref');
    expect(ref?.getAttribute('href')).toBe('#n1');
    expect(ref?.textContent).toBe('1');
    expect(ref?.getAttribute('aria-label')).toBe('Note 1');
    const note = doc.querySelector('[data-part="notes"] > #n1');
    expect(note?.tagName).toBe('ASIDE');
    expect(note?.getAttribute('role')).toBe('doc-footnote');
    const back = note?.querySelector('[role="doc-backlink"]');
    expect(back?.getAttribute('href')).toBe('#nref1');
    expect(back?.textContent).toBe('1.');
    expect(note?.textContent).toBe('1. A note with its own words.');
    expect(
      doc.querySelector('[data-footnotes], #footnote-label, [id^="user-content-"], sup'),
    ).toBeNull();
  });

  it('puts editorial remarks beside their paragraph and each note’s text on the page once', () => {
    const doc = render(fixture('first.mdx'));
    const remarks = doc.querySelector('#p2')?.nextElementSibling;
    expect(remarks?.className).toBe('sidenotes');
    expect(remarks?.querySelector('#ed-gap-1')?.className).toBe('sidenote editorial');
    expect(doc.querySelector('#p1')?.nextElementSibling?.tagName).toBe('P');
    expect(doc.body.textContent?.split('A note with its own words.').length).toBe(2);
  });

  it('shows a gap and a restored marker as editorial acts, each explained', () => {
    const doc = render(fixture('first.mdx'));
    const gap = doc.querySelector('#gap-1');
    expect(gap?.textContent).toBe('[…]');
    expect(gap?.getAttribute('href')).toBe('/about/#gap-1');
    expect(gap?.className).toBe('gap');
    const remark = doc.querySelector('#ed-gap-1');
    expect(remark?.querySelector('b')?.textContent).toBe('Editor: text lost.');
    // Named beside the text, explained in full on /about/, where the link leads.
    expect(remark?.textContent).toBe('Editor: text lost. Why');
    expect(remark?.querySelector('a')?.getAttribute('href')).toBe('/about/#gap-1');
    const restored = doc.querySelector('#nref2');
    expect(restored?.textContent).toBe('[2]');
    expect(restored?.classList.contains('restored-marker')).toBe(true);
    expect(restored?.getAttribute('aria-label')).toBe('Note 2, marker restored by the editor');
    const markerRemark = doc.querySelector('#n2 .marker-remark');
    expect(markerRemark?.textContent).toBe('[Editor: marker of note 2 restored (low certainty).]');
    expect(markerRemark?.getAttribute('href')).toBe('/about/#nref2');
  });

  it('marks an inferred paragraph break at the paragraph’s start, with a remark that links to why', () => {
    const doc = renderBody(
      'First words.\n\nA new thought begins.',
      'editorial:\n  - { kind: paragraph, opening: "A new thought", certainty: medium, explanation: "The line before is full." }\n',
    );
    expect(doc.querySelector('#p1 .inferred-break')).toBeNull();
    const mark = doc.querySelector('#p2 > a:first-child + .inferred-break');
    expect(mark?.textContent).toBe('[¶]');
    expect(mark?.getAttribute('href')).toBe('/about/#p2');
    const remark = doc.querySelector('#p2 + .sidenotes #ed-p2');
    expect(remark?.textContent).toBe('Editor: paragraph break inferred (medium certainty). Why');
  });

  it('links the first mention of a concept or case in a section, and in a note only its citations', () => {
    const doc = renderBody(
      'The <Case id="opium-war">Opium War</Case> and <Concept id="binding">binding</Concept>.[^1]\n\n[^1]: <Concept id="binding">Binding</Concept>: <Cite id="cronin-1999">Cronin</Cite>, <Cite id="cronin-1999">ibid.</Cite>\n\nAgain <Concept id="binding">binding</Concept> and the <Case id="opium-war">war</Case>.',
    );
    const hrefs = (selector: string) =>
      [...doc.querySelectorAll(`${selector} a:not(p > a:first-child, [role])`)].map((a) => [
        a.textContent,
        a.getAttribute('href'),
      ]);
    expect(hrefs('#p1')).toEqual([
      ['Opium War', '/cases/opium-war/'],
      ['binding', '/concepts/binding/'],
    ]);
    expect(hrefs('#p2')).toEqual([]);
    expect(doc.querySelector('#p2')?.textContent).toBe('¶ 2 Again binding and the war.');
    expect(hrefs('#n1')).toEqual([
      ['Cronin', '/sources/cronin-1999/'],
      ['ibid.', '/sources/cronin-1999/'],
    ]);
  });

  it('writes links to other pages under the base it is given, and anchors on the page as they are', () => {
    const doc = render(fixture('first.mdx'), { toUrl: (p) => withBase(p, '/edition/') });
    expect(doc.querySelector('#gap-1')?.getAttribute('href')).toBe('/edition/about/#gap-1');
    expect(doc.querySelector('#ed-gap-1 a')?.getAttribute('href')).toBe('/edition/about/#gap-1');
    expect(doc.querySelector('#n2 .marker-remark')?.getAttribute('href')).toBe(
      '/edition/about/#nref2',
    );
    expect(doc.querySelector('#nref1')?.getAttribute('href')).toBe('#n1');
    expect(doc.querySelector('#p1 > a:first-child')?.getAttribute('href')).toBe('#p1');
    const marked = renderBody('<Concept id="binding">binding</Concept>.', '', {
      toUrl: (p) => withBase(p, '/edition/'),
    });
    expect(marked.querySelector('#p1 a:not(:first-child)')?.getAttribute('href')).toBe(
      '/edition/concepts/binding/',
    );
  });

  it('renders the text’s own emphasis, links and breaks, and escapes its characters', () => {
    const html = renderSectionText(
      buildOne(
        'A *word*, a **strong** one, [a link](https://example.org/ "Title") & 1 \\< 2.\\\nNext.',
      ),
      atRoot,
    );
    expect(html).toBe(
      '<p id="p1"><a href="#p1">¶ 1</a> A <em>word</em>, a <strong>strong</strong> one, <a href="https://example.org/" title="Title">a link</a> &#x26; 1 &#x3C; 2.<br>\nNext.</p>',
    );
  });
});

/** The one section of an edition built from an MDX body. */
function buildOne(body: string): Section {
  const source = `---\ntitle: "One"\norder: 1\n---\n\n${body}\n`;
  const [section] = buildEdition(new Map([['one.mdx', source]])).sections;
  if (!section) throw new Error('no section');
  return section;
}
