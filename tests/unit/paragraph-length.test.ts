/**
 * A paragraph far longer than the paper's others is asked about: the measure on lists of lengths,
 * the real paper (which has none), and the confirmation that lets one through.
 */
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { ContentErrors } from '../../src/lib/content/content-error.ts';
import { buildEdition } from '../../src/lib/edition/build.ts';
import { farLonger } from '../../src/lib/edition/paragraph-length.ts';

/** Problems of a one-section paper, as `line problem`. */
function problems(source: string): string[] {
  try {
    buildEdition(new Map([['content/paper/one.mdx', source]]));
  } catch (error) {
    if (error instanceof ContentErrors) return error.problems.map((p) => `${p.line} ${p.problem}`);
    throw error;
  }
  return [];
}

const PARAGRAPHS = ['A first paragraph of the paper.', 'A second one, a little longer than that.'];
const FILLER = `Lorem${' ipsum dolor sit amet'.repeat(5000)}.`;
const section = (frontmatter: string, body: string[]) =>
  `---\ntitle: "One"\norder: 1\n${frontmatter}---\n\n${body.join('\n\n')}\n`;

describe('the measure', () => {
  it('flags one paragraph more than twice the longest of the rest', () => {
    expect(farLonger([900, 1827, 102_400, 1621, 700])).toEqual({ flagged: [2], longest: 1 });
  });

  it('flags two pasted blocks together: neither vouches for the other', () => {
    expect(farLonger([900, 100_000, 1827, 100_000, 1621, 700])).toEqual({
      flagged: [1, 3],
      longest: 2,
    });
  });

  it('flags nothing in a paper without a gap, nor for a gap among its shorter half', () => {
    expect(farLonger([900, 1827, 1621, 1400, 1100]).flagged).toEqual([]);
    expect(farLonger([1800, 1700, 1600, 60, 20]).flagged).toEqual([]);
    expect(farLonger([5000]).flagged).toEqual([]);
  });

  it('flags no paragraph of the real paper', () => {
    const lengths = getContent().edition.paragraphs.map((p) => p.text.length);
    expect(Math.max(...lengths)).toBe(1827);
    expect(farLonger(lengths).flagged).toEqual([]);
  });
});

describe('the check', () => {
  it('asks about 100 KB of filler at its line, with the threshold', () => {
    expect(problems(section('', [...PARAGRAPHS, FILLER]))).toEqual([
      '10 ¶ 3 has 105,006 characters: more than 2 × the paper’s longest other paragraph (¶ 2, 40 characters), so 80 at most. Text pasted by mistake, or paragraphs run together?',
    ]);
  });

  it('lets a paragraph through once its first words are confirmed in `longParagraphs`', () => {
    const confirmed = section('longParagraphs: ["Lorem ipsum dolor"]\n', [...PARAGRAPHS, FILLER]);
    expect(problems(confirmed)).toEqual([]);
  });
});
