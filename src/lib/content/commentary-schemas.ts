/**
 * Zod schemas of the editor's layer (issue 21; formats in ARCHITECTURE.md, "The editor's layer"):
 * the commentary notes' frontmatter (`content/commentary/notes/<id>.md`), the works the commentary
 * relies on (`content/commentary/works.json`) and the reader's guide (`content/guide.yaml`). Every
 * text field is plain text, like every other field of YAML and JSON content (`validate()`).
 */
import { z } from 'astro/zod';
import { parsePartialDate } from '../entries/dates.ts';
import { cslDate, workCustom, workSchema, workType } from './schemas.ts';

/** A paragraph id of the paper as /paper/ numbers them: "p41". */
const passageId = z.string().regex(/^p[1-9]\d*$/, 'a paragraph id looks like "p41"');

/** Ids of entries or works: lowercase words joined by hyphens. */
const entryIds = z
  .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id looks like "asean-regional-forum"'))
  .default([]);

/** A full ISO 8601 calendar date, "2026-12-03", that exists (no 31 April). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date looks like "2026-12-03" (year, month, day)')
  .superRefine((value, ctx) => {
    try {
      parsePartialDate(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message.replace(/\.$/, '') });
    }
  });

/** Frontmatter of one editor's note (`content/commentary/notes/<id>.md`); the body is the note. */
export const commentaryNoteSchema = z.strictObject({
  /** A short heading in the editors' own words. */
  title: z.string().min(1),
  /** The paragraph commented on, by its id on /paper/. */
  passage: passageId,
  /** Exact words of that paragraph, as /paper.txt gives them, where the note comments on words. */
  quote: z.string().min(3).optional(),
  /** The day the note was written: it speaks "as of" this date, never after the content's date. */
  asOf: isoDay,
  /** Ids of cases (`content/cases/`) the note concerns; their pages list it. */
  cases: entryIds,
  /** Ids of concepts (`content/glossary/`) the note concerns; their pages list it. */
  concepts: entryIds,
  /** Ids of the works in `content/commentary/works.json` the body cites; each is cited. */
  sources: z.array(z.string().min(1)).min(1),
  /** Each fact of the body and where it was checked. */
  verified: z.array(z.string().min(1)).min(1),
});

export type CommentaryNoteFrontmatter = z.infer<typeof commentaryNoteSchema>;

/** CSL item types the commentary's works use: those of the bibliography and official documents. */
export const commentaryWorkType = z.enum([
  ...workType.options,
  'document',
  'legislation',
  'treaty',
  'webpage',
]);

/**
 * One work the commentary relies on: a CSL-JSON item like those of the bibliography, with the
 * fields official documents need, and a verification record that may not be empty.
 */
export const commentaryWorkSchema = workSchema.extend({
  /** CSL item type: a declaration or treaty text is `treaty` or `document`, a law `legislation`. */
  type: commentaryWorkType,
  /** The kind of document as its issuer names it: "Joint statement", "Chairman's statement". */
  genre: z.string().min(1).optional(),
  /** The body that issued or enacted an official document, when it is not its author. */
  authority: z.string().min(1).optional(),
  /** The meeting at which a document was adopted: "16th ASEAN Regional Forum". */
  'event-title': z.string().min(1).optional(),
  /** Where that meeting was held. */
  'event-place': z.string().min(1).optional(),
  /** When the online copy was consulted. */
  accessed: cslDate.optional(),
  /** Our verification record: which facts of the item were checked, and where (not empty). */
  custom: workCustom.extend({ verified: z.array(z.string().min(1)).min(1) }),
});

export type CommentaryWork = z.infer<typeof commentaryWorkSchema>;

/** The paper's own words, shown as a quotation with the paragraph they stand in. */
const guideQuote = z.strictObject({
  /** Exact words of the paragraph, as /paper.txt gives them. */
  words: z.string().min(3),
  /** The paragraph they stand in. */
  passage: passageId,
});

/** One step of the argument in brief. */
const guideStep = z.strictObject({
  /** Our summary of the step, plain text in our own words. */
  text: z.string().min(10),
  /** Where the paper makes the step (at least one paragraph). */
  passages: z.array(passageId).min(1),
  /** The paper's words for it, if quoted. */
  quote: guideQuote.optional(),
});

/** The reader's guide (`content/guide.yaml`): the argument, the four orders, the paper's standing. */
export const guideSchema = z.strictObject({
  /** What the guide is and is not, in our words. */
  intro: z.string().min(10),
  /** The argument in brief, section by section in the paper's order. */
  argument: z
    .array(
      z.strictObject({
        /** A section id: a file name in content/paper/ without `.mdx`. */
        section: z.string().min(1),
        /** The steps the section takes. */
        steps: z.array(guideStep).min(1),
      }),
    )
    .min(1),
  /** The paper's types of community-based security order, side by side. */
  orders: z
    .array(
      z.strictObject({
        /** Our short name of the type. */
        name: z.string().min(1),
        /** Where the paper describes it. */
        passages: z.array(passageId).min(1),
        /** What the paper says of it, in our words. */
        summary: z.string().min(10),
        /** The paper's words for it, if quoted. */
        quote: guideQuote.optional(),
        /** Ids of cases the paper gives as examples. */
        cases: entryIds,
        /** Ids of concepts it involves. */
        concepts: entryIds,
      }),
    )
    .min(1),
  /** Where the paper stands: the debate it joins and the authors' related work, as facts. */
  standing: z
    .array(
      z.strictObject({
        /** One fact in our words. */
        text: z.string().min(10),
        /** Ids in content/commentary/works.json or content/bibliography/works.json. */
        sources: z.array(z.string().min(1)).min(1),
      }),
    )
    .default([]),
});

export type GuideData = z.infer<typeof guideSchema>;
