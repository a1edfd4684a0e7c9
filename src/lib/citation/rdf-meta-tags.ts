/**
 * The meta tags of a source page that say what Highwire's cannot: the kind of a book, of a
 * magazine or newspaper piece and of a report whose institution is not known, the title of a
 * magazine or newspaper, and the place of publication. Zotero's Embedded Metadata translator
 * passes every tag with a known prefix (`DC.`, `bibo.`, `prism.`, `eprints.`) to its RDF
 * translator, and takes the item type from it when no Highwire tag sets one.
 */
import type { Work } from '../content/schemas.ts';
import { type MetaTag, type Pair, metaTags } from './highwire.ts';

/**
 * The type statement the RDF translator reads, for the kinds no Highwire tag names. A BIBO class
 * where one suffices (`bibo.type` becomes `rdf:type`); for periodical pieces, which BIBO can type
 * only through a container, Dublin Core's type with Zotero's name for it. Not Dublin Core for a
 * report: Zotero copies `DC.type` into the report's "Report Type" as well. PRISM's aggregation
 * type would be the standard word for a magazine, but this translator never matches it.
 */
const TYPE_STATEMENT: Partial<Record<Work['type'], Pair>> = {
  book: ['bibo.type', 'Book'],
  report: ['bibo.type', 'Report'],
  'article-magazine': ['DC.type', 'magazineArticle'],
  'article-newspaper': ['DC.type', 'newspaperArticle'],
};

/** The RDF-read tags of a source page (see above); none for a work Highwire describes fully. */
export function rdfMetaTags(work: Work): MetaTag[] {
  // A report with its institution is typed by Highwire's tag for it.
  const typedByHighwire = work.type === 'report' && work.publisher !== undefined;
  const type = typedByHighwire ? undefined : TYPE_STATEMENT[work.type];
  const periodical = work.type === 'article-magazine' || work.type === 'article-newspaper';
  return metaTags([
    ...(type ? [type] : []),
    ['prism.publicationName', periodical ? work['container-title'] : undefined],
    // EPrints' own tag: Highwire, PRISM and Dublin Core have none for the place of publication.
    ['eprints.place_of_pub', work['publisher-place']],
  ]);
}
