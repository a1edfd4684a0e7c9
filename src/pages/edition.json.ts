/** The edition for researchers who mine texts: metadata, sections with paragraphs, notes. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { editionJson } from '../lib/edition/outputs.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { absoluteUrl, FILES, PAGES } from '../lib/site/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const { edition, paperFacts } = getContent();
  const paperUrl = absoluteUrl(PAGES.paper, site);
  return new Response(JSON.stringify(editionJson(edition, paperFacts, paperUrl), null, 2), {
    headers: { 'Content-Type': mediaTypeOf(FILES.edition) },
  });
};
