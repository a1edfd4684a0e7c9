/** The search interface's rendering of a hit. */
import { el } from '../dom.ts';
import type { Hit } from './engine.ts';

/** The visible parts of a hit: kind, place, title and excerpt (Pagefind's <mark>s kept). */
export function hitBody(hit: Hit): HTMLElement[] {
  const where = [
    hit.kind,
    hit.kind === 'Text' || hit.kind === 'Note' ? `${hit.label} · ${hit.section}` : '',
    hit.kind === 'Passage' ? hit.section : '',
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
