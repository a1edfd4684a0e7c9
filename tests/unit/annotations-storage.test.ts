/**
 * The reader's annotations that cannot be lost, on strings: a stored list read item by item (the
 * corruptions the issue tried), merging two tabs' lists with tombstones, the limits of one
 * annotation, and quotation links that never pass 2,000 characters.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/lib/annotations/limits.ts';
import { parseCollection, type ReaderAnnotation } from '../../src/lib/annotations/model.ts';
import { MAX_LINK, quoteLink, readQuoteLink } from '../../src/lib/annotations/quotation.ts';
import { describe as describeWords, type Target } from '../../src/lib/annotations/selectors.ts';
import { mergeLists, readStoredList, splitItems } from '../../src/lib/annotations/stored.ts';
import { annotationCollection } from '../helpers/w3c-annotations.ts';

const PAPER = 'https://ikenberry-tsuchiyama.example.org/paper/';
const T = '2026-12-03T00:00:00.000Z';

function note(id: string, modified = T, exact = 'balance of power'): ReaderAnnotation {
  return {
    id,
    motivation: 'commenting',
    created: T,
    modified,
    note: `Note ${id}`,
    targets: [{ root: 'p12', quote: { type: 'TextQuoteSelector', exact } }],
  };
}

describe('a stored list, read item by item', () => {
  const valid = note('urn:uuid:1');
  const json = JSON.stringify(valid);
  const corruptions: [string, string, number, number, boolean][] = [
    // name, stored text, annotations read, items set aside, parses as a whole
    ['[valid, null]', `[${json},null]`, 1, 1, true],
    ['a number among them', `[${json},42]`, 1, 1, true],
    ['a string', `[${json},"x"]`, 1, 1, true],
    ['an item without targets', `[${json},{"id":"b"}]`, 1, 1, true],
    [
      'a bad motivation',
      `[${JSON.stringify({ ...valid, id: 'c', motivation: 7 })},${json}]`,
      1,
      1,
      true,
    ],
    [
      'a target without words',
      `[${JSON.stringify({ ...valid, id: 'd', targets: [{ root: 'p1', quote: {} }] })},${json}]`,
      1,
      1,
      true,
    ],
    [
      'a root that is no passage',
      `[${JSON.stringify({ ...valid, id: 'e', targets: [{ root: '<img>', quote: { exact: 'x' } }] })}]`,
      0,
      1,
      true,
    ],
    [
      'cut short (a real one truncated)',
      `[${json},${json.replace('urn:uuid:1', 'urn:uuid:2').slice(0, 60)}`,
      1,
      1,
      false,
    ],
    ['garbage after an item', `[${json},{{{`, 1, 1, false],
    ['an object, not a list', '{"a":1}', 0, 1, true],
    ['not JSON at all', 'hello', 0, 1, false],
    ['the same id twice', `[${json},${json}]`, 1, 0, true],
    [
      'a 1.5 MB quote',
      `[${JSON.stringify(note('big', T, 'x'.repeat(1_500_000)))},${json}]`,
      1,
      1,
      true,
    ],
  ];
  for (const [name, raw, read, aside, whole] of corruptions) {
    it(`${name}: ${read} read, ${aside} set aside, kept as stored`, () => {
      const r = readStoredList(raw, T);
      expect(r.annotations).toHaveLength(read);
      expect(r.setAside).toHaveLength(aside);
      expect(r.whole).toBe(whole);
      for (const s of r.setAside) expect(raw).toContain(s.text);
      if (read) expect(r.annotations[0]).toEqual(valid);
    });
  }
  it('splits at the commas between items only, not in strings or nesting', () => {
    expect(splitItems('[{"a":"x,]y"},[1,2], 3]')).toEqual(['{"a":"x,]y"}', '[1,2]', ' 3']);
    expect(splitItems('[{"a":"\\"],"}')).toEqual(['{"a":"\\"],"}']);
    expect(splitItems('{}')).toBeUndefined();
  });
  it('says why an item over the limits is set aside', () => {
    const r = readStoredList(JSON.stringify([note('big', T, 'x'.repeat(LIMITS.quote + 1))]), T);
    expect(r.setAside[0]?.reason).toBe('its quote has 10,001 characters, more than 10,000');
  });
});

describe('two tabs, merged by id and modification time', () => {
  it('the later change wins; a tombstone keeps a deletion from coming back', () => {
    const a1 = note('a', '2026-12-03T10:00:00.000Z');
    const a2 = { ...a1, note: 'edited', modified: '2026-12-03T11:00:00.000Z' };
    const b = note('b');
    expect(mergeLists([[a2, b], [a1]], {})).toEqual([a2, b]);
    // b deleted after its last change: a stale tab's copy stays deleted.
    expect(mergeLists([[a1], [a1, b]], { b: '2026-12-03T12:00:00.000Z' })).toEqual([a1]);
    // Changed after it was deleted (restored with Undo): it stands.
    expect(mergeLists([[a2]], { a: '2026-12-03T10:30:00.000Z' })).toEqual([a2]);
  });
});

describe('imports that cannot hurt', () => {
  const item = (id: string, exact: string, extra: Record<string, unknown> = {}) => ({
    id,
    type: 'Annotation',
    target: { source: PAPER, selector: { type: 'TextQuoteSelector', exact } },
    ...extra,
  });
  it('refuses each annotation over the limits alone, with its reason; imports the rest', () => {
    let nested: Record<string, unknown> = { type: 'TextQuoteSelector', exact: 'x' };
    for (let i = 0; i < 40; i++)
      nested = { type: 'FragmentSelector', value: 'p1', refinedBy: nested };
    const file = annotationCollection([
      item('ok', 'balance of power'),
      item('long', 'x'.repeat(1_500_000)),
      item('noted', 'y', { body: { type: 'TextualBody', value: 'n'.repeat(LIMITS.note + 1) } }),
      { id: 'deep', type: 'Annotation', target: { source: PAPER, selector: nested } },
      {
        id: 'wide',
        type: 'Annotation',
        target: Array.from({ length: LIMITS.targets + 1 }, () => ({
          source: PAPER,
          selector: { type: 'TextQuoteSelector', exact: 'z' },
        })),
      },
    ]);
    const r = parseCollection(JSON.stringify(file), PAPER, T);
    expect(r.ok && r.annotations.map((a) => a.id)).toEqual(['ok']);
    expect(r.ok && r.total).toBe(5);
    expect(r.ok && r.refused).toEqual([
      'Annotation 2 (long): its quote has 1,500,000 characters, more than 10,000.',
      'Annotation 3 (noted): its note has 20,001 characters, more than 20,000.',
      'Annotation 4 (deep): the target has more than 16 selectors.',
      'Annotation 5 (wide): it has more than 250 targets.',
    ]);
  });
});

describe('links that work where they are made', () => {
  const paragraph = (n: number) =>
    `Paragraph ${n} begins here, then says a great deal more about order and power in Asia, ending ${n}.`;
  const across = (from: number, to: number): Target[] =>
    Array.from({ length: to - from + 1 }, (_, i) => {
      const text = paragraph(from + i).repeat(20);
      return describeWords(`p${from + i}`, text, 0, text.length);
    });
  it('over ¶ 3–30 the link gives start and end, under 2,000 characters, and reads back', () => {
    const link = quoteLink(across(3, 30), PAPER);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK);
    expect(link).toBe(
      `${PAPER}?quote=Paragraph%203%20begins%20here%2C,in%20Asia%2C%20ending%2030.#p3:~:text=Paragraph%203%20begins%20here%2C,in%20Asia%2C%20ending%2030.`,
    );
    const url = new URL(link);
    expect(readQuoteLink(url.search, url.hash)).toEqual({
      root: 'p3',
      start: 'Paragraph 3 begins here,',
      end: 'in Asia, ending 30.',
    });
  });
  it('never passes 2,000 characters, even with words that are one long run or all escaped', () => {
    const hostile = ['x'.repeat(5_000), '“—”'.repeat(2_000), 'a b '.repeat(3_000)];
    for (const text of hostile) {
      for (const targets of [
        [describeWords('p12', text, 0, text.length)],
        [describeWords('p12', text, 0, text.length), describeWords('p13', text, 0, text.length)],
      ]) {
        const link = quoteLink(targets, PAPER);
        expect(link.length).toBeLessThanOrEqual(MAX_LINK);
        const url = new URL(link);
        expect(readQuoteLink(url.search, url.hash)).toBeDefined();
      }
    }
  });
  it('still reads the links made before: one quote per passage', () => {
    expect(readQuoteLink('?quote=a%2C%20b&quote=c', '#p12')).toEqual({
      root: 'p12',
      quotes: ['a, b', 'c'],
    });
    expect(readQuoteLink('?quote=%E0%A4', '#p12')).toBeUndefined();
  });
});
