/** The edition as plain text: title, authors, sections, paragraphs, then the notes. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { plainText } from '../lib/edition-files.ts';
import { mediaTypeOf } from '../lib/media-types.ts';
import { FILES } from '../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(plainText(getContent().edition), {
    headers: { 'Content-Type': mediaTypeOf(FILES.paperText) },
  });
