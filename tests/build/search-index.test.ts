/**
 * The search index holds paragraphs, notes, sources, concepts, cases, the editor's notes and the
 * About page, and nothing else.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { requireBuild } from '../helpers/site.ts';

it('indexes one record per paragraph, note, source, concept, case and editor’s note, plus the About page', () => {
  requireBuild();
  const { edition, works, concepts, cases, commentary } = getContent();
  const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  expect(indexed).toBe(
    edition.paragraphs.length +
      edition.notes.length +
      works.length +
      concepts.length +
      cases.length +
      commentary.notes.length +
      1,
  );
});
