/** What counts as markup in a field of YAML or JSON content, and what is plain text. */
import { describe, expect, it } from 'vitest';
import { findMarkup, markupProblems } from '../../src/lib/content/plain-text.ts';

describe('markup in a field', () => {
  it.each([
    ['<i>Community</i> under Anarchy', 'an HTML tag', '<i>'],
    ['x <img src=x onerror=alert(1)> y', 'an HTML tag', '<img src=x onerror=alert(1)>'],
    ['</b>', 'an HTML tag', '</b>'],
    ['a <!-- hidden --> b', 'an HTML comment or declaration', '<!-- hidden -->'],
    ['Taylor &amp; Francis', 'an HTML character reference', '&amp;'],
    ['&#60;script&#x3e;', 'an HTML character reference', '&#60;'],
    ['See [this](javascript:alert(1))', 'a Markdown link', '[this](javascript:alert(1))'],
    ['![x](data:image/png)', 'a Markdown link', '![x](data:image/png)'],
    ['the *Cambridge* history', 'Markdown emphasis', '*Cambridge*'],
    ['**Strong**', 'Markdown emphasis', '**Strong**'],
  ])('finds it in %j', (text, what, sample) => {
    expect(findMarkup(text)).toEqual({ what, sample });
  });

  it.each([
    'Taylor & Francis',
    'search.cgi?dbi=2010&entry=587&group=cciej',
    'a < b and c > d',
    '5 * 3 * 2',
    'Survival 41:3, pp. 84-101 [review]',
    'the (International) Institute',
    'Japan’s “new” diplomacy — 1998',
  ])('leaves plain text alone: %j', (text) => {
    expect(findMarkup(text)).toBeUndefined();
  });

  it('is reported at the line of its field, however deep, with its path', () => {
    const data = { title: 'Plain', author: [{ family: 'Cronin', given: '<b>Bruce</b>' }] };
    const lines: Record<string, number> = { 'author,0,given': 7 };
    const [problem, ...rest] = markupProblems(
      data,
      'works.json',
      'Work x',
      (p) => lines[p.join()] ?? 1,
    );
    expect(rest).toEqual([]);
    expect(`${problem?.file}:${problem?.line} ${problem?.problem}`).toBe(
      'works.json:7 Work x field `author[0].given` holds an HTML tag (<b>), but fields are plain text: it would be published as written.',
    );
  });
});
