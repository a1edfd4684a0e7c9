/**
 * Facts about the paper and this edition. Each fact here was checked against a public record
 * before it was written down; what could not be checked is left out (see /about/).
 */

/** The paper's title as the source witness prints it, in title case. */
export const TITLE = 'Between Balance of Power and Community: The Future of Multilateral Security Cooperation in the Asia Pacific';

/** Short title for page titles. */
export const SHORT_TITLE = 'Between Balance of Power and Community';

/** The authors, in the order of the byline. */
export const AUTHORS = [
  { given: 'G. John', family: 'Ikenberry' },
  { given: 'Jitsuo', family: 'Tsuchiyama' },
] as const;

/** "G. John Ikenberry and Jitsuo Tsuchiyama". */
export const BYLINE = AUTHORS.map((a) => `${a.given} ${a.family}`).join(' and ');

/** The article as published, which differs in wording from the text edited here. */
export const PUBLISHED_ARTICLE = {
  journal: 'International Relations of the Asia-Pacific',
  volume: '2',
  issue: '1',
  year: 2002,
  month: 2,
  firstPage: '69',
  lastPage: '94',
} as const;

/** One sentence on what the edition is, for the home page and meta descriptions. */
export const DESCRIPTION = `An annotated digital edition of ${BYLINE}’s paper on the future of multilateral security cooperation in the Asia Pacific, with its 32 notes.`;
