/**
 * Marking the words of a query on the page a search result leads to: whole words and the words
 * their stems begin, never letters inside a word (src/lib/search/query-text.ts). The address is
 * untrusted: a malformed percent-encoding or a huge query must never break the page.
 */
import { queryTerms, safeDecode, termPattern } from '../../lib/search/query-text.ts';
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

/** On a page reached from a result: marks the query's words in the target and scrolls to them. */
export function highlight(): void {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const id = safeDecode(location.hash.slice(1));
  const target = (id && document.getElementById(id)) || document.querySelector('main');
  if (!target) return;
  const [first] = markTerms(target, queryTerms(query));
  (first ?? target).scrollIntoView({ block: 'center' });
}
