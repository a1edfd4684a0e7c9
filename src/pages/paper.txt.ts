/** The edition as plain text: title, authors, sections, paragraphs, then the notes. */
import type { APIRoute } from 'astro';
import { loadEdition } from '../lib/edition.ts';
import { plainText } from '../lib/exports.ts';

export const GET: APIRoute = () =>
  new Response(plainText(loadEdition()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
