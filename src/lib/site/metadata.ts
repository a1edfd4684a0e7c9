/**
 * The paper's title, authors and one-line description as the site names it. The bibliographic
 * records of the article and the working paper are content (`paper-facts.json`).
 */

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

/**
 * What the paper argues, in the editors' words: the abstract that reference managers save and
 * search engines show. The paper has no abstract of its own.
 */
export const ABSTRACT =
  'The authors argue that Asia-Pacific security, built on American alliances centred on the U.S.–Japan tie, lies between a balance of power and a community-based order, and that no community-based model yet suits the region.';

/** This edition's own title, as a work that can be cited apart from the paper. */
export const EDITION_TITLE = `${TITLE}: An Annotated Digital Edition`;

/**
 * Who is responsible for this edition and publishes it, as the edition names them: the site names
 * no editor in person (the About page speaks of "the editor"), so the edition's citation and its
 * TEI header name this body, never the paper's authors.
 */
export const EDITION_PUBLISHER = 'The editors of this digital edition';
