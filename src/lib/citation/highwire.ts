/**
 * Highwire Press `citation_*` meta tags, which Google Scholar and Zotero read, for a page that
 * describes one work: /paper/ (the working paper read here) and each /sources/<id>/ page. The
 * paper's page lists no `citation_reference` per cited work: Zotero ignores them, every work has
 * its own page with its full tags, and the reading page is at its byte budget.
 */
import type { Work } from '../content/schemas.ts';
import { invertedName, isArticle, issuedDate, pageRange } from './work-fields.ts';

/** A `<meta name content>` pair. */
export interface MetaTag {
  name: string;
  content: string;
}

/** A key and a value; pairs without a value are left out. */
export type Pair = [key: string, value: string | undefined];

/** The pairs that have a value, as meta tags. */
export function metaTags(pairs: Pair[]): MetaTag[] {
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([name, content]) => ({ name, content }));
}

/**
 * The tag that sets the item type in Zotero's Embedded Metadata translator, and the work's title
 * in the container it names. Only a journal article gets `citation_journal_title`: with it Zotero
 * saves any piece as a journal article, so a magazine's or newspaper's title goes to the tags of
 * `rdfMetaTags` (rdf-meta-tags.ts), which also type books and reports without an institution.
 */
function typePairs(work: Work): Pair[] {
  switch (work.type) {
    case 'article-journal':
      return [['citation_journal_title', work['container-title']]];
    case 'chapter':
      return [['citation_inbook_title', work['container-title']]];
    case 'report':
      return [
        ['citation_technical_report_institution', work.publisher],
        ['citation_technical_report_number', work.number],
      ];
    default:
      return [];
  }
}

/**
 * The Highwire tags of a page that describes one work, so that a reference manager saving the page
 * saves that work: its type (see `typePairs`), every creator in its role, and the fields of its
 * kind. A report's series stays out: Zotero would read it as a `series`, which reports lack.
 */
export function highwireTags(work: Work): MetaTag[] {
  const { first, last } = pageRange(work.page);
  const pages: Pair[] = [
    ['citation_firstpage', first],
    ['citation_lastpage', last],
  ];
  const pairs: Pair[] = [
    ['citation_title', work.title],
    ...(work.author ?? []).map((n): Pair => ['citation_author', invertedName(n)]),
    ...(work.editor ?? []).map((n): Pair => ['citation_editor', invertedName(n)]),
    ['citation_date', issuedDate(work)],
    ...typePairs(work),
  ];
  if (isArticle(work)) {
    pairs.push(['citation_volume', work.volume], ['citation_issue', work.issue], ...pages);
  } else if (work.type === 'chapter') {
    pairs.push(...pages, ['citation_publisher', work.publisher]);
  } else if (work.type === 'book') {
    pairs.push(['citation_publisher', work.publisher]);
  }
  if (work.type === 'book' || work.type === 'chapter') {
    pairs.push(['citation_series_title', work['collection-title']]);
  }
  pairs.push(['citation_doi', work.DOI], ['citation_isbn', work.ISBN]);
  return metaTags(pairs);
}
