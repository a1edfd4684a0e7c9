/**
 * The edition's words with their counts, for the search's "Did you mean …" (loaded only with
 * search): the paper's paragraphs and notes, and the titles and definitions of its entries.
 */
import type { APIRoute } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { wordList } from '../lib/search/forgiveness.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { FILES } from '../lib/site/routes.ts';

export const GET: APIRoute = () => {
  const { edition, concepts, cases, works } = getContent();
  const texts = [
    ...edition.paragraphs.map((p) => p.text),
    ...edition.notes.map((n) => n.text),
    ...concepts.flatMap((c) => [c.data.term, c.data.definition, ...c.data.aliases]),
    ...cases.map((k) => `${k.data.title} ${k.data.summary}`),
    ...works.map((w) => w.title),
  ];
  return new Response(JSON.stringify(wordList(texts)), {
    headers: { 'Content-Type': mediaTypeOf(FILES.searchWords) },
  });
};
