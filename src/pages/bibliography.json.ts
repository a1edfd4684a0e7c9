/** The whole bibliography as one file (`/bibliography.json`), in listing order. */
import type { APIRoute } from 'astro';
import { FORMATS, sources } from '../lib/sources.ts';

export const GET: APIRoute = () =>
  new Response(FORMATS.json.write(sources().map((s) => s.work)), {
    headers: { 'Content-Type': FORMATS.json.type },
  });
