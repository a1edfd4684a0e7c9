/**
 * Content collections. The schemas live in `src/lib/schemas.ts`, where the edition model checks
 * them too; every field is documented there.
 */
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { paperDir } from './lib/edition.ts';
import { sectionSchema } from './lib/schemas.ts';

/** The paper, one MDX file per section (`content/paper/*.mdx`). */
const paper = defineCollection({
  loader: glob({ pattern: '*.mdx', base: paperDir() }),
  schema: sectionSchema,
});

export const collections = { paper };
