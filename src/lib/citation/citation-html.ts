/**
 * A formatted citation's HTML (citation-js's, over our content) reduced to what a citation needs
 * and nothing a page could run: the elements `<i>`, `<b>`, `<sup>`, `<sub>` without attributes,
 * every other tag dropped (its text kept), and the text re-escaped from its decoded characters.
 * So the HTML may be set in a page or a popover (`innerHTML`) as it is.
 */

import { decodeHtmlEntities, escapeHtml } from '../text/html.ts';

const KEPT = new Set(['i', 'b', 'sup', 'sub']);

/** The safe form of a citation's HTML. */
export function citationHtml(html: string): string {
  let out = '';
  for (const [token, closing, name] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>|[^<]+|</gi)) {
    if (name === undefined) out += escapeHtml(decodeHtmlEntities(token));
    else if (KEPT.has(name.toLowerCase())) out += `<${closing}${name.toLowerCase()}>`;
  }
  return out;
}
