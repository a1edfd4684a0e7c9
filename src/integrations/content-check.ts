/**
 * Checks all content before Astro does anything else, and answers every mistake with the project's
 * own list of problems (file:line, what is wrong, Fix:), never a stack trace.
 *
 * - `astro build`: `astro:config:setup` is the first hook, before Astro syncs content or writes to
 *   dist/. The hook throws the list as the error's whole message (Astro prints a thrown error's
 *   message and its stack; the stack is emptied), and `npm run build` (src/hosting/build.ts)
 *   drops the one line Astro adds in front of it.
 * - `astro dev`: the server stays up. While the content has problems, every page request is
 *   answered with the list (in the terminal, in the page and in Vite's error overlay) instead of
 *   being rendered, so that no page fails half-way with a stack trace and a code frame in a file
 *   the editor never touched. Once the files are fixed, a reload renders the site again.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../content-layer/index.ts';
import { ContentErrors, formatProblems } from '../lib/content/content-error.ts';
import { escapeHtml } from '../lib/text/html.ts';

/** Requests for Vite's own modules and files, which a page with problems still needs. */
const VITE_PATHS = /^(?:@|node_modules\/|src\/|__)/;

/** The Astro integration. */
export default function contentCheck(): AstroIntegration {
  let base = '/';
  /** The list last printed in the terminal, so that each request does not print it again. */
  let reported = '';
  return {
    name: 'edition-content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const problems = checkContent();
        if (problems.length === 0) return;
        if (command !== 'build') {
          logger.error((reported = formatProblems(problems)));
          return;
        }
        const error = new ContentErrors(problems);
        error.stack = '';
        throw error;
      },
      'astro:server:setup': ({ server, logger }) => {
        const current = (): string | undefined => {
          const problems = checkContent();
          if (problems.length === 0) {
            reported = '';
            return undefined;
          }
          const list = formatProblems(problems);
          if (list !== reported) {
            reported = list;
            logger.error(list);
          }
          return list;
        };
        const overlay = (list: string) => {
          server.ws.send({ type: 'error', err: { message: list, stack: '' } });
        };
        // A page opened while the content is broken connects after its response: show it the list.
        server.ws.on('connection', () => {
          const list = current();
          if (list) overlay(list);
        });
        server.middlewares.use((req, res, next) => {
          const url = req.url ?? '/';
          const local = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
          const list = VITE_PATHS.test(local) ? undefined : current();
          if (!list) return next();
          res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
          res.end(
            `<!doctype html><meta charset="utf-8"><title>Content problems</title>` +
              `<script type="module" src="${base}@vite/client"></script>` +
              `<pre>${escapeHtml(list)}</pre>`,
          );
        });
      },
    },
  };
}
