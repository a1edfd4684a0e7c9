/**
 * The edition's files for readers to take away: one list, which the Downloads page, /about/ and
 * /edition.json show. What each holds is said here once, and which validator passed it at which
 * version (tests/build/downloads.test.ts checks these against the validators the tests run).
 */
import { bibliographyPath, FILES } from '../site/routes.ts';

/** A file of the edition that readers can download. */
export interface Download {
  /** Site path of the file (under the base, through `url()`). */
  path: string;
  /** Its format, as a reader would name it. */
  format: string;
  /** What it holds and what it is for, briefly. */
  contents: string;
  /** Which validator passed it, at which version; none where no community validator exists. */
  validated?: string;
}

/** The validators the tests run on every build, with their versions. */
export const VALIDATORS = {
  jing: 'jing 20181222 against TEI P5 4.12.0 (tei_all.rng): 0 errors',
  typst: 'PDF/UA-1 as Typst 0.14.2 enforces it; tagged, every font embedded (poppler)',
  epub: 'EPUBCheck 4.2.6: 0 errors, 0 warnings; Ace by DAISY 1.4.6: 0 violations',
} as const;

export const DOWNLOADS: readonly Download[] = [
  {
    path: FILES.pdf,
    format: 'PDF (A4)',
    contents:
      'The edition typeset for reading and keeping: the notes at the foot of their page, the working paper’s page starts in the margin, the editors’ reader’s guide and dated commentary after the text (linked to the ¶s they concern), the apparatus and the sources (Chicago), each ¶ linked to its place on the web.',
    validated: VALIDATORS.typst,
  },
  {
    path: FILES.epub,
    format: 'EPUB 3',
    contents:
      'The edition for e-readers: one chapter per section, the notes as footnotes with links back, the working paper’s page list, the editors’ reader’s guide and commentary as documents of their own (linked both ways to the ¶s), the apparatus, the sources, the concepts and the cases; accessibility metadata stated and checked.',
    validated: VALIDATORS.epub,
  },
  {
    path: FILES.tei,
    format: 'TEI P5 XML',
    contents:
      'The edition encoded for digital humanists: a header naming the source and the editorial principles, the paper with its notes where their markers stand, every intervention encoded as what it is, the working paper’s page breaks, the works, concepts and cases the text points to, and in the back the editors’ guide and commentary (note type="commentary", each targeting its ¶) with their own list of works.',
    validated: VALIDATORS.jing,
  },
  {
    path: FILES.edition,
    format: 'JSON',
    contents:
      'For text mining: the metadata, the sections with their numbered paragraphs, the notes with the paragraph each hangs on, the interventions and the page starts.',
  },
  {
    path: FILES.paperText,
    format: 'Plain text (UTF-8)',
    contents:
      'The text as a reader sees it, without note or paragraph numbers, a gap shown as […].',
  },
  {
    path: FILES.witness,
    format: 'Plain text (UTF-8)',
    contents:
      'The source witness exactly as received (a text extraction of the working paper), to check the edition against.',
  },
  {
    path: FILES.commentaryAnnotations,
    format: 'W3C Web Annotation (JSON-LD)',
    contents:
      'The editor’s commentary as annotations on the paper, with the selectors the reader’s own notes use: “My notes” imports it, and so can other annotation tools.',
  },
  {
    path: FILES.commentaryWorks,
    format: 'CSL-JSON',
    contents:
      'The works the editor’s commentary relies on, apart from the works the paper cites, each with where its facts were checked.',
  },
  {
    path: bibliographyPath('bib'),
    format: 'BibTeX',
    contents: 'Every work the notes cite, for a reference manager.',
  },
  {
    path: bibliographyPath('ris'),
    format: 'RIS',
    contents: 'Every work the notes cite, for a reference manager.',
  },
  {
    path: bibliographyPath('json'),
    format: 'CSL-JSON',
    contents: 'Every work the notes cite, for a reference manager.',
  },
];
