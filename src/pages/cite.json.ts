/**
 * Templates of the citation of one paragraph or note, with the pages of each passage: for the Cite
 * page's form and /paper/'s cite popover (src/scripts/passage-citation.ts reads them).
 */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import {
  editionAddress,
  PAGE_PLACEHOLDER,
  PLACEHOLDER,
  passageTemplates,
} from '../lib/citation/paper-citations.ts';
import { passagePages } from '../lib/edition/page-of.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { absoluteUrl, FILES, paperPath } from '../lib/site/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const { edition, formatter, paperFacts, date } = getContent();
  const templates = passageTemplates(formatter, paperFacts, editionAddress(site, date), (anchor) =>
    absoluteUrl(paperPath(anchor), site),
  );
  return new Response(
    JSON.stringify({
      placeholder: PLACEHOLDER,
      pagePlaceholder: PAGE_PLACEHOLDER,
      date,
      ...templates,
      pages: passagePages(edition),
    }),
    {
      headers: { 'Content-Type': mediaTypeOf(FILES.cite) },
    },
  );
};
