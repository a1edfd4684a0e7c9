/** Templates of the citation of one paragraph or note, for the Cite page's script. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { editionAddress, PLACEHOLDER, passageTemplates } from '../lib/citation/paper-citations.ts';
import { CITATION_FORMATS } from '../lib/citation/styles.ts';
import { mediaTypeOf } from '../lib/media-types.ts';
import { absoluteUrl, FILES, paperPath } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const { paperFacts, date } = getContent();
  const labels = Object.fromEntries(CITATION_FORMATS.map((f) => [f.id, f.label]));
  const templates = passageTemplates(paperFacts, editionAddress(site, date), (anchor) =>
    absoluteUrl(paperPath(anchor), site),
  );
  return new Response(JSON.stringify({ placeholder: PLACEHOLDER, labels, ...templates }), {
    headers: { 'Content-Type': mediaTypeOf(FILES.cite) },
  });
};
