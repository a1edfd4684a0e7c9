/** The edition typeset with Typst: A4, footnotes, the working paper's pages, apparatus, sources. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { editionFile } from '../lib/outputs/edition-files.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { FILES } from '../lib/site/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(editionFile(getContent(), FILES.pdf, site), {
    headers: { 'Content-Type': mediaTypeOf(FILES.pdf) },
  });
