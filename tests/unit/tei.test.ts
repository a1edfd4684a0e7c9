import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildEdition, type Edition } from '../../src/lib/edition/build.ts';
import type { Case, Concept, PaperFacts, Work } from '../../src/lib/content/schemas.ts';
import { teiDocument, type TeiSource } from '../../src/lib/outputs/tei.ts';
import { biblStruct } from '../../src/lib/outputs/tei-bibl.ts';
import { element, xmlAttribute, xmlText } from '../../src/lib/outputs/xml.ts';

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
