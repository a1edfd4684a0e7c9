/**
 * The house style of our prose (src/lib/content/typography.ts) on strings: the forms it refuses,
 * and what it lets through: the paper's words in quotation, addresses, code, ids, dates and
 * ranges. The messages, at their lines, are rows of tests/fixtures/content-mistakes.yaml.
 */
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import {
  paperTextForQuotations,
  quotesThePaper,
  typographySlips,
} from '../../src/lib/content/typography.ts';

const PAPER = paperTextForQuotations([
  {
    text: 'Russia was what might be called “bandwagoning for survival” -- that is, allying itself.',
  },
  { text: 'Jitsuo Tsuchiyama, "Ironies in Japan\'s Defense and Disarmament Policy," in Purnendra' },
]);
const forms = (text: string) => typographySlips(text, PAPER).map((s) => s.what);

describe('the house style of our prose', () => {
  it('refuses a spaced hyphen, a double hyphen, an em dash and straight quotation marks', () => {
    expect(forms('One - two')).toEqual(['a hyphen between spaces used as a dash']);
    expect(forms('One -- two')).toEqual(['a double hyphen used as a dash']);
    expect(forms('One—two')).toEqual(['an em dash']);
    expect(forms('the "word"')).toEqual(['a straight double quotation mark']);
    expect(forms("the note's word")).toEqual(['a straight single quotation mark']);
  });

  it('writes the corrected words as the fix, two words either side, on the line of the slip', () => {
    const [slip] = typographySlips('First line.\nThe treaty -- signed in Paris -- ended it.', '');
    expect(slip).toMatchObject({
      sample: 'The treaty -- signed in',
      corrected: 'The treaty – signed in',
      lineOffset: 1,
    });
    expect(typographySlips("It says 'Anarchy' and it's so.", '')[0]?.corrected).toBe(
      'says “Anarchy” and',
    );
  });

  it('accepts the forms it asks for', () => {
    expect(forms('One – two, pp. 69–94, 1997–98, “a quotation ‘inside’ one”, the note’s')).toEqual(
      [],
    );
  });

  it('lets through addresses, code, ids, ISO dates, ISBNs, ranges and Markdown lists', () => {
    expect(
      forms(
        'See https://example.org/a--b?x="y" and en.wikipedia.org/wiki/Japan\'s_(book), `git checkout -- x`, [a](https://x.org/--), cronin-1999, 1994-10-21, ISBN 978-0-312-22707-4, pp. 69-94.\n- a list item\n  - a nested one',
      ),
    ).toEqual([]);
  });

  it('lets the paper’s words through in quotation, with their characters, and nothing else', () => {
    expect(forms('The paper calls it “bandwagoning for survival” -- that is, allying')).toEqual([
      'a double hyphen used as a dash',
    ]);
    expect(forms('The paper: “bandwagoning for survival” -- that is, allying”.')).toEqual([
      'a double hyphen used as a dash',
    ]);
    expect(forms("Note 24 prints “Ironies in Japan's Defense and Disarmament Policy”.")).toEqual(
      [],
    );
    expect(forms('It reads “survival” -- that is, … allying itself.”')).toEqual([
      'a double hyphen used as a dash',
    ]);
    expect(forms('It reads ““bandwagoning for survival” -- that is, allying itself.”')).toEqual([
      'a double hyphen used as a dash',
    ]);
    expect(forms("Not the paper: “Japan's Defense Policy”.")).toEqual([
      'a straight single quotation mark',
    ]);
  });

  it('finds a quotation in the paper across its line wraps and cuts', () => {
    expect(quotesThePaper('bandwagoning  for\nsurvival', PAPER)).toBe(true);
    expect(quotesThePaper('Russia was … allying itself.', PAPER)).toBe(true);
    expect(quotesThePaper('bandwagoning for profit', PAPER)).toBe(false);
    expect(quotesThePaper(' … ', PAPER)).toBe(false);
  });

  it('holds in all of our content: the build’s check finds nothing', () => {
    expect(() => getContent()).not.toThrow();
  });
});
