/**
 * Metadata that reference managers and scholarly search engines read on /paper/: Highwire Press
 * `citation_*` tags (Google Scholar, Zotero) and a Schema.org `ScholarlyArticle` in JSON-LD. Both
 * describe the published article, which is how the paper is cited, and list the works it cites.
 */
import { highwireReference } from './bibliography.ts';
import { AUTHORS, pageRange } from './metadata.ts';
import type { Work } from './schemas.ts';

/** A `<meta name content>` pair. */
export interface MetaTag {
  name: string;
  content: string;
}

function dateOf(work: Work, separator: string): string | undefined {
  const parts = work.issued?.['date-parts'][0];
  return parts?.map((p) => String(p).padStart(2, '0')).join(separator);
}

/** The Highwire Press tags for the article and one `citation_reference` per cited work. */
export function highwireTags(article: Work, cited: readonly Work[]): MetaTag[] {
  const { first, last } = pageRange(article);
  const optional: [string, string | undefined][] = [
    ['citation_journal_title', article['container-title']],
    ['citation_volume', article.volume],
    ['citation_issue', article.issue],
    ['citation_firstpage', first],
    ['citation_lastpage', last],
    ['citation_publication_date', dateOf(article, '/')],
    ['citation_publisher', article.publisher],
    ['citation_doi', article.DOI],
  ];
  return [
    { name: 'citation_title', content: article.title },
    ...AUTHORS.map((a) => ({ name: 'citation_author', content: `${a.family}, ${a.given}` })),
    ...optional.flatMap(([name, content]) => (content ? [{ name, content }] : [])),
    ...cited.map((w) => ({ name: 'citation_reference', content: highwireReference(w) })),
  ];
}

/** The Schema.org JSON-LD object: the article, where it appeared, and what it cites. */
export function scholarlyArticle(
  article: Work,
  cited: readonly Work[],
  site: URL,
): Record<string, unknown> {
  const { first, last } = pageRange(article);
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: article.title,
    author: AUTHORS.map((a) => ({ '@type': 'Person', givenName: a.given, familyName: a.family })),
    datePublished: dateOf(article, '-'),
    ...(first && last ? { pageStart: first, pageEnd: last } : {}),
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: article.issue,
      isPartOf: {
        '@type': 'PublicationVolume',
        volumeNumber: article.volume,
        isPartOf: { '@type': 'Periodical', name: article['container-title'] },
      },
    },
    ...(article.DOI ? { sameAs: `https://doi.org/${article.DOI}` } : {}),
    url: new URL('/paper/', site).href,
    // Each cited work by the address of its page here, which describes it in full (with COinS).
    citation: cited.map((w) => new URL(`/sources/${w.id}/`, site).href),
  };
}
