/** The edition as plain text: title, authors, sections, paragraphs, then the notes. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { plainText } from '../lib/edition-files.ts';

export const GET: APIRoute = () =>
  new Response(plainText(getContent().edition), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
