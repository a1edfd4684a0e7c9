/**
 * The paper as Schema.org JSON-LD: the working paper read here (a `Report`) and the published
 * article as a later version of the same work (`workExample`). The works it cites are described
 * on their own pages (/sources/<id>/), not repeated here: the paper's page is at its byte budget.
 */
import type { CslName, PaperFacts } from '../content/schemas.ts';
import { issuedDate } from './work-fields.ts';

function person(name: CslName): Record<string, string> {
  return 'literal' in name
    ? { '@type': 'Organization', name: name.literal }
    : { '@type': 'Person', givenName: name.given ?? '', familyName: name.family };
}

/**
 * The JSON-LD object of the paper's page.
 * @param urls the absolute address of the paper page.
 */
export function paperJsonLd(facts: PaperFacts, urls: { paper: string }): Record<string, unknown> {
  const { workingPaper: paper, article } = facts;
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: paper.title,
    author: (paper.author ?? []).map(person),
    datePublished: issuedDate(paper),
    ...(paper.publisher ? { publisher: { '@type': 'Organization', name: paper.publisher } } : {}),
    url: urls.paper,
    workExample: {
      '@type': 'ScholarlyArticle',
      headline: article.title,
      datePublished: issuedDate(article),
      ...(article.DOI ? { sameAs: `https://doi.org/${article.DOI}` } : {}),
      isPartOf: { '@type': 'Periodical', name: article['container-title'] },
    },
  };
}
