/**
 * Fails the build when content is broken: a schema violation, an unknown concept, case or work
 * id, a paper definition not found in the paper, an entry no passage mentions, a work no note
 * cites. Each problem names the file, the line and the fix. In dev the problems are logged.
 */
import type { AstroIntegration } from 'astro';
import { loadContent } from '../lib/crossrefs.ts';

/** The Astro integration. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'edition-content-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        loadContent();
        logger.info('Content and cross-references checked.');
      },
      'astro:server:setup': ({ logger }) => {
        try {
          loadContent();
        } catch (error) {
          logger.error((error as Error).message);
        }
      },
    },
  };
}
