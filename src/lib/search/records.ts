/**
 * What the search index holds, at a reader's grain: each paragraph and each note of the paper is
 * its own record, addressed to its anchor on /paper/; the pages of sources, concepts and cases,
 * and the About page, are indexed from their HTML. Nothing else is.
 */
import type { Edition } from '../edition/build.ts';
import { type CommentaryNote, paragraphText } from '../commentary/model.ts';
import { noteLabel, paragraphLabel } from '../site/ids.ts';
import { entryOf, type EntryKind, PAGES, paperPath } from '../site/routes.ts';

/** The kinds a reader can filter by, as the search page names them. */
type Kind = 'Text' | 'Note' | 'Source' | 'Concept' | 'Case' | 'About' | typeof COMMENTARY_KIND;

/** The kind of the editor's notes: their own, never the paper's. */
export const COMMENTARY_KIND = 'Editor’s commentary';

/** The kinds of the paper's own records, which search puts first (src/lib/search/ranking.ts). */
export const PAPER_KINDS: readonly Kind[] = ['Text', 'Note'];

/**
 * The filters search looks things up by, besides the facets: a passage by its anchor (`p12`),
 * so that a locator query is offered only for a passage the index holds, and an entry by the
 * keys of its names (src/lib/search/names.ts, marked by SearchNames.astro).
 */
export const LOOKUP = { passage: 'passage', name: 'name' } as const;

/** One record for Pagefind's `addCustomRecord`. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function record(
  id: string,
  content: string,
  kind: 'Text' | 'Note',
  label: string,
  title: string,
  section: string,
): SearchRecord {
  return {
    url: paperPath(id),
    content,
    language: 'en',
    meta: { title: `${title} · ${section}`, kind, label, section },
    filters: { kind: [kind], section: [section], [LOOKUP.passage]: [id] },
  };
}

/** A record per paragraph and per note, with its kind, number and section. */
export function paperRecords(edition: Edition): SearchRecord[] {
  const title = new Map(edition.sections.map((s) => [s.id, s.title]));
  return [
    ...edition.paragraphs.map((p) =>
      record(
        p.id,
        p.text,
        'Text',
        paragraphLabel(p.n),
        paragraphLabel(p.n),
        title.get(p.section) ?? '',
      ),
    ),
    ...edition.notes.map((n) =>
      record(n.id, n.text, 'Note', noteLabel(n.n), `Note ${n.n}`, title.get(n.section) ?? ''),
    ),
  ];
}

/**
 * A record per editor's note, addressed to it on /commentary/: its title and its text (without
 * the citations), of its own kind, under the section of the ¶ it comments on.
 */
export function commentaryRecords(
  notes: readonly CommentaryNote[],
  edition: Pick<Edition, 'paragraphs' | 'sections'>,
): SearchRecord[] {
  const title = new Map(edition.sections.map((s) => [s.id, s.title]));
  const sectionOf = new Map(edition.paragraphs.map((p) => [p.id, title.get(p.section) ?? '']));
  return notes.map((note) => {
    const section = sectionOf.get(note.passage) ?? '';
    return {
      url: `${PAGES.commentary}#${note.id}`,
      content: [note.title, ...note.body.map((p) => paragraphText(p))].join(' '),
      language: 'en',
      meta: {
        title: note.title,
        kind: COMMENTARY_KIND,
        label: `On ${paragraphLabel(note.passage.slice(1))}`,
        section,
      },
      filters: { kind: [COMMENTARY_KIND], section: [section] },
    };
  });
}

/** The kind of each entry page, by its folder. */
const ENTRY_KIND: Record<EntryKind, Kind> = {
  sources: 'Source',
  concepts: 'Concept',
  cases: 'Case',
};

/**
 * Whether a built page belongs in the index (by its site path, `/about/`), and as what kind: the
 * About page and every entry page. The pages mark the same kind for Pagefind in their markup.
 */
export function indexedPageKind(sitePath: string): Kind | undefined {
  if (sitePath === PAGES.about) return 'About';
  // Site paths, not URLs: the index is written without the base.
  const entry = entryOf(sitePath, '/');
  return entry && ENTRY_KIND[entry.kind];
}
