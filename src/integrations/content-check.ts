/**
 * Checks all content before Astro does anything else. `astro:config:setup` is the first hook of a
 * build, before Astro syncs content or writes to dist/; a mistake there stops the build with the
 * project's own list of problems (file:line, what is wrong, Fix:) and exit code 1, without a
 * stack trace or Astro's hook wrapper. Under `astro dev` the problems are logged and the server
 * stays up, so that an editor can fix them and reload.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../content-layer/index.ts';
import { formatProblems } from '../lib/content/content-error.ts';

/** The Astro integration. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'edition-content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems = checkContent();
        if (problems.length === 0) return;
        if (command === 'build') {
          process.stderr.write(
            `\n${formatProblems(problems)}\n\nThe build stopped: nothing was written.\n`,
          );
          process.exit(1);
        }
        logger.error(formatProblems(problems));
      },
    },
  };
}
