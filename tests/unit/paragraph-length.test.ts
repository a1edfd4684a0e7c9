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

/** Ten paragraphs of a paper, the longest (the last) of 49 characters. */
const PARAGRAPHS = Array.from(
  { length: 10 },
  (_, i) => `Paragraph ${i} of the paper${', longer'.repeat(i / 3)}.`,
);
const FILLER = `Lorem${' ipsum dolor sit amet'.repeat(5000)}.`;
const section = (frontmatter: string, body: string[]) =>
  `---\ntitle: "One"\norder: 1\n${frontmatter}---\n\n${body.join('\n\n')}\n`;

/** Ten paragraph lengths as the paper has them: ¶ 2 the longest, 1,827 characters. */
const TYPICAL = [900, 1827, 1621, 1400, 1100, 912, 800, 700, 600, 500];

describe('the measure', () => {
  it('flags one paragraph more than twice the longest of the rest', () => {
    expect(farLonger([...TYPICAL, 102_400])).toEqual({ flagged: [10], longest: 1 });
  });

  it('flags two pasted blocks together: neither vouches for the other', () => {
    expect(farLonger([100_000, ...TYPICAL, 100_000])).toEqual({ flagged: [0, 11], longest: 2 });
  });

  it('flags nothing in a paper without a gap, nor for a gap among its shorter half', () => {
    expect(farLonger(TYPICAL).flagged).toEqual([]);
    expect(farLonger([1800, 1700, 1600, 1500, 1400, 1300, 1200, 300, 60, 20]).flagged).toEqual([]);
  });

  it('measures only a paper of ten paragraphs or more', () => {
    expect(farLonger([900, 1827, 102_400, 1621, 700, 800, 900, 1000, 1100]).flagged).toEqual([]);
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
      '26 ¶ 11 has 105,006 characters: more than 2 × the paper’s longest other paragraph (¶ 10, 49 characters), so 98 at most. Text pasted by mistake, or paragraphs run together?',
    ]);
  });

  it('lets a paragraph through once its first words are confirmed in `longParagraphs`', () => {
    const confirmed = section('longParagraphs: ["Lorem ipsum dolor"]\n', [...PARAGRAPHS, FILLER]);
    expect(problems(confirmed)).toEqual([]);
  });
});
