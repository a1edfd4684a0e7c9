import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildEdition, type Edition } from '../../src/lib/edition/build.ts';
import type { Case, Concept, PaperFacts, Work } from '../../src/lib/content/schemas.ts';
import { teiDocument, type TeiSource } from '../../src/lib/outputs/tei.ts';
import { biblStruct } from '../../src/lib/outputs/tei-bibl.ts';
import { element, xmlAttribute, xmlText } from '../../src/lib/outputs/xml.ts';
import { fixtureCommentary } from '../helpers/commentary-fixture.ts';

const FRONTMATTER = `editorial:
  - kind: gap
    id: gap-1
    explanation: "Words were lost between two pages of the source."
  - kind: marker
    note: 2
    certainty: low
    explanation: "The marker stood in the words lost at the gap."
  - kind: paragraph
    opening: "A second paragraph"
    certainty: medium
    explanation: "The line before is not short; the break rests on the sense."
`;

const BODY = `Opening words on <Concept id="binding">binding</Concept> and the *Opium War*.[^1]

[^1]: See <Cite id="cronin-1999">Cronin, Community Under Anarchy</Cite>, on the <Case id="opium-war">war</Case>.

Some words are lost <Gap id="gap-1" />[^2] here.

[^2]: A note whose marker the editor restored.

A second paragraph after an inferred break.`;

function oneSection(body = BODY, frontmatter = FRONTMATTER): Edition {
  const source = `---\ntitle: "One & Only"\norder: 1\n${frontmatter}---\n\n${body}\n`;
  return buildEdition(new Map([['one.mdx', source]]), {
    Concept: new Set(['binding']),
    Case: new Set(['opium-war']),
    Cite: new Set(['cronin-1999']),
  });
}

const cronin: Work = {
  id: 'cronin-1999',
  type: 'book',
  title: 'Community Under Anarchy',
  author: [{ family: 'Cronin', given: 'Bruce' }],
  publisher: 'Columbia University Press',
  'publisher-place': 'New York',
  issued: { 'date-parts': [[1999]] },
};

const chapter: Work = {
  id: 'yamamura-1994',
  type: 'chapter',
  title: 'The Deliberate Emergence of a Free Trader',
  author: [{ family: 'Yamamura', given: 'Kozo' }],
  editor: [{ literal: 'Wilson Center' }],
  'container-title': 'Japan: A New Kind of Superpower?',
  page: '43-78',
  ISBN: '0-231-12590-9',
  DOI: '10.1007/978-1-349-62529-1_8',
  issued: { 'date-parts': [[1994, 5]] },
};

const concept: { id: string; data: Concept } = {
  id: 'binding',
  data: {
    term: 'Binding',
    aliases: [],
    definition: 'Tying rivals into shared institutions.',
    related: [],
    works: [],
    verified: [],
  },
};

const opiumWar: { id: string; data: Case } = {
  id: 'opium-war',
  data: {
    title: 'First Opium War',
    start: '1839',
    end: '1842',
    places: [],
    actors: [],
    summary: 'A war between Britain and Qing China.',
    role: 'The paper cites it as the end of the tribute order.',
    concepts: [],
    works: [],
    verified: ['dates'],
  },
};

const paperFacts: PaperFacts = {
  workingPaper: {
    id: 'wp-2000',
    type: 'report',
    title: 'The Working Paper',
    author: [{ family: 'Ikenberry', given: 'G. John' }],
    publisher: 'Baker Institute',
    issued: { 'date-parts': [[2000, 5]] },
    custom: { verified: ['cover'], remark: 'The cover misspells a name.' },
  },
  article: { ...cronin, id: 'article-2002', type: 'article-journal', title: 'The Article' },
  verified: [],
  unverified: [],
};

function source(edition: Edition): TeiSource {
  return {
    edition,
    paperFacts,
    works: [cronin],
    concepts: [concept],
    cases: [opiumWar],
    commentary: fixtureCommentary(['one', 'one']),
    date: '2026-11-30',
    urls: {
      tei: 'https://example.org/edition.tei.xml',
      paper: 'https://example.org/paper/',
      witness: 'https://example.org/witness.txt',
    },
  };
}

/** The document as a DOM, to ask it questions. */
function tei(edition = oneSection()) {
  const xml = teiDocument(source(edition));
  return { xml, document: parseHTML(xml.replace(/^<\?[^>]*\?>\n/gm, '')).document };
}

describe('XML escaping', () => {
  it('escapes text and attribute values, and refuses what XML cannot carry', () => {
    expect(xmlText('Tom & Jerry <b> ]]>')).toBe('Tom &amp; Jerry &lt;b&gt; ]]&gt;');
    expect(xmlAttribute('say "hi"\n& <go>')).toBe('say &#34;hi&#34;&#10;&amp; &lt;go&gt;');
    expect(element('ref', { target: 'a"b', n: undefined }, 'x')).toBe(
      '<ref target="a&#34;b">x</ref>',
    );
    expect(() => xmlText('bell\u0007')).toThrow(/U\+0007/);
  });

  it('escapes the words of the paper, a section title included', () => {
    const edition = oneSection();
    const [para] = edition.paragraphs;
    para?.content.push({ type: 'text', value: ' A & B <C>' });
    const { xml } = tei(edition);
    expect(xml).toContain('<head>One &amp; Only</head>');
    expect(xml).toContain(' A &amp; B &lt;C&gt;</p>');
  });
});

describe('the TEI document', () => {
  it('gives paragraphs the site’s ids and numbers, in one div per section', () => {
    const { document } = tei();
    const div = document.querySelector('body > div');
    expect(div?.getAttribute('xml:id')).toBe('one');
    expect(div?.querySelector('head')?.textContent).toBe('One & Only');
    expect([...document.querySelectorAll('body p')].map((p) => p.getAttribute('xml:id'))).toEqual([
      'p1',
      'p2',
      'p3',
    ]);
  });

  it('writes each note where its marker stands, with n, place and the site’s id', () => {
    const { xml } = tei();
    expect(xml).toContain(
      'the <hi rend="italic">Opium War</hi>.<note n="1" place="foot" xml:id="n1">See <bibl corresp="#work-cronin-1999">',
    );
  });

  it('encodes a gap, a restored marker and an inferred break as what they are', () => {
    const { xml } = tei();
    expect(xml).toContain(
      'lost <gap xml:id="gap-1" reason="lost" agent="extraction"/><note type="editorial" place="margin" resp="#editor" target="#gap-1" xml:id="ed-gap-1">Gap 1: text lost between pages. Words were lost',
    );
    expect(xml).toContain(
      '<note n="2" place="foot" xml:id="n2" anchored="false">A note whose marker the editor restored.</note><note type="editorial" place="margin" resp="#editor" cert="low" target="#n2" xml:id="ed-nref2">Note 2: marker restored.',
    );
    expect(xml).toContain(
      '<p xml:id="p3" n="3"><note type="editorial" place="margin" resp="#editor" cert="medium" target="#p3" xml:id="ed-p3">¶ 3: paragraph break inferred.',
    );
    expect(xml).toContain('<respStmt xml:id="editor">');
  });

  it('writes a page break of the working paper as pb with its number and certainty', () => {
    const edition = oneSection();
    edition.paragraphs[2]?.content.unshift({ type: 'pageBreak', n: 9, certainty: 'medium' });
    expect(tei(edition).xml).toContain(
      '</note><pb n="9" resp="#editor" cert="medium"/>A second paragraph',
    );
  });

  it('writes line breaks, styles and links of the text', () => {
    const edition = oneSection();
    edition.paragraphs[2]?.content.push(
      { type: 'break' },
      { type: 'strong', children: [{ type: 'text', value: 'bold' }] },
      {
        type: 'link',
        url: 'https://example.org/?a=1&b=2',
        children: [{ type: 'text', value: 'a link' }],
      },
    );
    expect(tei(edition).xml).toContain(
      '<lb/><hi rend="bold">bold</hi><ref target="https://example.org/?a=1&amp;b=2">a link</ref></p>',
    );
  });

  it('points marks to the bibliography, the glossary and the cases, which carry the ids', () => {
    const { xml } = tei();
    expect(xml).toContain('<term ref="#concept-binding">binding</term>');
    expect(xml).toContain('<rs type="case" ref="#case-opium-war">war</rs>');
    expect(xml).toContain('<biblStruct type="book" xml:id="work-cronin-1999">');
    expect(xml).toMatch(
      /<label>Binding<\/label>\s+<item xml:id="concept-binding">Tying rivals into shared institutions\.<\/item>/,
    );
    expect(xml).toContain(
      '<event xml:id="case-opium-war" from="1839" to="1842"><head>First Opium War</head><p>A war between Britain and Qing China.</p></event>',
    );
  });

  it('names the edition, its authors and editors, its source and its principles', () => {
    const { document } = tei();
    const header = document.querySelector('teiHeader');
    expect(header?.querySelector('titleStmt > title')?.textContent).toMatch(
      /^Between Balance of Power and Community: .*: An Annotated Digital Edition$/,
    );
    expect(
      [...(header?.querySelectorAll('respStmt resp') ?? [])].map((r) => r.textContent),
    ).toEqual([
      'Authors of the text of the working paper',
      expect.stringMatching(/^Editing of the text from the witness/),
      expect.stringMatching(/^The reader’s guide, the commentary .*not the authors’$/),
    ]);
    const source = header?.querySelector('sourceDesc > biblStruct');
    expect(source?.querySelector('monogr > title')?.textContent).toBe('The Working Paper');
    expect(source?.querySelector('imprint > date')?.getAttribute('when')).toBe('2000-05');
    expect(source?.querySelector('note[type="remark"]')?.textContent).toBe(
      'The cover misspells a name.',
    );
    expect(source?.querySelector('note[type="witness"]')?.textContent).toContain(
      'note markers (restored: 1) and words between one page and the next (gaps: 1)',
    );
    expect(source?.querySelector('relatedItem analytic > title')?.textContent).toBe('The Article');
    expect(header?.querySelectorAll('editorialDecl > *').length).toBeGreaterThanOrEqual(4);
    expect(header?.querySelector('extent')?.textContent).toContain('3 paragraphs');
  });
});

describe('a work as biblStruct', () => {
  it('puts a chapter in analytic and its book, editors, imprint and pages in monogr', () => {
    expect(biblStruct(chapter)).toBe(
      [
        '<biblStruct type="chapter">',
        '  <analytic>',
        '    <author><persName><forename>Kozo</forename> <surname>Yamamura</surname></persName></author>',
        '    <title level="a">The Deliberate Emergence of a Free Trader</title>',
        '    <idno type="DOI">10.1007/978-1-349-62529-1_8</idno>',
        '  </analytic>',
        '  <monogr>',
        '    <title level="m">Japan: A New Kind of Superpower?</title>',
        '    <idno type="ISBN">0-231-12590-9</idno>',
        '    <editor><orgName>Wilson Center</orgName></editor>',
        '    <imprint>',
        '      <date when="1994-05">May 1994</date>',
        '      <biblScope unit="page" from="43" to="78">43–78</biblScope>',
        '    </imprint>',
        '  </monogr>',
        '</biblStruct>',
      ].join('\n'),
    );
  });

  it('gives a work known by its title alone an undated imprint, which TEI requires', () => {
    const bare: Work = { id: 'anon-2000', type: 'book', title: 'Anonymous' };
    expect(biblStruct(bare)).toContain('<imprint>\n      <date>n.d.</date>\n    </imprint>');
  });
});

describe('the editor’s layer in the TEI', () => {
  const { xml, document } = tei();
  const layer = (selector: string) => [...document.querySelectorAll(selector)];

  it('names the editors as responsible for it in the header, apart from the editing', () => {
    const resp = document.querySelector('respStmt[xml\\:id="commentary-editors"]');
    expect(resp?.querySelector('name')?.textContent).toBe('The editors of this digital edition');
    for (const el of layer('[resp="#commentary-editors"]'))
      expect(['div', 'note']).toContain(el.localName);
    expect(layer('note[type="commentary"]').map((n) => n.getAttribute('resp'))).toEqual([
      '#commentary-editors',
      '#commentary-editors',
    ]);
    expect(header(document)).toContain('notes of the editor’s commentary');
  });

  it('writes each note in the back, targeting its paragraph, quoting its words, dated', () => {
    expect(xml).toContain(
      '<note type="commentary" xml:id="commentary-note-forum-later" resp="#commentary-editors" target="#p1" corresp="#case-opium-war #concept-binding">',
    );
    expect(xml).toContain('<label>The forum &amp; after</label>');
    expect(xml).toContain(
      '<p>On <ref target="#p1">¶ 1</ref>: <quote source="#p1">Opening words</quote></p>',
    );
    expect(xml).toContain('<p>As of <date when="2026-12-01">1 December 2026</date></p>');
    expect(xml).toContain(
      '<note type="commentary" xml:id="commentary-note-last-word" resp="#commentary-editors" target="#p3">',
    );
    expect(document.querySelector('back note[type="commentary"]')).not.toBeNull();
    expect(document.querySelector('body note[type="commentary"]')).toBeNull();
  });

  it('cites its sources as bibl, linked into the commentary’s own listBibl', () => {
    expect(xml).toContain(
      '<p>The forum adopted a vision &lt;in 2009&gt; (<bibl><ref target="#commentary-work-forum-2009-vision">The Forum 2009</ref>, <citedRange>p. 2</citedRange></bibl>).</p>',
    );
    expect(xml).toContain(
      'reported in <title>The Daily</title> (<bibl><ref target="#commentary-work-doe-2010">Doe 2010</ref></bibl>; <bibl><ref target="#commentary-work-forum-2009-vision">The Forum 2009</ref></bibl>).',
    );
    const list = document.querySelector('listBibl[type="commentary"]');
    expect(
      [...(list?.querySelectorAll('biblStruct') ?? [])].map((b) => b.getAttribute('xml:id')),
    ).toEqual(['commentary-work-forum-2009-vision', 'commentary-work-doe-2010']);
    expect(xml).toMatch(
      /<biblStruct type="document" xml:id="commentary-work-forum-2009-vision">\s+<monogr>\s+<author><orgName>The Forum<\/orgName><\/author>\s+<meeting>Sixteenth Meeting, Phuket<\/meeting>\s+<title level="m">Vision Statement<\/title>/,
    );
    expect(xml).toContain('<title level="a">Talks &lt;Resume&gt;</title>');
    // The paper's works stay in their own list.
    expect(list?.querySelector('[xml\\:id="work-cronin-1999"]')).toBeNull();
  });

  it('writes the guide as back matter, each step pointing to its paragraphs', () => {
    const guide = document.querySelector('back > div[type="guide"]');
    expect(guide?.getAttribute('resp')).toBe('#commentary-editors');
    expect(guide?.querySelector('head')?.textContent).toBe('Reader’s guide');
    expect(xml).toContain(
      '<item>The paper opens &lt;with&gt; a question. (<ref target="#p1">¶ 1</ref>, <ref target="#p2">¶ 2</ref>) <cit><quote source="#p1">Opening words</quote> <ref target="#p1">¶ 1</ref></cit></item>',
    );
    expect(xml).toContain('<label>A concert &amp; more</label>');
    expect(xml).toContain(
      '<item>What the paper says of a concert. (<ref target="#p1">¶ 1</ref>) Cases: <ref target="#case-opium-war">First Opium War</ref>. Concepts: <ref target="#concept-binding">Binding</ref>.</item>',
    );
    // Where the paper stands may cite the paper's bibliography and the commentary's works.
    expect(xml).toContain(
      '<p>The paper joins a debate. (<bibl><ref target="#work-cronin-1999">Cronin 1999</ref></bibl>; <bibl><ref target="#commentary-work-doe-2010">Doe 2010</ref></bibl>)</p>',
    );
  });

  it('leaves the authors’ text and notes as they were', () => {
    const without = teiDocument({
      ...source(oneSection()),
      commentary: { ...fixtureCommentary(['one', 'one']), notes: [] },
    });
    const body = (x: string) => /<body>[\s\S]*<\/body>/.exec(x)?.[0];
    expect(body(xml)).toBe(body(without));
    expect(layer('note[place="foot"]')).toHaveLength(2);
  });
});

function header(document: Document): string {
  return document.querySelector('teiHeader')?.textContent ?? '';
}
