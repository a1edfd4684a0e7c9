/**
 * Links for finding a work elsewhere: its DOI when it has one, and searches by title and first
 * author (or editor) in WorldCat, Google Scholar and, for books, Open Library. Built, never fetched.
 */
import type { Work } from '../content/schemas.ts';
import { firstCreator } from './work-fields.ts';

/** A search URL with its query parameters encoded. */
function searchUrl(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

/** The links, in the order a page lists them. */
export function outboundLinks(work: Work): { label: string; href: string }[] {
  const author = firstCreator(work);
  const query = `${work.title} ${author}`.trim();
  const links: { label: string; href: string }[] = [];
  if (work.DOI) {
    links.push({
      label: 'DOI',
      href: `https://doi.org/${work.DOI.split('/').map(encodeURIComponent).join('/')}`,
    });
  }
  links.push({
    label: 'WorldCat',
    href: searchUrl('https://search.worldcat.org/search', { q: query }),
  });
  // Scholar matches a quoted title as a phrase, which finds the work rather than its topic.
  links.push({
    label: 'Google Scholar',
    href: searchUrl('https://scholar.google.com/scholar', {
      q: `"${work.title}" ${author}`.trim(),
    }),
  });
  if (work.type === 'book') {
    links.push({
      label: 'Open Library',
      href: searchUrl('https://openlibrary.org/search', { q: query }),
    });
  }
  return links;
}
