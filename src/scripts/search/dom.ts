/** Small DOM helpers of the search interface. */
import type { Hit } from './engine.ts';

/** Creates an element with properties and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The visible parts of a hit: kind, place, title and excerpt (Pagefind's <mark>s kept). */
export function hitBody(hit: Hit): HTMLElement[] {
  const where = [
    hit.kind,
    hit.kind === 'Text' || hit.kind === 'Note' ? `${hit.label} · ${hit.section}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const excerpt = el('span', { className: 'search-excerpt' });
  excerpt.innerHTML = hit.excerpt;
  return [
    el('span', { className: 'search-kind' }, where),
    el(
      'span',
      { className: 'search-title' },
      hit.kind === 'Text' || hit.kind === 'Note' ? '' : hit.title,
    ),
    excerpt,
  ];
}
