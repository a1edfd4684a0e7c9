import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/edition/build.ts';
import { indexedPageKind, paperRecords } from '../../src/lib/search/records.ts';

const edition = buildEdition(
  new Map([
    [
      'intro.mdx',
      '---\ntitle: "Introduction"\norder: 1\n---\n\nA paragraph.[^1]\n\n[^1]: A note.\n',
    ],
  ]),
);

describe('search records', () => {
  it('makes one record per paragraph and per note, addressed to its anchor, with kind and section', () => {
    expect(paperRecords(edition)).toEqual([
      {
        url: '/paper/#p1',
        content: 'A paragraph.',
        language: 'en',
        meta: { title: '¶ 1 · Introduction', kind: 'Text', label: '¶ 1', section: 'Introduction' },
        filters: { kind: ['Text'], section: ['Introduction'], passage: ['p1'] },
      },
      {
        url: '/paper/#n1',
        content: 'A note.',
        language: 'en',
        meta: {
          title: 'Note 1 · Introduction',
          kind: 'Note',
          label: 'n. 1',
          section: 'Introduction',
        },
        filters: { kind: ['Note'], section: ['Introduction'], passage: ['n1'] },
      },
    ]);
  });

  it('indexes entry pages and the About page, and no list, home or reading page', () => {
    expect(
      ['/about/', '/sources/cronin-1999/', '/concepts/binding/', '/cases/opium-war/'].map(
        indexedPageKind,
      ),
    ).toEqual(['About', 'Source', 'Concept', 'Case']);
    expect(
      [
        '/',
        '/paper/',
        '/sources/',
        '/concepts/',
        '/cases/',
        '/timeline/',
        '/index/',
        '/cite/',
        '/search/',
      ].map(indexedPageKind),
    ).toEqual(Array(9).fill(undefined));
  });
});
