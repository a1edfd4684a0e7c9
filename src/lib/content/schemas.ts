/**
 * Zod schemas of every content file. The content layer (`src/content-layer/`) validates each file
 * with them once per build; `source-text.ts` turns each issue into a message at the field's line.
 */
import { z } from 'astro/zod';
import { parsePartialDate } from '../entries/dates.ts';
import { isWebAddress, WEB_ADDRESS_FIX } from './safe-url.ts';

/** How sure the editor is of an intervention. */
export const certainty = z
  .enum(['high', 'medium', 'low'])
  .describe('How sure the editor is: high, medium or low.');

/** Text lost in the source witness, shown as `<Gap id="…" />` in the MDX. */
export const gapIntervention = z.object({
  kind: z.literal('gap'),
  /** Anchor of the gap on /paper/; the MDX must contain `<Gap id="…" />` with the same id. */
  id: z.string().regex(/^gap-\d+$/, 'a gap id looks like "gap-1"'),
  /** Why the gap is there and what is known of the lost words. */
  explanation: z.string().min(20),
});

/** A note marker missing from the witness and restored by the editor. */
export const markerIntervention = z.object({
  kind: z.literal('marker'),
  /** The note whose reference `[^N]` the editor placed. */
  note: z.number().int().positive(),
  certainty,
  /** Why the marker stands where it does. */
  explanation: z.string().min(20),
});

/** A paragraph break the witness does not show and the editor inferred. */
export const paragraphIntervention = z.object({
  kind: z.literal('paragraph'),
  /** The first words of the paragraph that the inferred break opens. */
  opening: z.string().min(8),
  certainty,
  /** What the break rests on. */
  explanation: z.string().min(20),
});

/**
 * The title and byline the edition sets at the head of the paper, where the witness has none; only
 * in the first section's frontmatter, since the title block stands before it.
 */
export const titleIntervention = z.object({
  kind: z.literal('title'),
  certainty,
  /** Where the title and the authors' names come from, and what the witness shows instead. */
  explanation: z.string().min(20),
});

/**
 * A slip in a note that misleads (a closing quotation mark that opens a title): kept as the
 * witness prints it, and shown with how to read it, never silently mended.
 */
export const sicIntervention = z.object({
  kind: z.literal('sic'),
  /** The note that prints the slip. */
  note: z.number().int().positive(),
  /** The characters as printed, slip included; they must occur once in the note. */
  printed: z.string().min(1),
  /** The same characters as they are to be read. */
  reading: z.string().min(1),
  certainty,
  /** Why the characters mislead, and why they are to be read so. */
  explanation: z.string().min(20),
});

/** One editorial act, always visible to the reader and explained. */
export const intervention = z.discriminatedUnion('kind', [
  gapIntervention,
  markerIntervention,
  paragraphIntervention,
  titleIntervention,
  sicIntervention,
]);

/** Frontmatter of one section of the paper (`content/paper/*.mdx`). */
export const sectionSchema = z.strictObject({
  /** The section heading exactly as the paper prints it. */
  title: z.string().min(1),
  /** Position of the section in the paper, 1 for the first; the sections run 1…N without gaps. */
  order: z.number().int().positive(),
  /** The editor's interventions in this section. */
  editorial: z.array(intervention).default([]),
  /**
   * The first words of each paragraph confirmed to be as long as it is: the build asks about a
   * paragraph more than twice as long as the paper's longest (src/lib/edition/paragraph-length.ts).
   */
  longParagraphs: z.array(z.string().min(8)).default([]),
});

export type SectionFrontmatter = z.infer<typeof sectionSchema>;

export type Intervention = z.infer<typeof intervention>;
export type SicIntervention = z.infer<typeof sicIntervention>;
export type Certainty = z.infer<typeof certainty>;

/**
 * One person or body named as author or editor, in CSL-JSON form: a personal name split into
 * family and given name, or an institution's name kept whole in `literal` (so that no style
 * inverts or abbreviates it).
 */
export const cslName = z.union([
  z.strictObject({
    /** Family name (surname), as it sorts: "Cronin", "Van Wagenen". */
    family: z.string().min(1),
    /** Given names or initials: "Bruce", "G. John". Absent when unknown. */
    given: z.string().min(1).optional(),
    /** Suffix that follows the given names, kept apart so styles can place it: "Jr.", "III". */
    suffix: z.string().min(1).optional(),
  }),
  z.strictObject({
    /** The full name of an institutional author, printed as is. */
    literal: z.string().min(1),
  }),
]);

/** A CSL-JSON date: one `[year]`, `[year, month]` or `[year, month, day]`, no ranges. */
export const cslDate = z.strictObject({
  /** Year, month (1–12) and day (1–31), most significant first; only the year is required. */
  'date-parts': z
    .tuple([
      z.tuple([
        z.number().int().min(1000).max(9999),
        z.number().int().min(1).max(12).optional(),
        z.number().int().min(1).max(31).optional(),
      ]),
    ])
    .describe('One date as [[year, month?, day?]].'),
});

/** CSL item types this bibliography uses; a new type is added here on purpose, not by accident. */
export const workType = z.enum([
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'book',
  'chapter',
  'report',
]);

/** Our own information about a work, which CSL processors ignore (`content/bibliography/README.md`). */
export const workCustom = z.strictObject({
  /** Which facts were checked and where, each a short note with a URL when there was one. */
  verified: z.array(z.string().min(1)),
  /** Editorial comment where the paper's note is wrong, incomplete or out of date. */
  remark: z.string().min(1).optional(),
  /** A document quoted through this work that has no entry of its own. */
  alsoCites: z.string().min(1).optional(),
  /**
   * The work's own title as a note prints it, where the note's words differ from `title` beyond
   * case and punctuation: the edition finds the title there (src/lib/edition/titles.ts).
   */
  printedTitle: z.string().min(1).optional(),
  /** The same for `container-title`: the journal or book as a note prints it. */
  printedContainerTitle: z.string().min(1).optional(),
});

/**
 * One work of the bibliography (`content/bibliography/works.json`) or the paper itself
 * (`paper-facts.json`): a CSL-JSON item with the CSL field names. The object is strict, so a
 * misspelt field name ("container_title", "publisher_place") is an error rather than a field
 * that every citation style silently ignores.
 */
export const workSchema = z.strictObject({
  /** First author's or editor's surname, the year and, if needed, a keyword: "cronin-1999". */
  id: z.string().regex(/^[a-z]+(?:-[a-z0-9]+)+$/, 'an id looks like "cronin-1999"'),
  /** CSL item type, which decides how every style lays the entry out. */
  type: workType,
  /** Full title with subtitle, in the capitalisation of the source. */
  title: z.string().min(1),
  /** Authors in the order of the title page. */
  author: z.array(cslName).min(1).optional(),
  /** Editors: of the work itself (an edited volume) or, for a chapter, of the book it is in. */
  editor: z.array(cslName).min(1).optional(),
  /** Date of publication, as precise as the source gives it. */
  issued: cslDate.optional(),
  /** The journal, magazine or newspaper of an article, or the book that holds a chapter. */
  'container-title': z.string().min(1).optional(),
  /** The series a book or report belongs to. */
  'collection-title': z.string().min(1).optional(),
  /** Number in the series (report number). */
  number: z.string().min(1).optional(),
  /** Volume of a journal or magazine. */
  volume: z.string().min(1).optional(),
  /** Issue of a journal or magazine. */
  issue: z.string().min(1).optional(),
  /** Page range of an article or chapter: "43-78". */
  page: z
    .string()
    .regex(/^\d+(?:-\d+)?$/, 'a page range looks like "43-78"')
    .optional(),
  /** Publisher, or the institution that issued a report. */
  publisher: z.string().min(1).optional(),
  /** City of publication as the imprint gives it. */
  'publisher-place': z.string().min(1).optional(),
  /** DOI without resolver prefix: "10.1017/S002081830002837X". */
  DOI: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI looks like "10.1017/S002081830002837X"')
    .optional(),
  /** ISBN-10 or ISBN-13 of the edition cited, hyphenated or not. */
  ISBN: z
    .string()
    .regex(/^(?:97[89]-?)?(?:\d-?){9}[\dX]$/, 'an ISBN has 10 or 13 digits')
    .optional(),
  /**
   * A stable address of the work online (publisher, JSTOR, MUSE): http: or https: only, since
   * citations print it and the .bib and .ris files carry it as a link.
   */
  URL: z
    .string()
    .superRefine((url, ctx) => {
      if (isWebAddress(url)) return;
      ctx.addIssue({
        code: 'custom',
        message: `"${url.slice(0, 60)}" is not a web address (http: or https:)`,
        params: { fix: WEB_ADDRESS_FIX },
      });
    })
    .optional(),
  /** Our verification record; absent from CSL items made elsewhere. */
  custom: workCustom.optional(),
});

export type Work = z.infer<typeof workSchema>;
export type CslName = z.infer<typeof cslName>;

/**
 * An ISO 8601 date as precise as it is known: "1895", "1895-04" or "1895-04-23". Checked by
 * dates.ts, which reads it later, so that a date the schema passes is one the pages can write.
 */
export const partialDate = z.string().superRefine((value, ctx) => {
  try {
    parsePartialDate(value);
  } catch (error) {
    // The message ends with a full stop; the schema's reporter adds its own.
    ctx.addIssue({ code: 'custom', message: (error as Error).message.replace(/\.$/, '') });
  }
});

/** Ids of other entries: lowercase words joined by hyphens. */
const ids = z
  .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id looks like "balance-of-power"'))
  .default([]);

/** Frontmatter of a glossary entry (`content/glossary/<id>.md`); the body is the longer note. */
export const conceptSchema = z.strictObject({
  /** The term as a heading shows it. */
  term: z.string().min(1),
  /** Other names of the concept, in the paper or in the field. */
  aliases: z.array(z.string().min(1)).default([]),
  /** One sentence in the editors’ own words. */
  definition: z.string().min(10),
  /** The paper’s own words where it defines the term: an exact quotation of one paragraph or note. */
  paperDefinition: z.string().min(10).optional(),
  /** Ids of related glossary entries; the relation is shown both ways. */
  related: ids,
  /** Ids of works in the bibliography that treat the concept. */
  works: ids,
  /** Which facts of the entry were checked, and against what; an unchecked claim is left out. */
  verified: z.array(z.string().min(1)).default([]),
});

/** Frontmatter of a historical case (`content/cases/<id>.md`). */
export const caseSchema = z.strictObject({
  /** Name of the event, treaty or institution. */
  title: z.string().min(1),
  /** When it began, or the date of the event, as precise as verified. */
  start: partialDate,
  /** When it ended, if it did and the date is verified. */
  end: partialDate.optional(),
  /** Places where it happened. */
  places: z.array(z.string().min(1)).default([]),
  /** States, people and bodies that took part. */
  actors: z.array(z.string().min(1)).default([]),
  /** What happened, in the editors’ own words. */
  summary: z.string().min(20),
  /** How the paper uses the case in its argument. */
  role: z.string().min(20),
  /** Ids of glossary entries the case illustrates. */
  concepts: ids,
  /** Ids of works in the bibliography about the case. */
  works: ids,
  /** Which facts were checked, and against what. */
  verified: z.array(z.string().min(1)).min(1),
});

export type Concept = z.infer<typeof conceptSchema>;
export type Case = z.infer<typeof caseSchema>;

/** The two records of the paper itself (`content/bibliography/paper-facts.json`). */
export const paperFactsSchema = z.strictObject({
  /** The article as published in International Relations of the Asia-Pacific (2002). */
  article: workSchema,
  /** The May 2000 working paper that the witness text reproduces. */
  workingPaper: workSchema,
  /** Facts about the paper's history that were checked, and where. */
  verified: z.array(z.string().min(1)).default([]),
  /** Facts that could not be checked, and so are not asserted anywhere. */
  unverified: z.array(z.string().min(1)).default([]),
});

export type PaperFacts = z.infer<typeof paperFactsSchema>;

/** A person or institution of the back-of-book index (`content/index-terms.yaml`). */
export const indexTermSchema = z.strictObject({
  /** The heading as the index prints it: "Cronin, Bruce", "ASEAN Regional Forum". */
  heading: z.string().trim().min(1),
  /** What the heading names. */
  kind: z.enum(['person', 'institution']),
  /** Exact, case-sensitive phrases of the paper's text that name it. */
  phrases: z.array(z.string().trim().min(1)).min(1),
  /** Phrases that contain a match but name something else ("Woodrow Wilson Center" for Wilson). */
  except: z.array(z.string().trim().min(1)).optional(),
  /**
   * Headings for the names as the paper prints them where it names the person or body wrongly
   * ("Cantori, Luise" for Louis J. Cantori); each becomes a cross-reference to `heading`.
   */
  seeFrom: z.array(z.string().trim().min(1)).optional(),
});

/** The whole index-terms file: a list of terms. */
export const indexTermsSchema = z.array(
  indexTermSchema.refine((term) => !term.seeFrom?.includes(term.heading), {
    path: ['seeFrom'],
    message: 'a cross-reference cannot name the term itself',
  }),
);

export type IndexTerm = z.infer<typeof indexTermSchema>;
