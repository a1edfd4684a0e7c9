/**
 * The short previews the reading page shows on hover or focus (src/scripts/previews.ts), fetched
 * only when a reader first needs one: the formatted reference of each work, the definition of each
 * concept, the dates and summary of each case, and the works each note cites.
 */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { formatRange } from '../lib/entries/dates.ts';
import { escapeHtml } from '../lib/text/html.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { FILES } from '../lib/site/routes.ts';

export const GET: APIRoute = () => {
  const { works, concepts, cases, edition, formatter } = getContent();
  const body = {
    sources: Object.fromEntries(
      works.map((w) => [w.id, formatter.reference(w, 'chicago', 'html')]),
    ),
    concepts: Object.fromEntries(
      concepts.map((c) => [
        c.id,
        `<b>${escapeHtml(c.data.term)}</b>${escapeHtml(c.data.definition)}`,
      ]),
    ),
    cases: Object.fromEntries(
      cases.map((k) => [
        k.id,
        `<b>${escapeHtml(k.data.title)} (${escapeHtml(formatRange(k.data.start, k.data.end))})</b>${escapeHtml(k.data.summary)}`,
      ]),
    ),
    notes: Object.fromEntries(
      edition.notes.map((n) => [
        n.n,
        [...new Set(n.marks.filter((m) => m.kind === 'work').map((m) => m.id))],
      ]),
    ),
  };
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': mediaTypeOf(FILES.previews) },
  });
};
