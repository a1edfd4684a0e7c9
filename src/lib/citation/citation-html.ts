/**
 * A formatted citation's HTML (citation-js's, over our content) reduced to what a citation needs
 * and nothing a page could run: the elements `<i>`, `<b>`, `<sup>`, `<sub>` without attributes,
 * every other tag dropped (its text kept), and the text re-escaped from its decoded characters.
 * So the HTML may be set in a page or a popover (`innerHTML`) as it is.
 */

const KEPT = new Set(['i', 'b', 'sup', 'sub']);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Text as HTML: `&`, `<` and `>` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** The safe form of a citation's HTML. */
export function citationHtml(html: string): string {
  let out = '';
  for (const [token, closing, name] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>|[^<]+|</gi)) {
    if (name === undefined) out += escapeHtml(decode(token));
    else if (KEPT.has(name.toLowerCase())) out += `<${closing}${name.toLowerCase()}>`;
  }
  return out;
}
