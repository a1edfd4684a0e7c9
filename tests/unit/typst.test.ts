/** The Typst writer of /edition.pdf, on strings: escaping, footnotes, page starts, apparatus. */
import { describe, expect, it } from 'vitest';
import type { Edition } from '../../src/lib/edition/build.ts';
import { editionTypst } from '../../src/lib/outputs/typst.ts';
import { typstLabel } from '../../src/lib/outputs/typst-commentary.ts';
import { typstFromEntryHtml, typstString, typstText } from '../../src/lib/outputs/typst-markup.ts';

import { fixturePaper, typstInput, withPageBreaks } from '../helpers/typst-fixture.ts';

const fixture = fixturePaper();

describe('Typst escaping', () => {
  it('writes any text as a string literal, so that no character of it is markup', () => {
    expect(typstString('plain')).toBe('"plain"');
    expect(typstString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(typstString('one\ntwo\tthree\u0001')).toBe('"one\\ntwo\\tthree\\u{1}"');
    const hostile = "#set page(width: 1pt) *bold* _it_ $x$ [a] @ref <lbl> -- ... = // 'q'";
    // Inside the literal only a backslash or a quote could end or bend it: there are none here.
    expect(typstText(hostile)).toBe(`#"${hostile}"`);
    expect(typstText('')).toBe('');
  });

  it('escapes the paper’s words in the document and sets them only through literals', () => {
    const [first] = fixture.sections;
    if (!first) throw new Error('no section');
    const paragraph = first.paragraphs[0];
    if (!paragraph) throw new Error('no paragraph');
    const hostile: Edition = {
      ...fixture,
      sections: [
        {
          ...first,
          title: 'Title #with *markup*',
          paragraphs: [
            {
              ...paragraph,
              content: [{ type: 'text', value: 'x") #panic("y \\ [z] $1' }],
            },
          ],
          notes: [],
          interventions: [],
        },
      ],
      interventions: [],
    };
    const markup = editionTypst(typstInput(hostile));
    expect(markup).toContain('= #"Title #with *markup*"');
    expect(markup).toContain('#"x\\") #panic(\\"y \\\\ [z] $1"');
    expect(markup).not.toContain('#panic("');
  });

  it('turns a Chicago entry’s italics into emphasis and decodes its entities', () => {
    expect(typstFromEntryHtml('Cronin. <i>A &amp; B</i>. 1999.')).toBe(
      '#"Cronin. "#emph[#"A & B"]#". 1999."',
    );
    expect(() => typstFromEntryHtml('A <b>bold</b> entry')).toThrow(/markup the PDF/);
  });
});

describe('the Typst document', () => {
  const markup = editionTypst(typstInput(withPageBreaks(fixture)));

  it('sets the title, authors, language, A4, a running head and page numbers', () => {
    expect(markup).toContain(
      '#set document(title: "A Title", author: ("Ann Author", "Bob Author"), date: datetime(year: 2026, month: 11, day: 30))',
    );
    expect(markup).toContain('lang: "en"');
    expect(markup).toContain('paper: "a4"');
    expect(markup).toContain('numbering: "1"');
    expect(markup).toMatch(/header: context if counter\(page\)\.get\(\)\.first\(\) > 1/);
    expect(markup).toContain('#"Short" #h(1fr) #"Ann Author and Bob Author"');
  });

  it('puts each note as a footnote where its marker stands, with the paper’s number', () => {
    expect(markup).toContain(
      '#"Opening words of the "#pagestart("2")#"paper."#counter(footnote).update(0)#footnote(numbering: "1")[#"A note with its own words."]',
    );
    // The restored marker keeps its brackets, as on /paper/.
    expect(markup).toContain(
      '#counter(footnote).update(1)#footnote(numbering: "[1]")[#"A note whose marker the editor restored."]',
    );
    expect(markup.match(/#footnote\(/g)).toHaveLength(fixture.notes.length);
  });

  it('marks each page start of the working paper in the margin, where it falls', () => {
    expect(markup).toContain('#let pagestart(n) = box(width: 0pt, height: 0pt, context {');
    expect(markup).toMatch(/place\(bottom \+ left, dx: 0\.9cm - x, .*\[p\.~#n\]/);
    expect(markup.match(/#pagestart\(/g)).toHaveLength(2);
    expect(markup).toContain('#para("¶ 3", "https://example.org/ed/paper/#p3")[#pagestart("3")#"');
  });

  it('numbers each paragraph with a link to its permalink, and shows a gap linked to its reason', () => {
    expect(markup).toContain('#para("¶ 1", "https://example.org/ed/paper/#p1")[');
    expect(markup).toContain('#link("https://example.org/ed/about/#gap-1")[#"[…]"]');
    for (const s of fixture.sections) expect(markup).toContain(`= ${typstText(s.title)}\n`);
  });

  it('ends with the apparatus and the bibliography, each entry linked to the web edition', () => {
    const apparatus = markup.indexOf('= #"Editorial apparatus"');
    const bibliography = markup.indexOf('= #"Bibliography"');
    expect(apparatus).toBeGreaterThan(markup.indexOf('#"Opening words'));
    expect(bibliography).toBeGreaterThan(apparatus);
    for (const item of fixture.interventions) expect(markup).toContain(item.label);
    expect(markup).toContain(
      '#emph[#"Title & More"]#". 1999." #link("https://example.org/ed/sources/cronin-1999/")[#"(web)"]',
    );
  });
});

describe('the editor’s layer in the Typst document', () => {
  const markup = editionTypst(typstInput(fixture));
  const at = (text: string) => markup.indexOf(text);

  it('follows the text, before the apparatus: the guide, then the commentary and its works', () => {
    const guide = at('= #"Reader’s guide"');
    const commentary = at('= #"Editor’s commentary"');
    expect(guide).toBeGreaterThan(at('#"The last paragraph."'));
    expect(commentary).toBeGreaterThan(guide);
    expect(at('== #"Works the commentary relies on"')).toBeGreaterThan(commentary);
    expect(at('= #"Editorial apparatus"')).toBeGreaterThan(
      at('== #"Works the commentary relies on"'),
    );
    expect(markup).toContain('#block(stroke: 0.5pt + luma(110), inset: 7pt, width: 100%)');
    expect(markup).toContain(
      '#"By the editors of this edition, not by the authors, whose own notes',
    );
  });

  it('labels each paragraph, so that the layer links to it inside the PDF', () => {
    for (const p of fixture.paragraphs) expect(markup).toMatch(new RegExp(`\\] <${p.id}>\\n`));
    expect(markup).toContain(
      '#"The paper opens <with> a question." #"("#link(label("p1"))[#"¶ 1"]#", "#link(label("p2"))[#"¶ 2"]#")"',
    );
    expect(markup).toContain(
      '#quote(block: true)[#"Opening words" #text(style: "normal")[#"("#link(label("p1"))[#"¶ 1"]#")"]]',
    );
  });

  it('dates each note, links it to its paragraph and its sources to their entries', () => {
    expect(markup).toContain('== #"The forum & after" <commentary-note-forum-later>');
    expect(markup).toContain(
      '#par[#emph[#"As of 1 December 2026"]#". "#"On "#link(label("p1"))[#"¶ 1"]#":"]\n\n#quote(block: true)[#"Opening words"]',
    );
    expect(markup).toContain(
      '#"The forum adopted a vision <in 2009> "#"("#link(label("commentary-work-forum-2009-vision"))[#"The Forum 2009, p. 2"]#")"#"."',
    );
    expect(markup).toContain('#emph[#"The Daily"]');
    expect(markup).toContain(
      '#par(hanging-indent: 1.5em)[#"Doe, Jane. “Talks <Resume>.” "#emph[#"The Daily"]#", March 2010."] <commentary-work-doe-2010>',
    );
    // A source of the paper's bibliography links to its entry there.
    expect(markup).toContain('#link(label("work-cronin-1999"))[#"Cronin 1999"]');
    expect(markup).toContain('] <work-cronin-1999>');
  });

  it('marks a paragraph it comments on after its words, with a link to each note', () => {
    expect(markup).toMatch(
      /\] <p1>\n\n#block\(above: 0\.5em, inset: \(left: 1\.2em\), stroke: \(left: 0\.5pt \+ luma\(110\)\)\)\[#set text\(size: 8\.5pt\)\n#emph\[#"Editor’s commentary:"\] #link\(label\("commentary-note-forum-later"\)\)\[#"The forum & after"\]\]/,
    );
    expect(markup).toMatch(
      /\] <p3>\n\n#block\([\s\S]*?#link\(label\("commentary-note-last-word"\)\)/,
    );
    expect(markup).toMatch(/\] <p2>\n\n(?!#block)/);
  });

  it('runs its own head on its pages, naming the editors’ layer, not the authors', () => {
    expect(markup).toContain(
      '#if inlayer() [#"Short" #h(1fr) #"The editors’ guide and commentary, not the authors’ text"] else [#"Short" #h(1fr) #"Ann Author and Bob Author"]',
    );
    expect(at('#metadata(none) <editors-layer-start>')).toBeLessThan(at('= #"Reader’s guide"'));
    expect(at('#metadata(none) <editors-layer-end>')).toBeLessThan(at('= #"Editorial apparatus"'));
  });

  it('refuses an id that would not be a Typst label', () => {
    expect(typstLabel('p41')).toBe('<p41>');
    expect(() => typstLabel('a> #panic(')).toThrow(/Not an id/);
  });
});
