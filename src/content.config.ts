/**
 * Content collections. The schemas live in `src/lib/schemas.ts`, where the edition's own checks
 * use them too (Astro only logs a broken cross-reference; `src/lib/crossrefs.ts` fails the build);
 * every field is documented there.
 */
import { file, glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { paperDir } from './lib/edition.ts';
import { caseSchema, conceptSchema, sectionSchema, workSchema } from './lib/schemas.ts';

/** The paper, one MDX file per section (`content/paper/*.mdx`). */
const paper = defineCollection({
  loader: glob({ pattern: '*.mdx', base: paperDir() }),
  schema: sectionSchema,
});

/** The concept glossary, one Markdown file per concept. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/glossary' }),
  schema: conceptSchema,
});

/** Historical cases, events, treaties and institutions, one file each. */
const cases = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/cases' }),
  schema: caseSchema,
});

/** Every work the notes cite, as CSL-JSON. */
const works = defineCollection({
  loader: file('./content/bibliography/works.json'),
  schema: workSchema,
});

export const collections = { paper, glossary, cases, works };
