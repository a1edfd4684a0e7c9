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
type Pair = [key: string, value: string | undefined];

function present(pairs: Pair[]): [string, string][] {
  return pairs.filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '');
}

/**
 * The Highwire tags of a page that describes one work, so that a reference manager saving the page
 * saves that work: its type follows from the tags present (a journal title makes an article, an
 * `inbook` title a chapter, a report institution a report, none of them a book), and every
 * creator keeps its role.
 */
export function highwireTags(work: Work): MetaTag[] {
  const { first, last } = pageRange(work.page);
  const pairs: Pair[] = [
    ['citation_title', work.title],
    ...(work.author ?? []).map((n): Pair => ['citation_author', invertedName(n)]),
    ...(work.editor ?? []).map((n): Pair => ['citation_editor', invertedName(n)]),
    ['citation_date', issuedDate(work, '/')],
  ];
  if (isArticle(work)) {
    pairs.push(
      ['citation_journal_title', work['container-title']],
      ['citation_volume', work.volume],
      ['citation_issue', work.issue],
      ['citation_firstpage', first],
      ['citation_lastpage', last],
    );
  } else if (work.type === 'chapter') {
    pairs.push(
      ['citation_inbook_title', work['container-title']],
      ['citation_firstpage', first],
      ['citation_lastpage', last],
      ['citation_publisher', work.publisher],
    );
  } else if (work.type === 'report') {
    pairs.push(
      ['citation_technical_report_institution', work.publisher],
      ['citation_technical_report_number', work.number],
    );
  } else {
    pairs.push(['citation_publisher', work.publisher]);
  }
  pairs.push(['citation_doi', work.DOI], ['citation_isbn', work.ISBN]);
  return present(pairs).map(([name, content]) => ({ name, content }));
}
