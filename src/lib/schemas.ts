/**
 * Zod schemas of the content. `src/content.config.ts` wires them to Astro's collections; the
 * edition model (`edition.ts`) checks section frontmatter with them too, so that a schema error
 * names the file and line even where Astro would only name the entry.
 */
import { z } from 'astro/zod';

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

/** One editorial act, always visible to the reader and explained. */
export const intervention = z.discriminatedUnion('kind', [
  gapIntervention,
  markerIntervention,
  paragraphIntervention,
]);

/** Frontmatter of one section of the paper (`content/paper/*.mdx`). */
export const sectionSchema = z.object({
  /** The section heading exactly as the paper prints it. */
  title: z.string().min(1),
  /** Position of the section in the paper, 1 for the first; the sections run 1…N without gaps. */
  order: z.number().int().positive(),
  /** The editor's interventions in this section. */
  editorial: z.array(intervention).default([]),
});

export type SectionFrontmatter = z.infer<typeof sectionSchema>;
export type Intervention = z.infer<typeof intervention>;
export type Certainty = z.infer<typeof certainty>;
