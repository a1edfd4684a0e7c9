/** Templates of the citation of one paragraph or note, for the Cite page's script. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import {
  editionAddress,
  PAGE_PLACEHOLDER,
  PLACEHOLDER,
  passageTemplates,
} from '../lib/citation/paper-citations.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { absoluteUrl, FILES, paperPath } from '../lib/site/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const { formatter, paperFacts, date } = getContent();
  const templates = passageTemplates(formatter, paperFacts, editionAddress(site, date), (anchor) =>
    absoluteUrl(paperPath(anchor), site),
  );
  return new Response(
    JSON.stringify({ placeholder: PLACEHOLDER, pagePlaceholder: PAGE_PLACEHOLDER, ...templates }),
    {
      headers: { 'Content-Type': mediaTypeOf(FILES.cite) },
    },
  );
};
