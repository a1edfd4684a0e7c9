import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The content layer resolves content/ from the project root, as under astro.config.mjs.
const root = fileURLToPath(new URL('.', import.meta.url));
process.env['EDITION_ROOT'] ??= root;

export default defineConfig({
  test: {
    // One line per test as it finishes: a slow browser file never leaves a minute of silence.
    reporters: ['verbose'],
    // Two files at a time, on this 2-core machine as on CI's (Vitest would take cores − 1).
    maxWorkers: 2,
    projects: [
      {
        // Pure logic, and the content layer on fixtures and on content/: no build, no browser.
        // `npm run test:unit`.
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
          // Projects run one after the other: a browser test never shares the cores with a build.
          sequence: { groupOrder: 1 },
          include: ['tests/build/**/*.test.ts'],
          // Refuses a dist/ older than the sources.
          globalSetup: ['tests/setup/fresh-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Headless Chromium against dist/ served on loopback: one browser, two files at a time,
        // each in contexts of its own.
        test: {
          name: 'browser',
          sequence: { groupOrder: 2 },
          include: ['tests/browser/**/*.test.ts'],
          // One Chromium and one server over dist/ for every file, after the check of dist/.
          globalSetup: ['tests/setup/browser.ts'],
          // expect.poll waits for a state: up to 15 s (not 1 s), as Playwright's own waits do,
          // so that two files at a time on a busy machine do not fail a check that would pass.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
