/**
 * A small editor's layer for the writers' unit tests (TEI, EPUB, Typst): two notes on paragraphs
 * p1 (with a quotation, "Opening words") and p3, two works of its own, and a guide over the
 * sections named. Every text carries a character that must be escaped, so that escaping is tested.
 */
import type { Commentary } from '../../src/lib/commentary/model.ts';
import type { CommentaryWork } from '../../src/lib/content/commentary-schemas.ts';

export const COMMENTARY_WORKS: CommentaryWork[] = [
  {
    id: 'forum-2009-vision',
    type: 'document',
    title: 'Vision Statement',
    author: [{ literal: 'The Forum' }],
    'event-title': 'Sixteenth Meeting',
    'event-place': 'Phuket',
    issued: { 'date-parts': [[2009, 7, 23]] },
    URL: 'https://example.org/vision',
    custom: { verified: ['adopted 23 July 2009: https://example.org/vision'] },
  },
  {
    id: 'doe-2010',
    type: 'article-newspaper',
    title: 'Talks <Resume>',
    author: [{ family: 'Doe', given: 'Jane' }],
    'container-title': 'The Daily',
    issued: { 'date-parts': [[2010, 3]] },
    custom: { verified: ['published March 2010: https://example.org/daily'] },
  },
];

/** The layer, its guide over `sections` (the first holds p1 and p2, the second p3). */
export function fixtureCommentary(sections: readonly [string, string]): Commentary {
  const [first, second] = sections;
  return {
    works: COMMENTARY_WORKS,
    notes: [
      {
        id: 'forum-later',
        title: 'The forum & after',
        passage: 'p1',
        quote: 'Opening words',
        asOf: '2026-12-01',
        cases: ['opium-war'],
        concepts: ['binding'],
        sources: ['forum-2009-vision', 'doe-2010'],
        verified: ['the vision statement: https://example.org/vision'],
        body: [
          [
            { kind: 'text', text: 'The forum adopted a vision <in 2009> ' },
            { kind: 'citation', keys: [{ id: 'forum-2009-vision', locator: 'p. 2' }] },
            { kind: 'text', text: '.' },
          ],
          [
            { kind: 'text', text: 'Talks followed, reported in ' },
            { kind: 'emphasis', text: 'The Daily' },
            { kind: 'text', text: ' ' },
            { kind: 'citation', keys: [{ id: 'doe-2010' }, { id: 'forum-2009-vision' }] },
            { kind: 'text', text: '.' },
          ],
        ],
      },
      {
        id: 'last-word',
        title: 'On the last paragraph',
        passage: 'p3',
        asOf: '2026-11-20',
        cases: [],
        concepts: [],
        sources: ['doe-2010'],
        verified: ['the article: https://example.org/daily'],
        body: [
          [
            { kind: 'text', text: 'A later fact ' },
            { kind: 'citation', keys: [{ id: 'doe-2010' }] },
            { kind: 'text', text: '.' },
          ],
        ],
      },
    ],
    guide: {
      intro: 'What this guide is & is not.',
      argument: [
        {
          section: first,
          steps: [
            {
              text: 'The paper opens <with> a question.',
              passages: ['p1', 'p2'],
              quote: { words: 'Opening words', passage: 'p1' },
            },
          ],
        },
        { section: second, steps: [{ text: 'It ends with an answer.', passages: ['p3'] }] },
      ],
      orders: [
        {
          name: 'A concert & more',
          passages: ['p1'],
          summary: 'What the paper says of a concert.',
          cases: ['opium-war'],
          concepts: ['binding'],
        },
      ],
      standing: [{ text: 'The paper joins a debate.', sources: ['cronin-1999', 'doe-2010'] }],
    },
  };
}
