/**
 * The phrases of the back-of-book index (`content/index-terms.yaml`) must each find the paper's
 * words: a phrase that matches nothing (misspelt, or with other capitals or quotes than the paper
 * prints) would leave its heading without a place, or with fewer places than it should have, and
 * an `except` that matches nothing excludes nothing.
 */
import { ContentError } from './content-error.ts';
import type { IndexTerm } from './schemas.ts';
import type { DataPath } from './source-text.ts';
import { type IndexSource, locate } from '../entries/book-index.ts';

/** Every phrase and exception of the terms that matches no paragraph or note of the paper. */
export function indexPhraseProblems(
  terms: readonly IndexTerm[],
  edition: IndexSource,
  file: string,
  lineOf: (path: DataPath) => number,
): ContentError[] {
  const matchesNothing = (phrase: string, except: readonly string[]) =>
    locate([phrase], edition, { except }).length === 0;
  return terms.flatMap((term, i) => [
    ...term.phrases.flatMap((phrase, j) =>
      matchesNothing(phrase, term.except ?? [])
        ? [
            new ContentError(
              file,
              lineOf([i, 'phrases', j]),
              `Index term "${term.heading}": the phrase "${phrase}" matches nothing in the paper (its paragraphs and notes, as a whole word, with the same capitals${term.except ? ', outside the `except` phrases' : ''}).`,
              'Copy the phrase as the paper prints it (capitals, accents, curly apostrophes ’), or remove it.',
            ),
          ]
        : [],
    ),
    ...(term.except ?? []).flatMap((phrase, j) =>
      matchesNothing(phrase, [])
        ? [
            new ContentError(
              file,
              lineOf([i, 'except', j]),
              `Index term "${term.heading}": the \`except\` phrase "${phrase}" matches nothing in the paper, so it excludes nothing.`,
              'Copy the phrase as the paper prints it, or remove it from `except`.',
            ),
          ]
        : [],
    ),
  ]);
}
