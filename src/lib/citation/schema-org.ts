/** The paper as a Schema.org `ScholarlyArticle` in JSON-LD, with the works it cites. */
import type { Work } from '../schemas.ts';
import { issuedDate, pageRange } from './work-fields.ts';

/**
 * The JSON-LD object: the article, where it appeared, and what it cites.
 * @param urls the absolute address of the paper page and of each cited work's page here.
 */
export function scholarlyArticle(
  article: Work,
  cited: readonly Work[],
  urls: { paper: string; source: (id: string) => string },
): Record<string, unknown> {
  const { first, last } = pageRange(article.page);
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: article.title,
    author: (article.author ?? []).map((a) =>
      'literal' in a
        ? { '@type': 'Organization', name: a.literal }
        : { '@type': 'Person', givenName: a.given, familyName: a.family },
    ),
    datePublished: issuedDate(article),
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
    url: urls.paper,
    // Each cited work by the address of its page here, which describes it in full (with COinS).
    citation: cited.map((w) => urls.source(w.id)),
  };
}
