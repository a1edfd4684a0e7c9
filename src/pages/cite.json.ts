/** Templates of the citation of one paragraph or note, for the Cite page's script. */
import type { APIRoute } from 'astro';
import { PLACEHOLDER, passageTemplates } from '../lib/cite.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify({
      placeholder: PLACEHOLDER,
      ...passageTemplates(site ?? new URL('http://localhost/')),
    }),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
