/** The edition for researchers who mine texts: metadata, sections with paragraphs, notes. */
import type { APIRoute } from 'astro';
import { loadEdition } from '../lib/edition.ts';
import { editionJson } from '../lib/exports.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(editionJson(loadEdition(), site), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
