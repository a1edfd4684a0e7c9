/** The whole bibliography as one file (`/bibliography.ris`), in listing order. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { EXPORT_FORMATS } from '../lib/citation/exports.ts';
import { mediaTypeOf } from '../lib/media-types.ts';
import { FILES } from '../lib/routes.ts';
import { sources } from '../lib/sources.ts';

export const GET: APIRoute = () => {
  const { works, edition } = getContent();
  return new Response(EXPORT_FORMATS.ris.write(sources(works, edition).map((s) => s.work)), {
    headers: { 'Content-Type': mediaTypeOf(FILES.bibliographyRis) },
  });
};
