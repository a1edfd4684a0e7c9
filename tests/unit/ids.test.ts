import { describe, expect, it } from 'vitest';
import {
  idOfFile,
  pageBreakId,
  pageLabel,
  pageName,
  PASSAGE_ID,
  parsePassageId,
  passageId,
  passageLabel,
} from '../../src/lib/site/ids.ts';

describe('passage ids and labels', () => {
  it('writes the anchor and the label of a paragraph and a note', () => {
    expect(passageId('paragraph', 12)).toBe('p12');
    expect(passageId('note', '9999')).toBe('n9999');
    expect(passageLabel('paragraph', 12)).toBe('¶ 12');
    expect(passageLabel('note', 18)).toBe('n. 18');
  });

  it('reads back the anchors it writes, and nothing else', () => {
    expect(parsePassageId(passageId('note', 18))).toEqual({ kind: 'note', n: 18 });
    expect(parsePassageId('nref18')).toBeUndefined();
    expect(['p12', 'n3', 'sn3', 'ed-gap-1', ''].filter((id) => PASSAGE_ID.test(id))).toEqual([
      'p12',
      'n3',
    ]);
  });
});

describe('page ids and labels', () => {
  it('writes the anchor, the citation and the spoken name of a page of the working paper', () => {
    expect(pageBreakId(9)).toBe('page-9');
    expect(pageLabel(9)).toBe('p. 9');
    expect(pageLabel(9, 9)).toBe('p. 9');
    expect(pageLabel(9, 10)).toBe('pp. 9–10');
    expect(pageName(9)).toBe('Page 9');
    // A page break's anchor is never taken for a paragraph's or a note's.
    expect(PASSAGE_ID.test(pageBreakId(9))).toBe(false);
  });
});

describe('idOfFile', () => {
  it('is the file name without folder and extension', () => {
    expect(idOfFile('content/glossary/binding.md')).toBe('binding');
    expect(idOfFile('content/paper/02-order.mdx')).toBe('02-order');
    expect(idOfFile('a.mdx')).toBe('a');
  });
});
