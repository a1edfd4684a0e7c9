import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The content layer resolves content/ from the project root, as under astro.config.mjs.
const root = fileURLToPath(new URL('.', import.meta.url));
process.env['EDITION_ROOT'] ??= root;

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic and the content layer on fixtures: no build, no browser. `npm run test:unit`.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
          // citeproc builds its engine on the first citation: seconds on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        // Checks over the built site in dist/ (npm test builds it first) and the real build command.
        test: {
          name: 'build',
          // Projects run one after the other: a browser test must not share two cores with a build.
          sequence: { groupOrder: 1 },
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Headless Chromium against dist/ served on loopback: one browser at a time.
        test: {
          name: 'browser',
          sequence: { groupOrder: 2 },
          include: ['tests/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
