/**
 * Facts about the paper and this edition. The published article and the working paper are read
 * from `content/bibliography/paper-facts.json`, where each fact carries where it was verified;
 * what could not be verified is left out (see /about/).
 */
import { readFileSync } from 'node:fs';
import { type Work, workSchema } from './schemas.ts';

/** The paper's title as the source witness prints it, in title case. */
export const TITLE =
  'Between Balance of Power and Community: The Future of Multilateral Security Cooperation in the Asia Pacific';

/** Short title for page titles. */
export const SHORT_TITLE = 'Between Balance of Power and Community';

/** The authors, in the order of the byline. */
export const AUTHORS = [
  { given: 'G. John', family: 'Ikenberry' },
  { given: 'Jitsuo', family: 'Tsuchiyama' },
] as const;

/** "G. John Ikenberry and Jitsuo Tsuchiyama". */
export const BYLINE = AUTHORS.map((a) => `${a.given} ${a.family}`).join(' and ');

/** One sentence on what the edition is, for the home page and meta descriptions. */
export const DESCRIPTION = `An annotated digital edition of ${BYLINE}’s paper on the future of multilateral security cooperation in the Asia Pacific, with its 32 notes.`;

let facts: { article: Work; workingPaper: Work } | undefined;

/** The published article (2002) and the working paper (2000) as CSL items, verified. */
export function paperFacts(): { article: Work; workingPaper: Work } {
  if (!facts) {
    const raw = JSON.parse(readFileSync('content/bibliography/paper-facts.json', 'utf8')) as {
      article: unknown;
      workingPaper: unknown;
    };
    facts = {
      article: workSchema.parse(raw.article),
      workingPaper: workSchema.parse(raw.workingPaper),
    };
  }
  return facts;
}

/** First and last page of a CSL page range ("69-94"). */
export function pageRange(work: Work): { first?: string; last?: string } {
  const [first, last] = (work.page ?? '').split('-');
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}
