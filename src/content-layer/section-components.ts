/**
 * The compiled MDX of each section, for the paper page to render. Vite compiles the files (with
 * the remark plugin, which reads the section's model from the content layer); the glob must be a
 * literal, so it names content/paper/ again: CONTENT_PATHS.paper is the same folder.
 */
import type { MDXInstance } from 'astro';
import type { Section } from '../lib/edition/build.ts';

const modules = import.meta.glob<MDXInstance<Record<string, never>>>('/content/paper/*.mdx', {
  eager: true,
});

/** The rendering component of a section's MDX file. */
export function sectionComponent(section: Section): MDXInstance<Record<string, never>>['Content'] {
  const module = modules[`/${section.file}`];
  if (!module)
    throw new Error(`${section.file} is not among the compiled sections of content/paper/.`);
  return module.Content;
}
