/** The edition as plain text: title, authors, sections, paragraphs, then the notes. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { plainText } from '../lib/edition/outputs.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { FILES } from '../lib/site/routes.ts';

export const GET: APIRoute = () =>
  new Response(plainText(getContent().edition), {
    headers: { 'Content-Type': mediaTypeOf(FILES.paperText) },
  });
