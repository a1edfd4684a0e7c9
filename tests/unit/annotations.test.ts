/** The reader's annotations on strings: selectors, re-anchoring, W3C files, quotations, links. */
import { describe, expect, it } from 'vitest';
import { anchor, anchorAnywhere } from '../../src/lib/annotations/anchor.ts';
import {
  parseCollection,
  type ReaderAnnotation,
  toCollection,
} from '../../src/lib/annotations/model.ts';
import {
  quotation,
  quoteLink,
  SHORT_CITATION,
  readQuoteLink,
  textDirective,
  toMarkdown,
} from '../../src/lib/annotations/quotation.ts';
import {
  CONTEXT,
  describe as describeWords,
  locatorOf,
} from '../../src/lib/annotations/selectors.ts';
import { mergeById } from '../../src/lib/annotations/stored.ts';
import { normalize } from '../../src/lib/annotations/text.ts';
import { AUTHORS, SHORT_TITLE } from '../../src/lib/site/metadata.ts';
import { annotationCollection } from '../helpers/w3c-annotations.ts';

const PAPER = 'https://ikenberry-tsuchiyama.example.org/paper/';
const P12 =
  'This American orientation toward political order can be contrasted with the more traditional European and realist notions of order based on the balance of power or coercive domination. In this view, there is a fundamental and inevitable divide between the underlying character of domestic politics and international relations.';
const P13 =
  'The United States has also been remarkable in its ability to foster stable and legitimate order among states in highly asymmetrical power relations.';
const N24 =
  'Jitsuo Tsuchiyama, "Ironies in Japan\'s Defense and Disarmament Policy," in Purnendra Jain and Takashi Inoguchi, eds.';

function words(text: string, exact: string, root = 'p12') {
  const start = text.indexOf(exact);
  return describeWords(root, text, start, start + exact.length);
}

function annotation(id: string, targets = [words(P12, 'balance of power')], note?: string) {
  const a: ReaderAnnotation = {
    id,
    motivation: note === undefined ? 'highlighting' : 'commenting',
    created: '2026-11-30T09:00:00.000Z',
    modified: '2026-11-30T09:00:00.000Z',
    targets,
    ...(note === undefined ? {} : { note }),
  };
  return a;
}

describe('plain text', () => {
  it('collapses white space, trims, and maps each character back to the raw text', () => {
    const raw = '  ¶\n  balance   of power ';
    const { text, map } = normalize(raw);
    expect(text).toBe('¶ balance of power');
    expect(raw[map[2] ?? -1]).toBe('b');
    expect(map[text.length]).toBe(raw.indexOf('power') + 'power'.length);
  });
});

describe('selectors', () => {
  it('keep the words, 32 characters of context either side and the position', () => {
    const t = words(P12, 'balance of power');
    expect(t.root).toBe('p12');
    expect(t.quote.exact).toBe('balance of power');
    expect(t.quote.prefix).toHaveLength(CONTEXT);
    expect(t.quote.prefix).toBe(
      P12.slice(P12.indexOf('balance of power') - CONTEXT, P12.indexOf('balance of power')),
    );
    expect(t.quote.suffix).toBe(' or coercive domination. In this');
    expect(t.position).toEqual({
      type: 'TextPositionSelector',
      start: P12.indexOf('balance of power'),
      end: P12.indexOf('balance of power') + 16,
    });
  });
  it('shorten the context at the ends of a paragraph', () => {
    const t = words(P12, 'This American');
    expect(t.quote.prefix).toBe('');
  });
  it('refuse an empty selection', () => {
    expect(() => describeWords('p12', P12, 5, 5)).toThrow(RangeError);
  });
  it('name single paragraphs, runs of paragraphs and notes', () => {
    expect(locatorOf(['p12'])).toBe('¶ 12');
    expect(locatorOf(['p12', 'p13'])).toBe('¶¶ 12–13');
    expect(locatorOf(['n24'])).toBe('n. 24');
    expect(locatorOf(['n23', 'n24'])).toBe('nn. 23–24');
    expect(locatorOf(['p36', 'n1'])).toBe('¶ 36; n. 1');
  });
});

describe('re-anchoring', () => {
  const target = words(P12, 'inevitable divide');
  it('uses the position when the text is unchanged', () => {
    expect(anchor(P12, target)).toMatchObject({ placed: true, method: 'position' });
  });
  it('finds the exact words when text before them changed', () => {
    const changed = `An inserted sentence. ${P12}`;
    const a = anchor(changed, target);
    expect(a).toMatchObject({ placed: true, method: 'exact' });
    if (a.placed) expect(changed.slice(a.start, a.end)).toBe('inevitable divide');
  });
  it('picks, among repeated words, the place whose context fits', () => {
    const t = words(P12, 'order', 'p12');
    const second = P12.indexOf('order', P12.indexOf('order') + 1);
    const t2 = describeWords('p12', P12, second, second + 5);
    const shifted = `order ${P12}`;
    const a = anchor(shifted, {
      ...t2,
      position: { type: 'TextPositionSelector', start: 0, end: 5 },
    });
    expect(a.placed && a.start).toBe(second + 6);
    expect(anchor(shifted, { root: 'p12', quote: t.quote })).toMatchObject({ placed: true });
  });
  it('takes what stands between the context when the words themselves changed', () => {
    const changed = P12.replace('inevitable divide', 'unbridgeable gulf');
    const a = anchor(changed, target);
    expect(a).toMatchObject({ placed: true, method: 'context' });
    if (a.placed) expect(changed.slice(a.start, a.end)).toBe('unbridgeable gulf');
  });
  it('matches approximately when words and context both changed a little', () => {
    const t = words(P12, 'the underlying character of domestic politics');
    const changed = P12.replace('fundamental and', 'basic and')
      .replace(
        'the underlying character of domestic politics',
        'the underlying characters of domestic polities',
      )
      .replace('and international', 'and world');
    const a = anchor(changed, t);
    expect(a).toMatchObject({ placed: true, method: 'approximate' });
    if (a.placed)
      expect(changed.slice(a.start, a.end)).toContain('underlying characters of domestic');
  });
  it('says the words could not be placed rather than dropping them', () => {
    const a = anchor(P13, target);
    expect(a).toEqual({
      placed: false,
      reason: 'the words “inevitable divide” are no longer in the text',
    });
  });
  it('finds a quote that names no paragraph in the first paragraph or note that has it', () => {
    const found = anchorAnywhere(
      [
        { id: 'p12', text: P12 },
        { id: 'p13', text: P13 },
        { id: 'n24', text: N24 },
      ],
      { root: '', quote: { type: 'TextQuoteSelector', exact: 'legitimate order' } },
    );
    expect(found.root).toBe('p13');
    expect(found.anchor.placed).toBe(true);
  });
});

describe('W3C Web Annotation files', () => {
  const note = annotation('urn:uuid:2', [words(N24, 'Ironies in Japan', 'n24')], 'Compare ¶ 36.');
  const span = annotation('urn:uuid:3', [
    words(P12, 'international relations.'),
    words(P13, 'The United States'),
  ]);
  const all = [note, annotation('urn:uuid:1'), span];
  const file = toCollection(all, PAPER, 'My notes');

  it('export an AnnotationCollection of Annotations in reading order', () => {
    expect(file).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 3,
      first: { type: 'AnnotationPage' },
    });
    const items = (file['first'] as { items: Record<string, unknown>[] }).items;
    expect(items.map((i) => i['id'])).toEqual(['urn:uuid:1', 'urn:uuid:3', 'urn:uuid:2']);
    expect(items[0]).toMatchObject({
      type: 'Annotation',
      motivation: 'highlighting',
      target: {
        source: PAPER,
        selector: [
          {
            type: 'FragmentSelector',
            value: 'p12',
            refinedBy: { type: 'TextQuoteSelector', exact: 'balance of power' },
          },
          { type: 'FragmentSelector', value: 'p12', refinedBy: { type: 'TextPositionSelector' } },
        ],
      },
    });
    expect(items[0]).not.toHaveProperty('body');
    expect(items[2]).toMatchObject({
      motivation: 'commenting',
      body: { type: 'TextualBody', value: 'Compare ¶ 36.', format: 'text/plain' },
    });
    expect(Array.isArray(items[1]?.['target'])).toBe(true);
  });

  it('import what they export, unchanged', () => {
    const back = parseCollection(JSON.stringify(file), PAPER, 'now');
    expect(back).toEqual({
      ok: true,
      annotations: [all[1], all[2], all[0]],
      refused: [],
      total: 3,
    });
  });

  it('import a file made by hand: a TextQuoteSelector on the paper, no paragraph named', () => {
    const hand = annotationCollection([
      {
        id: 'https://example.net/anno/1',
        type: 'Annotation',
        body: { type: 'TextualBody', value: 'Key claim' },
        target: {
          source: PAPER,
          selector: { type: 'TextQuoteSelector', exact: 'legitimate order' },
        },
      },
    ]);
    const r = parseCollection(JSON.stringify(hand), 'http://127.0.0.1:4321/paper/', 'T');
    expect(r).toEqual({
      ok: true,
      refused: [],
      total: 1,
      annotations: [
        {
          id: 'https://example.net/anno/1',
          motivation: 'commenting',
          created: 'T',
          modified: 'T',
          note: 'Key claim',
          targets: [{ root: '', quote: { type: 'TextQuoteSelector', exact: 'legitimate order' } }],
        },
      ],
    });
  });

  it('refuse what is not JSON, not a collection; refuse alone each annotation missing required fields', () => {
    expect(parseCollection('{"type": ', PAPER, 'T')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^The file is not JSON/)],
    });
    expect(parseCollection('{"type": "Annotation"}', PAPER, 'T')).toEqual({
      ok: false,
      errors: [
        'The file is not a W3C AnnotationCollection (it has "type": "Annotation"). Export from “My notes” makes one.',
      ],
    });
    const broken = {
      type: 'AnnotationCollection',
      first: {
        items: [
          {
            type: 'Annotation',
            target: { source: PAPER, selector: { type: 'TextQuoteSelector', exact: 'x' } },
          },
          { id: 'a2', type: 'Annotation' },
          {
            id: 'a3',
            type: 'Annotation',
            target: { source: 'https://example.com/other/', selector: {} },
          },
          {
            id: 'a4',
            type: 'Annotation',
            target: { source: PAPER, selector: { type: 'FragmentSelector', value: 'p2' } },
          },
        ],
      },
    };
    expect(parseCollection(JSON.stringify(broken), PAPER, 'T')).toEqual({
      ok: true,
      annotations: [],
      total: 4,
      refused: [
        'Annotation 1: missing required "id".',
        'Annotation 2 (a2): missing required "target".',
        `Annotation 3 (a3): the target's source https://example.com/other/ is not this edition's paper (${PAPER}).`,
        'Annotation 4 (a4): the target has no TextQuoteSelector with "exact" words, so it cannot be placed.',
      ],
    });
  });

  it('merge by id: duplicates are skipped and counted', () => {
    const r = mergeById([all[0] as ReaderAnnotation], all);
    expect(r.added).toBe(2);
    expect(r.skipped).toBe(1);
    expect(r.merged.map((a) => a.id)).toEqual(['urn:uuid:2', 'urn:uuid:1', 'urn:uuid:3']);
  });
});

describe('quotations and links', () => {
  it('cite one paragraph, Chicago style, with the permalink', () => {
    expect(quotation([words(P12, 'balance of power')], PAPER)).toBe(
      `“balance of power” Ikenberry and Tsuchiyama, “Between Balance of Power and Community” (working paper, 2000), ¶ 12, ${PAPER}#p12`,
    );
  });
  it('cite words across paragraphs as ¶¶ and inside a note as n.', () => {
    const across = [words(P12, 'international relations.'), words(P13, 'The United States', 'p13')];
    expect(quotation(across, PAPER)).toMatch(
      /^“international relations\. The United States” .*, ¶¶ 12–13, .*#p12$/,
    );
    expect(quotation([words(N24, 'Ironies in Japan', 'n24')], PAPER)).toMatch(/, n\. 24, .*#n24$/);
  });
  it('cite the working paper’s page before the ¶ when the page knows it', () => {
    expect(quotation([words(P12, 'balance of power')], PAPER, 'p. 5, ¶ 12')).toMatch(
      /\(working paper, 2000\), p\. 5, ¶ 12, .*#p12$/,
    );
  });
  it('link with a text fragment and our own fallback, read back by the page', () => {
    const link = quoteLink([words(P12, 'balance of power')], PAPER);
    expect(link).toBe(`${PAPER}?quote=balance%20of%20power#p12:~:text=balance%20of%20power`);
    const url = new URL(link);
    expect(readQuoteLink(url.search, url.hash)).toEqual({
      root: 'p12',
      quotes: ['balance of power'],
    });
    expect(textDirective('a non-aligned, long run of many more words than eight here')).toBe(
      'text=a%20non%2Daligned%2C%20long%20run,words%20than%20eight%20here',
    );
    expect(readQuoteLink('', '#p12')).toBeUndefined();
  });
  it('export Markdown with quote, locator, note and permalink', () => {
    const md = toMarkdown(
      [annotation('a', [words(N24, 'Ironies in Japan', 'n24')], 'See ¶ 36.')],
      PAPER,
      '2026-11-30',
    );
    expect(md).toContain(
      '## n. 24\n\n> Ironies in Japan\n\nSee ¶ 36.\n\n<https://ikenberry-tsuchiyama.example.org/paper/#n24>\n',
    );
    expect(md).toMatch(
      /^# My notes on “Between Balance of Power and Community”\n\nIkenberry and Tsuchiyama, “Between Balance of Power and Community” \(working paper, 2000\)\. Exported 2026-11-30 from /,
    );
  });

  it('cites the paper with the names and short title of metadata.ts', () => {
    expect(SHORT_CITATION).toBe(
      `${AUTHORS.map((a) => a.family).join(' and ')}, “${SHORT_TITLE}” (working paper, 2000)`,
    );
  });
});
