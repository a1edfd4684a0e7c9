import { describe, expect, it } from 'vitest';
import {
  limitQuery,
  MAX_QUERY_LENGTH,
  phrasePattern,
  queryTerms,
  safeDecode,
  termPattern,
} from '../../src/lib/search/query-text.ts';

const marked = (query: string, text: string) => {
  const pattern = termPattern(queryTerms(query));
  return pattern ? [...text.matchAll(pattern)].map((m) => m[0]) : [];
};

describe('safeDecode', () => {
  it('decodes valid percent-encoding and returns broken encoding as it is, without throwing', () => {
    expect(safeDecode('p12%20x')).toBe('p12 x');
    expect(safeDecode('%E0%A4%A')).toBe('%E0%A4%A');
    expect(safeDecode('%')).toBe('%');
  });
});

describe('limitQuery', () => {
  it('cuts a long query to the limit, counting characters, not UTF-16 units', () => {
    expect(limitQuery('balance')).toEqual({ query: 'balance', cut: false });
    const long = '😀'.repeat(MAX_QUERY_LENGTH + 5);
    const { query, cut } = limitQuery(long);
    expect(cut).toBe(true);
    expect([...query]).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('termPattern', () => {
  it('marks whole words and the words a term begins, never letters inside a word', () => {
    expect(marked('al', 'Balance of power, multilateral')).toEqual([]);
    expect(marked('balance', 'Balance and balancing, counterbalance')).toEqual([
      'Balance',
      'balancing',
    ]);
    expect(marked('multilateral', 'multilateralism')).toEqual(['multilateralism']);
  });

  it('treats regular-expression characters, Japanese and right-to-left text as text', () => {
    expect(termPattern(queryTerms('(.*+?['))).toBeUndefined();
    expect(marked('日本', '日本の安全保障')).toEqual(['日本']);
    expect(marked('سلام', 'سلام عليكم')).toEqual(['سلام']);
  });

  it('has nothing to mark for an empty or one-letter query', () => {
    expect(termPattern(queryTerms(''))).toBeUndefined();
    expect(termPattern(queryTerms('a'))).toBeUndefined();
  });
});

describe('phrasePattern', () => {
  const phrases = (query: string, text: string) =>
    [...text.matchAll(phrasePattern(query) ?? /$^/g)].map((m) => m[0]);

  it('matches the words in order as one, across punctuation, and never one word alone', () => {
    const text = 'regional forums such as the ASEAN Regional Forum’s agenda; ASEAN, Regional Forum';
    expect(phrases('ASEAN Regional Forum', text)).toEqual([
      'ASEAN Regional Forum’s',
      'ASEAN, Regional Forum',
    ]);
    expect(phrases('Regional ASEAN', text)).toEqual([]);
  });

  it('takes the word forms of each word, "community" as "communities" too', () => {
    expect(phrases('security community', 'On security communities, the classic')).toEqual([
      'security communities',
    ]);
    expect(phrases('balance of power', 'balancing of powers')).toEqual(['balancing of powers']);
  });

  it('is undefined for a single word, which termPattern marks', () => {
    expect(phrasePattern('Cronin')).toBeUndefined();
    expect(phrasePattern('  ')).toBeUndefined();
  });
});
