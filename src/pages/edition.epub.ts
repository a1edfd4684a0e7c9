/** The edition as an EPUB 3 publication, written from the model (src/lib/outputs/epub/). */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { epubInput, writeEpub } from '../lib/outputs/epub/index.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { absoluteUrl, FILES } from '../lib/site/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const input = epubInput(
    getContent(),
    (sitePath) => absoluteUrl(sitePath, site),
    absoluteUrl(FILES.epub, site),
  );
  return new Response(writeEpub(input), {
    headers: { 'Content-Type': mediaTypeOf(FILES.epub) },
  });
};
