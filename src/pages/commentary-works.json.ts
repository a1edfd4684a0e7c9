/** The works the editor's commentary relies on, as CSL-JSON, apart from the paper's works. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { editionFile } from '../lib/outputs/edition-files.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { FILES } from '../lib/site/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(editionFile(getContent(), FILES.commentaryWorks, site), {
    headers: { 'Content-Type': mediaTypeOf(FILES.commentaryWorks) },
  });
