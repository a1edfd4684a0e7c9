// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import contentCheck from './src/integrations/content-check.ts';
import lazyCode from './src/integrations/lazy-code.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { normaliseBase } from './src/lib/site/routes.ts';

// The content layer resolves content/ from here, whatever the working directory of the build.
process.env.EDITION_ROOT ??= fileURLToPath(new URL('.', import.meta.url));
// Astro writes its temporary prerender bundle under the working directory (getOutDirWithinCwd),
// where packages cannot be resolved when a build is started elsewhere: work from the root.
process.chdir(process.env.EDITION_ROOT);
// Where the site lives under its host: `/` by default, `/edition/` for a project site such as
// https://user.github.io/edition/. Always with a slash at each end (src/lib/site/routes.ts relies on it).
const base = normaliseBase(process.env.BASE_PATH ?? '/');

export default defineConfig({
  // The public address, used in canonical links, permalinks and citations: set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://ikenberry-tsuchiyama.example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // The paper renders from the edition model (src/lib/edition/render.ts), not through this
    // processor; should Astro ever compile the MDX, it reads it as the model does: GFM through
    // remark, and SmartyPants off, so that the authors' straight quotes and double hyphens stay.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }),
  },
  // securityHeaders last: it hashes the inline code of the files the others write.
  integrations: [contentCheck(), mdx(), pagefind(), securityHeaders()],
  vite: {
    plugins: [lazyCode()],
    build: {
      rolldownOptions: {
        // Astro's own "use astro:head-inject" directive in compiled MDX warns once per section: noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
