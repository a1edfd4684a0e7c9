/** Marking the words of a query on the page a search result leads to. */
import { el } from './dom.ts';

/** Words of a query worth marking (two letters or more). */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .toLowerCase()
        .split(/[^\p{L}\p{N}'’-]+/u)
        .filter((w) => w.length > 1),
    ),
  ];
}

/** Wraps each occurrence of the query's words in `root` in <mark>; returns the marks. */
export function markTerms(root: Element, terms: readonly string[]): HTMLElement[] {
  if (terms.length === 0) return [];
  const source = `(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
  const pattern = new RegExp(source, 'giu');
  const found = new RegExp(source, 'iu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (n.nodeValue && found.test(n.nodeValue)) nodes.push(n as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const parts = (node.nodeValue ?? '').split(pattern);
    node.replaceWith(
      ...parts.map((part, i) => {
        if (i % 2 === 0) return part;
        const mark = el('mark', { className: 'hit' }, part);
        marks.push(mark);
        return mark;
      }),
    );
  }
  return marks;
}

/** On a page reached from a result: marks the query's words in the target and scrolls to them. */
export function highlight(): void {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const target =
    (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))) ||
    document.querySelector('main');
  if (!target) return;
  const [first] = markTerms(target, queryTerms(query));
  (first ?? target).scrollIntoView({ block: 'center' });
}
