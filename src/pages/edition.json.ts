/** The edition for researchers who mine texts: metadata, sections with paragraphs, notes. */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { editionJson } from '../lib/edition-files.ts';

export const GET: APIRoute = ({ site }) => {
  const { edition, paperFacts } = getContent();
  const paperUrl = site ? new URL('/paper/', site).href : '/paper/';
  return new Response(JSON.stringify(editionJson(edition, paperFacts, paperUrl), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
