/**
 * Marking the words of a query on the page a search result leads to: a phrase as one where the
 * target holds it, else whole words and the words their stems begin, never letters inside a word
 * (src/lib/search/query-text.ts). The address is untrusted: a malformed percent-encoding or a
 * huge query must never break the page.
 */
import { phrasePattern, queryTerms, safeDecode, termPattern } from '../../lib/search/query-text.ts';
import { el } from '../dom.ts';

/** Wraps each occurrence of the query's words in `root` in <mark>; returns the marks. */
function markTerms(root: Element, terms: readonly string[]): HTMLElement[] {
  const pattern = termPattern(terms);
  if (!pattern) return [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  // test() would move a global pattern's lastIndex, which matchAll below would start from.
  const found = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeValue && found.test(n.nodeValue)) nodes.push(n as Text);
  }
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const text = node.nodeValue ?? '';
    const parts: (string | HTMLElement)[] = [];
    let at = 0;
    for (const match of text.matchAll(pattern)) {
      parts.push(text.slice(at, match.index));
      const mark = el('mark', { className: 'hit' }, match[0]);
      marks.push(mark);
      parts.push(mark);
      at = match.index + match[0].length;
    }
    parts.push(text.slice(at));
    node.replaceWith(...parts);
  }
  return marks;
}

/**
 * Wraps each occurrence of a phrase in `root` in <mark>, one per text node it spans (a phrase
 * may run through a link or an emphasis); returns the marks, in reading order.
 */
function markPhrase(root: Element, pattern: RegExp): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    text += n.nodeValue ?? '';
  }
  const found = [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const);
  const marks: HTMLElement[] = [];
  for (const { node, start } of nodes) {
    const value = node.nodeValue ?? '';
    const end = start + value.length;
    const pieces = found.filter(([a, b]) => a < end && b > start);
    if (pieces.length === 0) continue;
    const parts: (string | HTMLElement)[] = [];
    let at = 0;
    for (const [a, b] of pieces) {
      const from = Math.max(a, start) - start;
      parts.push(value.slice(at, from));
      at = Math.min(b, end) - start;
      const mark = el('mark', { className: 'hit' }, value.slice(from, at));
      marks.push(mark);
      parts.push(mark);
    }
    parts.push(value.slice(at));
    node.replaceWith(...parts);
  }
  return marks;
}

/** On a page reached from a result: marks the query in the target and scrolls to it. */
export function highlight(): void {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const id = safeDecode(location.hash.slice(1));
  const target = (id && document.getElementById(id)) || document.querySelector('main');
  if (!target) return;
  const phrase = phrasePattern(query);
  const inPhrase = phrase ? markPhrase(target, phrase) : [];
  const [first] = inPhrase.length > 0 ? inPhrase : markTerms(target, queryTerms(query));
  (first ?? target).scrollIntoView({ block: 'center' });
}
