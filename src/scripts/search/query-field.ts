/** The query of a search field, cut to a sane length with a notice rather than taken whole. */
import { limitQuery, MAX_QUERY_LENGTH } from '../../lib/search/query-text.ts';

/**
 * The field's query, at most MAX_QUERY_LENGTH characters (the field then shows what is searched),
 * and the sentence that says so when it was cut, to add to the status line.
 */
export function fieldQuery(input: HTMLInputElement): { query: string; notice: string } {
  const { query, cut } = limitQuery(input.value.trim());
  if (!cut) return { query, notice: '' };
  input.value = query;
  return { query, notice: ` Only the first ${MAX_QUERY_LENGTH} characters were searched.` };
}
