/** The edition in TEI P5, for digital humanists: header, the paper with its notes, back matter. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { editionFile } from '../lib/outputs/edition-files.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { FILES } from '../lib/site/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(editionFile(getContent(), FILES.tei, site), {
    headers: { 'Content-Type': mediaTypeOf(FILES.tei) },
  });
