/**
 * Scripts that a page loads only when a reader needs them (search, previews), bundled by esbuild
 * to stable addresses (`/search-ui.js`, `/previews.js`). A page imports them by address, so its
 * own on-load script carries no bundler loader code: the reading page stays within its budget.
 * `astro dev` serves them from memory; `astro build` writes them next to the pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';

/** Address on the site → source file under src/scripts/. */
export const LAZY_SCRIPTS: Record<string, string> = {
  '/search-ui.js': 'search-ui.ts',
  '/previews.js': 'previews.ts',
  '/annotations.js': 'annotations/main.ts',
};

/** Resolves `x.css?inline` as Vite does: the file's text as a string. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: path.join(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/** Bundles one lazy script and returns its code. */
async function bundle(source: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../scripts/${source}`, import.meta.url))],
    plugins: [inlineCss],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The Astro integration. */
export default function lazyScripts(): AstroIntegration {
  return {
    name: 'edition-lazy-scripts',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const source = LAZY_SCRIPTS[req.url?.split('?')[0] ?? ''];
          if (!source) return next();
          bundle(source).then(
            (code) => res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(code),
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const [address, source] of Object.entries(LAZY_SCRIPTS)) {
          writeFileSync(path.join(fileURLToPath(dir), address), await bundle(source));
        }
        logger.info(`Bundled ${Object.keys(LAZY_SCRIPTS).join(', ')}.`);
      },
    },
  };
}
