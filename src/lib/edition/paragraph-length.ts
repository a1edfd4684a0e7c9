/**
 * A paragraph far longer than any other of the paper is asked about before it is published: most
 * likely text pasted by mistake (a page of filler, a note run into the text) or paragraphs whose
 * breaks were lost. The measure is the paper's own: its paragraphs sorted by length, a paragraph
 * is flagged when it, and every paragraph longer than it, has more than twice the characters of
 * the next one down, the longest paragraph left being the paper's longest. Only the longer half
 * of the paper is looked at, so that a short paragraph twice as long as a shorter one is no gap,
 * and only a paper of some paragraphs: the measure of two or three says nothing (the real paper
 * has 55).
 * A paragraph that really is that long is confirmed by its first words in `longParagraphs`.
 */
import { ContentError } from '../content/content-error.ts';
import type { Paragraph } from './model.ts';
import type { RawSection } from './read-section.ts';
import { paragraphLabel } from '../site/ids.ts';

/** How many times the paper's longest paragraph one must exceed to be flagged. */
export const LONG_PARAGRAPH_RATIO = 2;

/** The fewest paragraphs whose lengths make a measure. */
export const MEASURED_PARAGRAPHS = 10;

/**
 * The paragraphs (indexes into `lengths`) far longer than the rest, and the paper's longest
 * paragraph besides them (the measure they are flagged by); none when nothing stands out.
 */
export function farLonger(lengths: readonly number[]): { flagged: number[]; longest?: number } {
  const order = lengths.map((_, i) => i).sort((a, b) => (lengths[b] ?? 0) - (lengths[a] ?? 0));
  const length = (rank: number) => lengths[order[rank] ?? 0] ?? 0;
  if (lengths.length < MEASURED_PARAGRAPHS) return { flagged: [] };
  // The deepest gap in the longer half: every paragraph above it is flagged.
  for (let k = Math.floor(lengths.length / 2); k >= 1; k--) {
    if (length(k - 1) > LONG_PARAGRAPH_RATIO * length(k)) {
      return {
        flagged: order.slice(0, k),
        ...(order[k] === undefined ? {} : { longest: order[k] }),
      };
    }
  }
  return { flagged: [] };
}

const count = (n: number) => n.toLocaleString('en');

/** The paragraphs flagged and not confirmed, and confirmations that name no paragraph. */
export function paragraphLengthProblems(
  raw: readonly RawSection[],
  paragraphs: readonly Paragraph[],
): ContentError[] {
  const problems: ContentError[] = [];
  const sectionOf = new Map(raw.map((s) => [s.id, s]));
  for (const s of raw) {
    s.frontmatter.longParagraphs.forEach((opening, i) => {
      if (paragraphs.some((p) => p.section === s.id && p.text.startsWith(opening))) return;
      problems.push(
        new ContentError(
          s.file,
          s.lineOf(['longParagraphs', i]),
          `\`longParagraphs\` confirms a paragraph opening “${opening.slice(0, 40)}”, but no paragraph of this section opens so.`,
          'Copy the first words of the paragraph exactly, or remove the entry.',
        ),
      );
    });
  }
  const { flagged, longest } = farLonger(paragraphs.map((p) => p.text.length));
  const measure = longest === undefined ? undefined : paragraphs[longest];
  if (!measure) return problems;
  for (const index of flagged) {
    const p = paragraphs[index];
    const section = p && sectionOf.get(p.section);
    if (!p || !section) continue;
    if (section.frontmatter.longParagraphs.some((opening) => p.text.startsWith(opening))) continue;
    problems.push(
      new ContentError(
        section.file,
        p.line,
        `${paragraphLabel(p.n)} has ${count(p.text.length)} characters: more than ${LONG_PARAGRAPH_RATIO} × the paper’s longest other paragraph (${paragraphLabel(measure.n)}, ${count(measure.text.length)} characters), so ${count(LONG_PARAGRAPH_RATIO * measure.text.length)} at most. Text pasted by mistake, or paragraphs run together?`,
        'Remove what is not the paper’s, or restore the paragraph breaks the witness shows. If the paper’s paragraph really is this long, confirm it: add its first words to `longParagraphs` in this file’s frontmatter.',
      ),
    );
  }
  return problems;
}
