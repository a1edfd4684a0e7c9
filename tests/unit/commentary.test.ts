/**
 * The editor's layer: a note's body parsed into paragraphs of text, emphasis and citations, and
 * the small helpers the pages and other media read it through.
 */
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../src/lib/content/content-error.ts';
import { parseCitationKeys, parseCommentaryBody } from '../../src/lib/commentary/body.ts';
import { citedKeys, inPaperOrder, paragraphText } from '../../src/lib/commentary/model.ts';

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
