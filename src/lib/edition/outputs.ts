/** Machine-readable forms of the edition: `/edition.json` and `/paper.txt`. */
import { cslItem } from '../citation/work-fields.ts';
import type { Edition } from './build.ts';
import { AUTHORS, BYLINE, TITLE } from '../site/metadata.ts';
import type { PaperFacts } from '../content/schemas.ts';

/** A file of the edition as /edition.json lists it (src/lib/outputs/downloads.ts). */
export interface ListedDownload {
  url: string;
  format: string;
  contents: string;
  /** Its size in bytes; none for /edition.json itself. */
  bytes?: number;
  validated?: string;
}

/** The JSON document served at /edition.json. */
export function editionJson(
  edition: Edition,
  facts: PaperFacts,
  paperUrl: string,
  downloads: readonly ListedDownload[] = [],
) {
  return {
    title: TITLE,
    authors: AUTHORS,
    source:
      'The working paper (May 2000), edited from a plain-text extraction of its PDF; see /about/.',
    pageNumbering: edition.pageNumbering,
    workingPaper: cslItem(facts.workingPaper),
    publishedVersion: cslItem(facts.article),
    url: paperUrl,
    sections: edition.sections.map((s) => ({
      id: s.id,
      title: s.title,
      paragraphs: s.paragraphs.map((p) => ({ id: p.id, n: p.n, text: p.text })),
    })),
    notes: edition.notes.map((n) => ({ n: n.n, id: n.id, text: n.text, paragraph: n.paragraph })),
    interventions: edition.interventions.map((i) => ({
      kind: i.kind,
      anchor: i.anchor,
      paragraph: i.paragraph,
      ...(i.certainty ? { certainty: i.certainty } : {}),
      explanation: i.explanation,
    })),
    // The working paper's page starts, reconstructed from the witness (see /about/#pages).
    pages: edition.pages.map(({ n, passage, offset, certainty, evidence }) => ({
      n,
      paragraph: passage,
      offset,
      certainty,
      evidence,
    })),
    // Every format of the edition, as the Downloads page lists them.
    downloads,
  };
}

/**
 * The plain text served at /paper.txt: what a reader sees, without note or paragraph numbers. The
 * title and byline, which the witness does not have at its head, stand in square brackets: the
 * editor's, as the title intervention on /about/ explains.
 */
export function plainText(edition: Edition): string {
  const parts = [`[${TITLE}]`, `[${BYLINE}]`];
  for (const s of edition.sections) parts.push(s.title, ...s.paragraphs.map((p) => p.text));
  parts.push('Notes', ...edition.notes.map((n) => `${n.n}. ${n.text}`));
  return `${parts.join('\n\n')}\n`;
}
