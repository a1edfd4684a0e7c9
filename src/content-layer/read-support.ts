/**
 * Reads the files that support the paper: the people and institutions of the index
 * (`index-terms.yaml`) and the citation styles (`content/csl/`).
 */
import { collect, ContentError } from '../lib/content/content-error.ts';
import { type IndexTerm, indexTermsSchema } from '../lib/content/schemas.ts';
import { type DataPath, lineAt, parseYaml, validate } from '../lib/content/source-text.ts';
import { CITATION_STYLES, type CitationStyle } from '../lib/citation/styles.ts';
import { CONTENT_PATHS, readContentFile } from './files.ts';

/** The index terms as read, with the file and the line of each field for messages. */
export interface ReadIndexTerms {
  file: string;
  terms: IndexTerm[];
  lineOf(path: DataPath): number;
}

/** Reads and validates index-terms.yaml. */
export function readIndexTerms(root: string, problems: ContentError[]): ReadIndexTerms {
  const { file, text } = readContentFile(root, CONTENT_PATHS.indexTerms());
  const located = parseYaml(text, file);
  const result = validate(indexTermsSchema, located, file, 'Index term');
  problems.push(...result.problems);
  return { file, terms: result.data ?? [], lineOf: located.lineOf };
}

/**
 * Reads the CSL file of each style. A style is XML that citeproc reads only when a page formats a
 * citation; a truncated or emptied file is caught here, with its line, instead.
 */
export function readStyles(root: string, problems: ContentError[]): Record<CitationStyle, string> {
  const styles = {} as Record<CitationStyle, string>;
  for (const [style, name] of Object.entries(CITATION_STYLES) as [CitationStyle, string][]) {
    const text = collect(problems, () => readStyle(root, name));
    if (text !== undefined) styles[style] = text;
  }
  return styles;
}

/** The text of one CSL style, or the ContentError that says what is wrong with it. */
function readStyle(root: string, name: string): string {
  const { file, text } = readContentFile(root, `${CONTENT_PATHS.styles()}/${name}.csl`);
  const trimmed = text.trimEnd();
  if (!/<style\b[^>]*xmlns="http:\/\/purl\.org\/net\/xbiblio\/csl"/.test(text)) {
    throw new ContentError(
      file,
      1,
      'The file is not a CSL style: it has no <style xmlns="http://purl.org/net/xbiblio/csl"> element.',
      'Restore the style from content/csl/README.md’s source (git checkout -- the file).',
    );
  }
  if (!trimmed.endsWith('</style>')) {
    throw new ContentError(
      file,
      lineAt(text, trimmed.length),
      'The style is cut off: it does not end with </style>.',
      'Restore the whole file from content/csl/README.md’s source (git checkout -- the file).',
    );
  }
  return text;
}
