/**
 * Global setup of the browser tests: one Chromium and one static server over dist/ (and one as a
 * host serves it, with its headers) for every browser test file. Each file connects to the
 * browser and opens its own contexts (tests/helpers/session.ts); nothing is started per file.
 */
import type { TestProject } from 'vitest/node';
import { launchServer } from '../helpers/browser.ts';
import { serveDist } from '../helpers/site.ts';
import refuseStaleBuild from './fresh-dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files connect to the shared Chromium (playwright's `chromium.connect`). */
    browserWsEndpoint: string;
    /** Origin of dist/ served as files, e.g. http://127.0.0.1:40123. */
    distOrigin: string;
    /** Origin of dist/ served by `npm start`'s server: its _headers (the CSP) and 404.html. */
    hostOrigin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  refuseStaleBuild();
  const dist = await serveDist();
  const host = await serveDist({ asHost: true });
  const browser = await launchServer();
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  project.provide('distOrigin', dist.origin);
  project.provide('hostOrigin', host.origin);
  return async () => {
    await browser.close();
    dist.server.close();
    host.server.close();
  };
}
