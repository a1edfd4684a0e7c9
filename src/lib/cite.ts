/**
 * What the Cite page offers: the published article and this edition in every format, and the
 * templates from which the page's script makes the citation of one paragraph or note.
 */
import { type CitationFormat, paperCitations } from './bibliography.ts';
import { paperFacts } from './metadata.ts';

/** The formats in the order the page shows them, with their labels. */
export const FORMATS: { id: CitationFormat; label: string }[] = [
  { id: 'chicago', label: 'Chicago' },
  { id: 'apa', label: 'APA' },
  { id: 'mla', label: 'MLA' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'ris', label: 'RIS' },
];

/** Stands for the paragraph or note number in the passage templates. */
export const PLACEHOLDER = '9999';

/** The day of the build, as the access date of citations of the edition (ISO). */
export function buildDate(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Citations of the published article and of this edition, at `site`. */
export function paperCitationTexts(site: URL) {
  return paperCitations(paperFacts().article, {
    url: new URL('/paper/', site).href,
    accessed: buildDate(),
  });
}

/** Templates of a paragraph's and a note's citation; replace PLACEHOLDER by the number. */
export function passageTemplates(
  site: URL,
): Record<'paragraph' | 'note', Record<CitationFormat, string>> {
  const at = (kind: 'paragraph' | 'note') =>
    paperCitations(
      paperFacts().article,
      { url: new URL('/paper/', site).href, accessed: buildDate() },
      {
        kind,
        n: Number(PLACEHOLDER),
        url: new URL(`/paper/#${kind === 'paragraph' ? 'p' : 'n'}${PLACEHOLDER}`, site).href,
      },
    ).edition;
  return { paragraph: at('paragraph'), note: at('note') };
}
