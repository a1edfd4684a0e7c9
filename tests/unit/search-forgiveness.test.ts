import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/lib/text/edit-distance.ts';
import { didYouMean, parseLocator, wordList } from '../../src/lib/search/forgiveness.ts';

const words = wordList([
  'Ikenberry and Tsuchiyama on multilateralism and multilateral security.',
  'Kissinger and the balance of power; multilateralism again.',
]);

describe('parseLocator', () => {
  it('reads notes and paragraphs as readers write them', () => {
    expect(parseLocator('n. 24')).toEqual({ kind: 'note', n: 24 });
    expect(parseLocator('note 24')).toEqual({ kind: 'note', n: 24 });
    expect(parseLocator('¶ 12')).toEqual({ kind: 'paragraph', n: 12 });
    expect(parseLocator('p12')).toEqual({ kind: 'paragraph', n: 12 });
    expect(parseLocator('notes on power')).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('corrects a misspelt name or term to the edition’s own word', () => {
    expect(didYouMean('Ikenbery', words)).toBe('Ikenberry');
    expect(didYouMean('Tsuchyama', words)).toBe('Tsuchiyama');
    expect(didYouMean('multilaterlism', words)).toBe('multilateralism');
  });

  it('leaves known words alone and offers nothing for them', () => {
    expect(didYouMean('Kissinger', words)).toBeUndefined();
    expect(didYouMean('balance of power', words)).toBeUndefined();
  });

  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('balnace', 'balance')).toBe(1);
  });
});
