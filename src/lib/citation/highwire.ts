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
 * citation_author=…; citation_journal_title=…`. Semicolons inside values become commas, since
 * they separate the fields.
 */
export function highwireReference(work: Work): string {
  const { first, last } = pageRange(work.page);
  const year = yearOf(work);
  const pairs: Pair[] = [
    ['citation_title', work.title],
    ...(work.author ?? []).map((name): Pair => ['citation_author', invertedName(name)]),
    [isArticle(work) ? 'citation_journal_title' : 'citation_inbook_title', work['container-title']],
    ['citation_volume', work.volume],
    ['citation_issue', work.issue],
    ['citation_firstpage', first],
    ['citation_lastpage', last],
    ['citation_publication_date', year === undefined ? undefined : String(year)],
    [
      work.type === 'report' ? 'citation_technical_report_institution' : 'citation_publisher',
      work.publisher,
    ],
    ['citation_doi', work.DOI],
    ['citation_isbn', work.ISBN],
  ];
  return present(pairs)
    .map(([key, value]) => `${key}=${value.replaceAll(';', ',')}`)
    .join('; ');
}

/** The Highwire tags for the paper (as an article) and one `citation_reference` per cited work. */
export function highwireTags(article: Work, cited: readonly Work[]): MetaTag[] {
  const { first, last } = pageRange(article.page);
  const optional: Pair[] = [
    ['citation_journal_title', article['container-title']],
    ['citation_volume', article.volume],
    ['citation_issue', article.issue],
    ['citation_firstpage', first],
    ['citation_lastpage', last],
    ['citation_publication_date', issuedDate(article, '/')],
    ['citation_publisher', article.publisher],
    ['citation_doi', article.DOI],
  ];
  return [
    { name: 'citation_title', content: article.title },
    ...(article.author ?? []).map((a) => ({ name: 'citation_author', content: invertedName(a) })),
    ...present(optional).map(([name, content]) => ({ name, content })),
    ...cited.map((w) => ({ name: 'citation_reference', content: highwireReference(w) })),
  ];
}
