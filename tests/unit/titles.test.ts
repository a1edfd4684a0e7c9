/**
 * The titles in the notes' citations (src/lib/edition/titles.ts): found in the printed words
 * without changing a character, italic for books and journals, roman for quoted articles; a title
 * cut short or a printed form found nowhere fails with its line and fix; a citation without a
 * title is listed. Then the page's markup: a citation links its title only.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import type { Work } from '../../src/lib/content/schemas.ts';
import { buildEdition, type Phrase } from '../../src/lib/edition/build.ts';
import { renderSectionNotes } from '../../src/lib/edition/render.ts';
import { findTitle, italicTitleCount, withTitles } from '../../src/lib/edition/titles.ts';
import { phrases as teiPhrases, sectionContext } from '../../src/lib/outputs/tei-text.ts';
import { typstPhrases } from '../../src/lib/outputs/typst-markup.ts';
import { phraseContext, phrases as epubPhrases } from '../../src/lib/outputs/epub/phrases.ts';

const verified = { verified: ['a test'] };
const WORKS: Work[] = [
  { id: 'cronin-1999', type: 'book', title: 'Community Under Anarchy: Transnational Identity' },
  {
    id: 'pempel-1996',
    type: 'article-journal',
    title: 'Gulliver in Lilliput: Japan and Asian Economic Regionalism',
    'container-title': 'World Policy Journal',
  },
  {
    id: 'yamamura-1994',
    type: 'chapter',
    title: 'A Free Trader',
    'container-title': 'Japan: A New Kind of Superpower?',
  },
  {
    id: 'kagan-1997',
    type: 'article-magazine',
    title: 'What China Knows',
    'container-title': 'The Weekly Standard',
  },
  { id: 'deutsch-1957', type: 'book', title: 'Political Community' },
];
const SOURCE = {
  file: 'works.json',
  lineOf: (id: string) => WORKS.findIndex((w) => w.id === id) + 2,
};

/** An edition of one section whose note 1 is `note`, with the titles found in it. */
function titled(note: string, works = WORKS) {
  const source = `---\ntitle: "One"\norder: 1\n---\n\nWords.[^1]\n\n[^1]: ${note}\n`;
  const registry = {
    Concept: new Set<string>(),
    Case: new Set<string>(),
    Cite: new Set(works.map((w) => w.id)),
  };
  return withTitles(buildEdition(new Map([['one.mdx', source]]), registry), works, SOURCE);
}

/** A note's content with titles shown as [level:words] and citations as {…}. */
function shown(nodes: readonly Phrase[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.value;
      if (n.type === 'title') return `[${n.level}:${shown(n.children)}]`;
      if (n.type === 'mark') return `{${shown(n.children)}}`;
      return 'children' in n ? shown(n.children) : '';
    })
    .join('');
}

/** A note's content as plain text. */
function plain(nodes: readonly Phrase[]): string {
  return nodes
    .map((n) => (n.type === 'text' ? n.value : 'children' in n ? plain(n.children) : ''))
    .join('');
}

describe('finding a title in a note’s words', () => {
  it('matches word for word, whatever the case, quotes and punctuation, with its own question mark', () => {
    const text = 'Kozo, eds., Japan: a New Kind of Superpower? (Washington)';
    const span = findTitle(text, 'Japan: A New Kind of Superpower?');
    expect(span && text.slice(span.start, span.end)).toBe('Japan: a New Kind of Superpower?');
    expect(findTitle('China, Japan, U.S.: Managing', 'China-Japan-U.S.: Managing')).toEqual({
      start: 0,
      end: 28,
    });
    expect(findTitle('Japanese Society', 'Japan Society')).toBeUndefined();
  });

  it('sets books and journals as titles to italicise, and keeps an article’s quoted title roman', () => {
    const { edition, problems } = titled(
      '<Cite id="cronin-1999">Bruce Cronin, Community under Anarchy: Transnational Identity (1999)</Cite>; <Cite id="pempel-1996">T. J. Pempel, “Gulliver in Lilliput: Japan and Asian Economic Regionalism,” World Policy Journal, Vol. 13</Cite>; <Cite id="yamamura-1994">Kozo, “A Free Trader,” in eds., Japan: A New Kind of Superpower? (Washington)</Cite>.',
    );
    expect(problems).toEqual([]);
    const [note] = edition.notes;
    expect(shown(note?.content ?? [])).toBe(
      '{Bruce Cronin, [m:Community under Anarchy: Transnational Identity] (1999)}; {T. J. Pempel, “[a:Gulliver in Lilliput: Japan and Asian Economic Regionalism],” [j:World Policy Journal], Vol. 13}; {Kozo, “[a:A Free Trader],” in eds., [m:Japan: A New Kind of Superpower?] (Washington)}.',
    );
    // Not a character of the note changes.
    expect(plain(note?.content ?? [])).toBe(note?.text);
    expect(italicTitleCount(edition)).toBe(3);
  });

  it('takes a short title (before the colon) or the printed form, without a leading “The”', () => {
    const works = WORKS.map((w) =>
      w.id === 'kagan-1997'
        ? { ...w, custom: { ...verified, printedTitle: 'What China Knows that We Don’t' } }
        : w,
    );
    const { edition, problems } = titled(
      '<Cite id="cronin-1999">Cronin, Community under Anarchy</Cite>, p. 12; <Cite id="kagan-1997">Robert Kagan, “What China Knows that We Don’t,” Weekly Standard, 1997</Cite>.',
      works,
    );
    expect(problems).toEqual([]);
    expect(shown(edition.notes[0]?.content ?? [])).toBe(
      '{Cronin, [m:Community under Anarchy]}, p. 12; {Robert Kagan, “[a:What China Knows that We Don’t],” [j:Weekly Standard], 1997}.',
    );
  });

  it('fails on a title cut short, and on a printed form that no citation prints, with the fix', () => {
    const works = WORKS.map((w) =>
      w.id === 'kagan-1997'
        ? { ...w, custom: { ...verified, printedContainerTitle: 'Weekly Standardd' } }
        : w,
    );
    const { problems } = titled(
      '<Cite id="cronin-1999">Bruce Cronin, Community Under Anarchy: Another Subtitle (1999)</Cite>.',
      works,
    );
    expect(problems.map((p) => `${p.file}:${p.line} ${p.problem}`)).toEqual([
      'one.mdx:8 <Cite id="cronin-1999"> in n. 1 prints a longer title than the "Community Under Anarchy" that matched.',
      'works.json:5 The printedContainerTitle "Weekly Standardd" of kagan-1997 is in the words of no <Cite id="kagan-1997">.',
    ]);
    expect(problems[0]?.fix).toMatch(/"printedTitle": "…" under `custom` of cronin-1999/);
  });

  it('lists a citation whose words give no title, and links all its words', () => {
    const { edition } = titled(
      '<Cite id="deutsch-1957">the classic study is by Karl Deutsch</Cite>.',
    );
    expect(edition.untitledCitations).toEqual([
      { note: 1, work: 'deutsch-1957', missing: 'title' },
    ]);
    const [section] = edition.sections;
    const html = section ? renderSectionNotes(section, { toUrl: (p) => p }) : '';
    expect(html).toContain(
      '<a href="/sources/deutsch-1957/">the classic study is by Karl Deutsch</a>',
    );
  });
});

describe('titles in every output', () => {
  const { edition } = titled(
    '<Cite id="pempel-1996">T. J. Pempel, “Gulliver in Lilliput: Japan and Asian Economic Regionalism,” World Policy Journal</Cite>; <Cite id="cronin-1999">Cronin, Community under Anarchy</Cite>.',
  );
  const [section] = edition.sections;
  const content = edition.notes[0]?.content ?? [];

  it('on the page: links only the title, a book’s and a journal’s in <i>, the rest plain', () => {
    const html = section ? renderSectionNotes(section, { toUrl: (p) => p }) : '';
    const { document } = parseHTML(`<div>${html}</div>`);
    const links = [...document.querySelectorAll('a[href^="/sources/"]')];
    expect(links.map((a) => [a.getAttribute('href'), a.innerHTML])).toEqual([
      ['/sources/pempel-1996/', 'Gulliver in Lilliput: Japan and Asian Economic Regionalism'],
      ['/sources/cronin-1999/', '<i>Community under Anarchy</i>'],
    ]);
    expect([...document.querySelectorAll('i')].map((i) => i.textContent)).toEqual([
      'World Policy Journal',
      'Community under Anarchy',
    ]);
    expect(html).toContain('T. J. Pempel, “<a ');
  });

  it('in TEI as title with its level, in the EPUB as <i>, in Typst as emphasis', () => {
    if (!section) throw new Error('no section');
    const tei = teiPhrases(content, sectionContext(section));
    expect(tei).toContain(
      '<title level="a">Gulliver in Lilliput: Japan and Asian Economic Regionalism</title>',
    );
    expect(tei).toContain('<title level="j" rend="italic">World Policy Journal</title>');
    expect(tei).toContain('<title level="m" rend="italic">Community under Anarchy</title>');
    const epub = epubPhrases(
      content,
      phraseContext(new Set(), (p) => p),
    );
    expect(epub).toContain('<i>World Policy Journal</i>');
    expect(epub).not.toContain('<i>Gulliver');
    const typst = typstPhrases(content, {
      permalink: (p) => p,
      restored: new Set(),
      linked: new Set(),
      footnote: String,
    });
    expect(typst).toContain('#emph[#"World Policy Journal"]');
    expect(typst).toContain('#emph[#"Community under Anarchy"]');
  });
});

describe('the titles of the paper’s notes', () => {
  const { edition } = getContent();

  it('are found in every citation but one, which names Deutsch’s study without its title', () => {
    expect(edition.untitledCitations).toEqual([
      { note: 30, work: 'deutsch-1957', missing: 'title' },
    ]);
    expect(italicTitleCount(edition)).toBe(36);
  });

  it('leave every note’s words as printed', () => {
    for (const note of edition.notes) expect(plain(note.content), `n. ${note.n}`).toBe(note.text);
  });
});
