/** The edition typeset with Typst: A4, footnotes, the working paper's pages, apparatus, sources. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { editionPdf } from '../lib/outputs/edition-pdf.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { absoluteUrl, FILES } from '../lib/site/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    editionPdf(getContent(), (sitePath) => absoluteUrl(sitePath, site)),
    {
      headers: { 'Content-Type': mediaTypeOf(FILES.pdf) },
    },
  );
