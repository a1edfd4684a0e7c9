/** The citation styles and formats the edition offers, and the file of each style. */

/** The citation styles the edition offers. */
export type CitationStyle = 'chicago' | 'apa' | 'mla';

/** The forms of a "cite this" text: the three styles and the two exchange formats. */
export type CitationFormat = CitationStyle | 'bibtex' | 'ris';

/** The CSL file (in `content/csl/`, without `.csl`) of each style. */
export const CITATION_STYLES: Record<CitationStyle, string> = {
  chicago: 'chicago-notes-bibliography',
  apa: 'apa',
  mla: 'modern-language-association',
};

/** The formats in the order pages show them, with their labels; CSL-JSON keeps the most. */
export const CITATION_FORMATS: { id: CitationFormat | 'csl'; label: string }[] = [
  { id: 'chicago', label: 'Chicago' },
  { id: 'apa', label: 'APA' },
  { id: 'mla', label: 'MLA' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'ris', label: 'RIS' },
  { id: 'csl', label: 'CSL-JSON' },
];

/** The label of each format: "CSL-JSON". */
export const FORMAT_LABELS = Object.fromEntries(
  CITATION_FORMATS.map((f) => [f.id, f.label]),
) as Record<CitationFormat | 'csl', string>;

/** The three styles among the formats, in the same order. */
export const STYLE_FORMATS = CITATION_FORMATS.filter(
  (f): f is { id: CitationStyle; label: string } => f.id in CITATION_STYLES,
);
