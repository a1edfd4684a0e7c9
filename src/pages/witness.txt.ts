/** The source witness exactly as received, so that readers can check the edition against it. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { editionFile } from '../lib/outputs/edition-files.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { FILES } from '../lib/site/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(editionFile(getContent(), FILES.witness, site), {
    headers: { 'Content-Type': mediaTypeOf(FILES.witness) },
  });
