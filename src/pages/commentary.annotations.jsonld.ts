/** The editor's commentary as a W3C Web Annotation collection on the canonical /paper/. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { editionFile } from '../lib/outputs/edition-files.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { FILES } from '../lib/site/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(editionFile(getContent(), FILES.commentaryAnnotations, site), {
    headers: { 'Content-Type': mediaTypeOf(FILES.commentaryAnnotations) },
  });
