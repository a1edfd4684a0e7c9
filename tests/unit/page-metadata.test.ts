import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { coinsOnOwnPage } from '../../src/lib/citation/coins.ts';
import { highwireTags, type MetaTag } from '../../src/lib/citation/highwire.ts';
import { rdfMetaTags } from '../../src/lib/citation/rdf-meta-tags.ts';
import type { Work } from '../../src/lib/content/schemas.ts';

/**
 * The meta tags and COinS of a source page, on the works themselves: the tags that decide what
 * Zotero saves (its Embedded Metadata translator types an item by `citation_journal_title`,
 * `citation_inbook_title` or `citation_technical_report_institution`, else by the RDF types).
 */
const { works } = getContent();

function work(id: string): Work {
  const found = works.find((w) => w.id === id);
  if (!found) throw new Error(`no work ${id} in works.json`);
  return found;
}

/** The tags of a source page, by name. */
function tags(w: Work): Record<string, string[]> {
  const all: MetaTag[] = [...highwireTags(w), ...rdfMetaTags(w)];
  const out: Record<string, string[]> = {};
  for (const { name, content } of all) (out[name] ??= []).push(content);
  return out;
}

describe('the meta tags of a source page', () => {
  it('gives citation_journal_title to journal articles only', () => {
    expect(tags(work('deudney-1995'))['citation_journal_title']).toEqual([
      'International Organization',
    ]);
    for (const w of works.filter((x) => x.type !== 'article-journal')) {
      expect(tags(w)['citation_journal_title'], w.id).toBeUndefined();
    }
  });

  it('types a magazine or newspaper piece in Dublin Core and names its periodical in PRISM', () => {
    const joffe = tags(work('joffe-1997'));
    expect(joffe['DC.type']).toEqual(['magazineArticle']);
    expect(joffe['prism.publicationName']).toEqual(['Foreign Affairs']);
    expect(joffe['citation_issue']).toEqual(['5']);
    const buruma = tags(work('buruma-1999'));
    expect(buruma['DC.type']).toEqual(['newspaperArticle']);
    expect(buruma['prism.publicationName']).toEqual(['The New York Times']);
  });

  it('types a book and a report without an institution as BIBO classes, never in DC.type', () => {
    expect(tags(work('cronin-1999'))['bibo.type']).toEqual(['Book']);
    const bell = tags(work('bell-1968'));
    expect(bell['bibo.type']).toEqual(['Report']);
    expect(bell['citation_technical_report_number']).toEqual(['44']);
    expect(bell['DC.type']).toBeUndefined();
    // A report with its institution is typed by Highwire's tag alone.
    const kokubun = tags(work('kokubun-1998'));
    expect(kokubun['citation_technical_report_institution']).toEqual([
      'Japan Center for International Exchange',
    ]);
    expect(kokubun['bibo.type']).toBeUndefined();
  });

  it('tags editors as editors, after the author, in a chapter and in an edited volume', () => {
    const johnston = tags(work('johnston-2003'));
    expect(johnston['citation_author']).toEqual(['Johnston, Alastair Iain']);
    expect(johnston['citation_editor']).toEqual(['Ikenberry, G. John', 'Mastanduno, Michael']);
    expect(johnston['citation_inbook_title']).toEqual([
      'International Relations Theory and the Asia-Pacific',
    ]);
    const adler = tags(work('adler-1998'));
    expect(adler['citation_author']).toBeUndefined();
    expect(adler['citation_editor']).toEqual(['Adler, Emanuel', 'Barnett, Michael N.']);
    expect(adler['citation_series_title']).toEqual([
      'Cambridge Studies in International Relations',
    ]);
  });

  it('gives the place of publication as eprints.place_of_pub and the date in ISO 8601', () => {
    const deutsch = tags(work('deutsch-1957'));
    expect(deutsch['eprints.place_of_pub']).toEqual(['Princeton, N.J.']);
    expect(tags(work('kagan-1997'))['citation_date']).toEqual(['1997-01-20']);
  });

  it('keeps a suffix after the given name: "Lee, Maurice, Jr."', () => {
    expect(tags(work('deutsch-1957'))['citation_author']).toContain('Lee, Maurice, Jr.');
  });
});

describe('coinsOnOwnPage', () => {
  it('puts COinS on the page of a work by an institution, which OpenURL keeps whole', () => {
    expect(coinsOnOwnPage(work('us-dod-1995'))).toBe(true);
    expect(coinsOnOwnPage(work('advisory-group-defense-1994'))).toBe(true);
  });

  it('leaves them out where OpenURL loses editors, a periodical’s kind or a number', () => {
    for (const id of [
      'adler-1998',
      'kokubun-1998',
      'johnston-2003',
      'funabashi-1998',
      'buruma-1999',
      'bell-1968',
      'cronin-1999',
    ]) {
      expect(coinsOnOwnPage(work(id)), id).toBe(false);
    }
  });
});
