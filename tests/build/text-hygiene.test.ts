/**
 * Text hygiene over the built site: no page of ours runs a word into the element beside it
 * ("study<i>Japanese"), the slip Astro's whitespace compression makes of a line break between a
 * word and an inline element.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, requireBuild } from '../helpers/site.ts';

beforeAll(requireBuild);

describe('words and the elements beside them', () => {
  const INLINE = 'a|abbr|b|cite|code|dfn|em|i|q|span|strong';
  // A letter, then an inline element that begins with a letter; or one that ends with a letter,
  // then a letter or an opening bracket. Note references and page labels begin with a digit.
  const RUN_IN = new RegExp(
    `\\p{L}(?:<(?:${INLINE})\\b[^>]*>)+[\\p{L}“]|\\p{L}(?:</(?:${INLINE})>)+[\\p{L}“(]`,
    'gu',
  );

  it('no page runs a word into an inline element, or an element into the next word', () => {
    const slips = htmlPages().flatMap(({ url, html }) =>
      [...html.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '').matchAll(RUN_IN)].map(
        (m) => `${url}: ${m[0]}`,
      ),
    );
    expect(slips).toEqual([]);
  });

  it('finds the slip it looks for', () => {
    expect('the energy study<i>Japanese Energy'.match(RUN_IN)).toEqual(['y<i>J']);
    expect('<a href="/paper.txt">paper.txt</a>is the'.match(RUN_IN)).toEqual(['t</a>i']);
    expect('way.<a href="#n4" role="doc-noteref">4</a> Japan'.match(RUN_IN)).toBeNull();
  });
});
