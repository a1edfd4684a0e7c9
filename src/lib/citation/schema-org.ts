/**
 * The paper as Schema.org JSON-LD: the working paper read here (a `Report`), the works it cites,
 * and the published article as a later version of the same work (`workExample`).
 */
import type { CslName, PaperFacts } from '../schemas.ts';
import { issuedDate, pageRange } from './work-fields.ts';

function person(name: CslName): Record<string, string> {
  return 'literal' in name
    ? { '@type': 'Organization', name: name.literal }
    : { '@type': 'Person', givenName: name.given ?? '', familyName: name.family };
}

/**
 * The JSON-LD object of the paper's page.
 * @param urls the absolute address of the paper page and of each cited work's page here.
 */
export function paperJsonLd(
  facts: PaperFacts,
  citedIds: readonly string[],
  urls: { paper: string; source: (id: string) => string },
): Record<string, unknown> {
  const { workingPaper: paper, article } = facts;
  const { first, last } = pageRange(article.page);
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: paper.title,
    author: (paper.author ?? []).map(person),
    datePublished: issuedDate(paper),
    ...(paper.publisher ? { publisher: { '@type': 'Organization', name: paper.publisher } } : {}),
    url: urls.paper,
    // Each cited work by the address of its page here, which describes it in full.
    citation: citedIds.map((id) => urls.source(id)),
    workExample: {
      '@type': 'ScholarlyArticle',
      headline: article.title,
      author: (article.author ?? []).map(person),
      datePublished: issuedDate(article),
      ...(first && last ? { pageStart: first, pageEnd: last } : {}),
      ...(article.DOI ? { sameAs: `https://doi.org/${article.DOI}` } : {}),
      isPartOf: {
        '@type': 'PublicationIssue',
        issueNumber: article.issue,
        isPartOf: {
          '@type': 'PublicationVolume',
          volumeNumber: article.volume,
          isPartOf: { '@type': 'Periodical', name: article['container-title'] },
        },
      },
    },
  };
}
