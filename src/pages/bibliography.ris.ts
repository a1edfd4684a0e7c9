/** The whole bibliography as one file (`/bibliography.ris`), in listing order. */
import type { APIRoute } from 'astro';
import { FORMATS, sources } from '../lib/sources.ts';

export const GET: APIRoute = () =>
  new Response(FORMATS.ris.write(sources().map((s) => s.work)), {
    headers: { 'Content-Type': FORMATS.ris.type },
  });
