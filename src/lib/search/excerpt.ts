/**
 * An excerpt of a result around a phrase, with the phrase marked as one (Pagefind's own excerpts
 * mark each word of a query apart, wherever it stands). Parts of text, never markup: the
 * interface renders them as text and <mark>.
 */

/** A piece of an excerpt: text, marked or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * About `length` words of `content` from a little before the first match of `pattern` (a global
 * pattern, src/lib/search/query-text.ts), every match in them marked; undefined when nothing
 * matches.
 */
export function excerptAround(
  content: string,
  pattern: RegExp,
  length = 24,
): ExcerptPart[] | undefined {
  const first = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(content);
  if (!first) return undefined;
  const words = [...content.matchAll(/\S+/g)].map((w) => ({
    start: w.index,
    end: w.index + w[0].length,
  }));
  const at = words.findIndex((w) => w.end > first.index);
  const from = Math.max(0, at - Math.floor(length / 3));
  const matchEnd = first.index + first[0].length;
  let to = Math.min(words.length, from + length);
  while (to < words.length && (words[to - 1]?.end ?? 0) < matchEnd) to++;
  const text = content.slice(words[from]?.start ?? 0, words[to - 1]?.end ?? content.length);
  const parts: ExcerptPart[] = [];
  let last = 0;
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/** The parts as the HTML Pagefind's excerpts are in: text escaped, marks as <mark>. */
export function excerptHtml(parts: readonly ExcerptPart[]): string {
  const escape = (t: string) =>
    t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return parts.map((p) => (p.mark ? `<mark>${escape(p.text)}</mark>` : escape(p.text))).join('');
}
