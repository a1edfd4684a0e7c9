/**
 * The editor's layer: a note's body parsed into paragraphs of text, emphasis and citations, and
 * the small helpers the pages and other media read it through.
 */
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../src/lib/content/content-error.ts';
import { parseCitationKeys, parseCommentaryBody } from '../../src/lib/commentary/body.ts';
import { parseCollection } from '../../src/lib/annotations/model.ts';
import { annotationText, commentaryCollection } from '../../src/lib/commentary/annotations.ts';
import {
  type CommentaryNote,
  citedKeys,
  inPaperOrder,
  paragraphText,
} from '../../src/lib/commentary/model.ts';
import {
  commentaryMarks,
  noteHtml,
  paragraphHtml,
  shortReference,
} from '../../src/lib/commentary/render.ts';
import type { CommentaryWork } from '../../src/lib/content/commentary-schemas.ts';
import type { Paragraph } from '../../src/lib/edition/model.ts';
import { commentaryRecords } from '../../src/lib/search/records.ts';

const parse = (body: string) => parseCommentaryBody(body, 'note.md', 10);

/** The problems a body is refused with, as "line: problem". */
function refusals(body: string): string[] {
  try {
    parse(body);
    return [];
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    return error.problems.map((p) => `${p.line}: ${p.problem}`);
  }
}

describe('citation keys', () => {
  it('reads one key, a locator after the comma, and several keys apart by ";"', () => {
    expect(parseCitationKeys('@arf-2009')).toEqual([{ id: 'arf-2009' }]);
    expect(parseCitationKeys('@arf-2009, p. 12')).toEqual([{ id: 'arf-2009', locator: 'p. 12' }]);
    expect(parseCitationKeys('@a-1; @b-2, para. 3')).toEqual([
      { id: 'a-1' },
      { id: 'b-2', locator: 'para. 3' },
    ]);
  });

  it('refuses what is not a key', () => {
    expect(parseCitationKeys('@arf-2009 p. 12')).toBeUndefined();
    expect(parseCitationKeys('@')).toBeUndefined();
    expect(parseCitationKeys('@a; b')).toBeUndefined();
    expect(parseCitationKeys('@Arf')).toBeUndefined();
  });
});

describe('a note’s body', () => {
  it('is paragraphs of text, emphasis and citations, lines joined', () => {
    const body =
      '\nThe forum met in *Phuket* in 2009\n[@arf-2009, p. 2].\n\nIt met again [@a; @b].\n';
    expect(parse(body)).toEqual([
      [
        { kind: 'text', text: 'The forum met in ' },
        { kind: 'emphasis', text: 'Phuket' },
        { kind: 'text', text: ' in 2009 ' },
        { kind: 'citation', keys: [{ id: 'arf-2009', locator: 'p. 2' }] },
        { kind: 'text', text: '.' },
      ],
      [
        { kind: 'text', text: 'It met again ' },
        { kind: 'citation', keys: [{ id: 'a' }, { id: 'b' }] },
        { kind: 'text', text: '.' },
      ],
    ]);
  });

  it('gives its cited ids once each, and its text without or with the citations', () => {
    const body = parse('One [@a-1]. Two [@b-2; @a-1].\n');
    expect(citedKeys(body)).toEqual(['a-1', 'b-2']);
    const [first] = body;
    expect(paragraphText(first ?? [])).toBe('One. Two.');
    expect(paragraphText(first ?? [], (keys) => ` (${keys.map((k) => k.id).join(', ')})`)).toBe(
      'One (a-1). Two (b-2, a-1).',
    );
  });

  it('refuses markup at its line', () => {
    expect(refusals('Fine [@a].\n\n# Heading\n')).toEqual([
      expect.stringMatching(/^12: .*holds a heading/),
    ]);
    expect(refusals('See [the site](https://x.org) [@a].')).toEqual([
      expect.stringMatching(/^10: .*a Markdown link/),
    ]);
    expect(refusals('A <script>x</script> [@a].')[0]).toMatch(/^10: .*HTML tag/);
    expect(refusals('A &amp; B [@a].')[0]).toMatch(/character reference/);
    expect(refusals('- item [@a].')[0]).toMatch(/a list item/);
    expect(refusals('> quoted [@a].')[0]).toMatch(/quotation block/);
    expect(refusals('Some `code` [@a].')[0]).toMatch(/holds code/);
    expect(refusals('Some **strong** [@a].')[0]).toMatch(/strong emphasis/);
  });

  it('refuses a stray asterisk, a broken key, a paragraph without a closing citation, no text', () => {
    expect(refusals('One\n2 * 3 [@a].')).toEqual([expect.stringMatching(/^11: A "\*" opens/)]);
    expect(refusals('One [@a, p. 2')[0]).toMatch(/^10: The citation "\[@a, p\. 2/);
    expect(refusals('Cited [@a]. Uncited afterwards.')).toEqual([
      expect.stringMatching(/^10: The paragraph does not end with a citation/),
    ]);
    expect(refusals('Cited [@a].”')).toEqual([]);
    expect(refusals('\n\n')).toEqual([expect.stringMatching(/^10: The note has no text/)]);
  });
});

describe('notes in the paper’s order', () => {
  it('sorts by the number of the ¶, then by id', () => {
    const notes = [
      { id: 'b', passage: 'p12' },
      { id: 'a', passage: 'p12' },
      { id: 'c', passage: 'p3' },
    ];
    expect(inPaperOrder(notes).map((n) => n.id)).toEqual(['c', 'a', 'b']);
  });
});

const WORK: CommentaryWork = {
  id: 'arf-2009',
  type: 'document',
  title: 'Vision Statement',
  author: [{ literal: 'ASEAN Regional Forum' }],
  issued: { 'date-parts': [[2009, 7, 23]] },
  custom: { verified: ['title: the forum’s site'] },
};

const NOTE: CommentaryNote = {
  id: 'arf-after-2000',
  title: 'The forum <after> 2000',
  passage: 'p2',
  quote: 'no teeth',
  asOf: '2026-12-01',
  cases: [],
  concepts: [],
  sources: ['arf-2009'],
  verified: ['a fact: a place'],
  body: parse('It adopted a *Vision* & more [@arf-2009, para. 2].'),
};

const PARAGRAPH = { id: 'p2', n: 2, section: 'one', text: 'They have no teeth yet.' } as Paragraph;
const render = { toUrl: (p: string) => `/base${p}`, works: new Map([[WORK.id, WORK]]) };

describe('the notes as HTML', () => {
  it('escapes the text, sets titles in italics and links each citation to its work under the base', () => {
    expect(paragraphHtml(NOTE.body[0] ?? [], render)).toBe(
      '<p>It adopted a <i>Vision</i> &#38; more (<a role="doc-biblioref" href="/base/commentary/#cw-arf-2009">ASEAN Regional Forum 2009, para. 2</a>).</p>',
    );
    const html = noteHtml(NOTE, render);
    expect(html).toContain('<h3 id="arf-after-2000-title">The forum &#60;after&#62; 2000</h3>');
    expect(html).toContain('On <a href="/base/paper/#p2">¶ 2</a>, on the words “no teeth”.');
    expect(html).toContain('As of <time datetime="2026-12-01">1 December 2026</time>.');
  });

  it('names one mark for a ¶’s notes, “Editor’s commentary”; a work without a year by its author alone', () => {
    const other = { ...NOTE, id: 'b', title: 'Second' };
    expect(commentaryMarks([NOTE, other])).toEqual(new Map([['p2', 'Editor’s commentary']]));
    const { issued: _issued, ...undated } = WORK;
    expect(shortReference({ id: 'arf-2009' }, undated)).toBe('ASEAN Regional Forum');
    expect(shortReference({ id: 'gone' }, undefined)).toBe('gone');
  });
});

describe('the notes as W3C Web Annotations and as search records', () => {
  const { quote: _quote, ...unquoted } = NOTE;
  const whole: CommentaryNote = { ...unquoted, id: 'whole' };
  const collection = commentaryCollection(
    [NOTE, whole],
    [PARAGRAPH],
    (note) => annotationText(note, (id, loc) => `${id}${loc ? `, ${loc}` : ''}`),
    { paper: 'https://example.org/paper/', note: (id) => `https://example.org/commentary/#${id}` },
  );

  it('targets the quoted words, or the whole ¶, as the reader’s notes do; the editors are its creator', () => {
    const read = parseCollection(JSON.stringify(collection), 'https://example.org/paper/', 'now');
    if (!read.ok) throw new Error(read.errors.join('; '));
    expect(read.refused).toEqual([]);
    expect(
      read.annotations.map((a) => [a.id, a.targets[0]?.quote.exact, a.targets[0]?.position]),
    ).toEqual([
      // In reading order: the whole ¶ starts first.
      [
        'https://example.org/commentary/#whole',
        PARAGRAPH.text,
        { type: 'TextPositionSelector', start: 0, end: 23 },
      ],
      [
        'https://example.org/commentary/#arf-after-2000',
        'no teeth',
        { type: 'TextPositionSelector', start: 10, end: 18 },
      ],
    ]);
    expect(read.annotations[1]?.note).toBe(
      'The forum <after> 2000\n\nIt adopted a Vision & more (arf-2009, para. 2).',
    );
    const items = (collection['first'] as { items: { creator: unknown; motivation: string }[] })
      .items;
    for (const item of items) {
      expect(item.motivation).toBe('commenting');
      expect(item.creator).toEqual({
        type: 'Organization',
        name: 'The editors of this digital edition',
      });
    }
  });

  it('each note is a search record of its own kind, addressed to it on /commentary/', () => {
    const [record] = commentaryRecords([NOTE], {
      paragraphs: [PARAGRAPH],
      sections: [{ id: 'one', title: 'Introduction' }] as never,
    });
    expect(record).toMatchObject({
      url: '/commentary/#arf-after-2000',
      content: 'The forum <after> 2000 It adopted a Vision & more.',
      meta: { kind: 'Editor’s commentary', label: 'On ¶ 2', section: 'Introduction' },
      filters: { kind: ['Editor’s commentary'], section: ['Introduction'] },
    });
  });
});
