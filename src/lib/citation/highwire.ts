/**
 * Highwire Press `citation_*` meta tags, which Google Scholar and Zotero read: the tags of the
 * paper, and the `citation_reference` of each work it cites.
 */
import type { Work } from '../schemas.ts';
import { invertedName, isArticle, issuedDate, pageRange, yearOf } from './work-fields.ts';

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
 * The `content` of a `<meta name="citation_reference">` tag: `citation_title=…;
 * citation_author=…; citation_journal_title=…; citation_publication_date=…`, what Google Scholar
 * matches a reference on. Each work's own page carries the rest (volume, pages, publisher, DOI):
 * the paper's page is at its weight budget. Semicolons inside values become commas, since they
 * separate the fields.
 */
export function highwireReference(work: Work): string {
  const year = yearOf(work);
  const pairs: Pair[] = [
    ['citation_title', work.title],
    ...(work.author ?? []).map((name): Pair => ['citation_author', invertedName(name)]),
    [isArticle(work) ? 'citation_journal_title' : 'citation_inbook_title', work['container-title']],
    ['citation_publication_date', year === undefined ? undefined : String(year)],
  ];
  return present(pairs)
    .map(([key, value]) => `${key}=${value.replaceAll(';', ',')}`)
    .join('; ');
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

/** The tags of the paper's page: the working paper read here, and every work its notes cite. */
export function paperHighwireTags(workingPaper: Work, cited: readonly Work[]): MetaTag[] {
  return [
    ...highwireTags(workingPaper),
    ...cited.map((w) => ({ name: 'citation_reference', content: highwireReference(w) })),
  ];
}
