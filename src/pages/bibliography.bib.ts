/** The whole bibliography as one file (`/bibliography.bib`), in listing order. */
import type { APIRoute } from 'astro';
import { FORMATS, sources } from '../lib/sources.ts';

export const GET: APIRoute = () =>
  new Response(FORMATS.bib.write(sources().map((s) => s.work)), {
    headers: { 'Content-Type': FORMATS.bib.type },
  });
