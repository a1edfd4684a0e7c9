/** The edition in TEI P5, for digital humanists: header, the paper with its notes, back matter. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { teiDocument } from '../lib/outputs/tei.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { absoluteUrl, FILES, PAGES } from '../lib/site/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const { edition, paperFacts, works, concepts, cases, date } = getContent();
  const xml = teiDocument({
    edition,
    paperFacts,
    works,
    concepts,
    cases,
    date,
    urls: {
      tei: absoluteUrl(FILES.tei, site),
      paper: absoluteUrl(PAGES.paper, site),
      witness: absoluteUrl(FILES.witness, site),
    },
  });
  return new Response(xml, { headers: { 'Content-Type': mediaTypeOf(FILES.tei) } });
};
