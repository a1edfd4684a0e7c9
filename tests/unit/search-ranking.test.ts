import { describe, expect, it } from 'vitest';
import { excerptAround, excerptHtml } from '../../src/lib/search/excerpt.ts';
import { forSearchIndex } from '../../src/lib/search/index-html.ts';
import { entryNames, nameKey } from '../../src/lib/search/names.ts';
import { phrasePattern } from '../../src/lib/search/query-text.ts';
import { paperFirst, phraseOf } from '../../src/lib/search/ranking.ts';

describe('entry names', () => {
  it('keys a name without case, diacritics or punctuation', () => {
    expect(nameKey('U.S.–Japan Security Treaty')).toBe('u s japan security treaty');
    expect(nameKey('  Matlock’s  cable ')).toBe('matlock s cable');
    expect(nameKey('Zürich')).toBe('zurich');
  });

  it('answers to the name, to it without its parenthesis, and to a name in the parenthesis', () => {
    expect(entryNames('ASEAN Regional Forum (ARF)')).toEqual([
      'asean regional forum arf',
      'asean regional forum',
      'arf',
    ]);
    expect(entryNames('East Timor crisis (1999)')).toEqual([
      'east timor crisis 1999',
      'east timor crisis',
    ]);
    expect(
      entryNames('Binding (security binding)', ['binding together', 'security binding']),
    ).toEqual(['binding security binding', 'binding', 'security binding', 'binding together']);
  });
});

describe('paperFirst', () => {
  const results = ['source', 'p26', 'named', 'n18', 'concept', 'p41'].map((id) => ({ id }));

  it('puts the named entry first, then the passages that hold the phrase, then the rest, each in the given order', () => {
    const order = paperFirst(results, new Set(['named']), new Set(['p41', 'n18']));
    expect(order.map((r) => r.id)).toEqual(['named', 'n18', 'p41', 'source', 'p26', 'concept']);
  });

  it('keeps the order when nothing is named or held, and ignores ids that are not results', () => {
    expect(paperFirst(results, new Set(['elsewhere']), new Set()).map((r) => r.id)).toEqual(
      results.map((r) => r.id),
    );
  });

  it('takes the phrase of a query without its quotes', () => {
    expect(phraseOf(' "ASEAN  Regional Forum" ')).toBe('ASEAN Regional Forum');
    expect(phraseOf('“”')).toBeUndefined();
  });
});

describe('excerptAround', () => {
  const words = (n: number, w = 'word') => Array.from({ length: n }, () => w).join(' ');
  const pattern = phrasePattern('ASEAN Regional Forum');
  if (!pattern) throw new Error('no pattern');

  it('cuts about the given number of words around the first match, every match marked as one', () => {
    const text = `${words(30, 'before')} the ASEAN Regional Forum and the ASEAN Regional Forum’s ${words(30, 'after')}`;
    const parts = excerptAround(text, pattern, 24) ?? [];
    const joined = parts.map((p) => p.text).join('');
    expect(joined.split(' ')).toHaveLength(24);
    expect(joined.startsWith('before')).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual([
      'ASEAN Regional Forum',
      'ASEAN Regional Forum’s',
    ]);
  });

  it('is undefined when the phrase is not there, and escapes text when it becomes HTML', () => {
    expect(excerptAround('ASEAN and a regional forum', pattern)).toBeUndefined();
    const parts = excerptAround('<b> & the ASEAN Regional Forum', pattern) ?? [];
    expect(excerptHtml(parts)).toBe('&lt;b&gt; &amp; the <mark>ASEAN Regional Forum</mark>');
  });
});

describe('forSearchIndex', () => {
  it('ends each term with a colon and each value with a full stop, in the copy Pagefind reads', () => {
    expect(
      forSearchIndex(
        '<dl><dt>Places</dt><dd>Bangkok; Singapore</dd><dt>Actors</dt><dd>ASEAN.</dd></dl>',
      ),
    ).toBe(
      '<dl><dt>Places:</dt> <dd>Bangkok; Singapore.</dd> <dt>Actors:</dt> <dd>ASEAN.</dd> </dl>',
    );
  });

  it('leaves everything else as it is', () => {
    const html = '<p>Places</p><h2>What happened</h2>';
    expect(forSearchIndex(html)).toBe(html);
  });
});
