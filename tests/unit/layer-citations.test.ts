/** How the editor's layer cites, in every medium (src/lib/outputs/layer-citations.ts). */
import { describe, expect, it } from 'vitest';
import type { CommentaryWork } from '../../src/lib/content/commentary-schemas.ts';
import type { Work } from '../../src/lib/content/schemas.ts';
import { keyLabel, workFinder } from '../../src/lib/outputs/layer-citations.ts';

const verified = { verified: ['checked: https://example.org'] };
const works: CommentaryWork[] = [
  {
    id: 'times-2015',
    type: 'article-newspaper',
    title: 'Bills Pass',
    'container-title': 'The Japan Times',
    issued: { 'date-parts': [[2015, 9]] },
    custom: verified,
  },
  {
    id: 'forum-2009-b',
    type: 'document',
    title: 'Vision Statement',
    author: [{ literal: 'The Forum' }],
    issued: { 'date-parts': [[2009]] },
    custom: verified,
  },
  {
    id: 'forum-2009-a',
    type: 'document',
    title: 'Chairman’s Statement',
    author: [{ literal: 'The Forum' }],
    issued: { 'date-parts': [[2009]] },
    custom: verified,
  },
  {
    id: 'iiss-about',
    type: 'webpage',
    title: 'About Us',
    author: [{ literal: 'IISS' }],
    custom: verified,
  },
  {
    id: 'iiss-history',
    type: 'webpage',
    title: 'History',
    author: [{ literal: 'IISS' }],
    custom: verified,
  },
  {
    id: 'anon-2014',
    type: 'article-newspaper',
    title: 'Dialogue to Be Open in Singapore: Ministers Meet',
    issued: { 'date-parts': [[2014]] },
    custom: verified,
  },
];
const cronin: Work = {
  id: 'cronin-1999',
  type: 'book',
  title: 'Community Under Anarchy',
  author: [{ family: 'Cronin', given: 'Bruce' }],
  issued: { 'date-parts': [[1999]] },
};
const find = workFinder(works, [cronin]);

describe('citations of the editor’s layer', () => {
  it('name the author and year, never a number', () => {
    expect(find('cronin-1999')).toMatchObject({ list: 'bibliography', label: 'Cronin 1999' });
    expect(keyLabel({ id: 'cronin-1999', locator: 'p. 12' }, find('cronin-1999'))).toBe(
      'Cronin 1999, p. 12',
    );
  });

  it('name a work without an author by its newspaper, or else by its short title', () => {
    expect(find('times-2015')).toMatchObject({ list: 'commentary', label: 'The Japan Times 2015' });
    expect(find('anon-2014').label).toBe('“Dialogue to Be Open…” 2014');
  });

  it('tell apart works that would read alike, by letters in the order of their titles', () => {
    expect(find('forum-2009-a').label).toBe('The Forum 2009a');
    expect(find('forum-2009-b').label).toBe('The Forum 2009b');
    expect(find('iiss-about').label).toBe('IISS n.d.-a');
    expect(find('iiss-history').label).toBe('IISS n.d.-b');
  });

  it('refuse an id that no list holds', () => {
    expect(() => find('nowhere-2000')).toThrow(/no list of works holds/);
  });
});
