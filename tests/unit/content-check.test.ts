/**
 * The content check as Astro runs it, on a paper with a mistake (tests/fixtures/bad-paper): the
 * build gets an error whose whole message is our list, and the dev server answers each page with
 * the list (terminal once, page, error overlay) instead of rendering it. The hooks are called
 * directly with stand-ins for Astro's logger and Vite's server: no dev server is started.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import contentCheck from '../../src/integrations/content-check.ts';
import { ContentErrors } from '../../src/lib/content/content-error.ts';

const LIST =
  /^1 content problem:\ntests\/fixtures\/bad-paper\/only\.mdx:6 Note reference \[\^1\] has no definition in this file\.\n {2}Fix: /;

afterEach(() => vi.unstubAllEnvs());

/** Astro's and Vite's parts the hooks use, recording what they are given. */
function standIns() {
  const logged: string[] = [];
  const sent: { type: string; err: { message: string; stack: string } }[] = [];
  const middlewares: ((req: object, res: object, next: () => void) => void)[] = [];
  const connections: (() => void)[] = [];
  const logger = { error: (m: string) => logged.push(m) };
  const server = {
    middlewares: { use: (m: (typeof middlewares)[number]) => middlewares.push(m) },
    ws: {
      on: (_: 'connection', listener: () => void) => connections.push(listener),
      send: (payload: (typeof sent)[number]) => sent.push(payload),
    },
  };
  return { logged, sent, middlewares, connections, logger, server };
}

/** Runs the hooks as `astro dev` does; returns the stand-ins. */
function dev(base = '/') {
  // As under `astro dev`, which sets it before loading the config: the content is re-checked.
  vi.stubEnv('NODE_ENV', 'development');
  const hooks = contentCheck().hooks as Record<string, (options: unknown) => void>;
  const parts = standIns();
  hooks['astro:config:setup']?.({ command: 'dev', config: { base }, logger: parts.logger });
  hooks['astro:server:setup']?.({ server: parts.server, logger: parts.logger });
  return parts;
}

type Answer = { status?: number; body?: string } | 'next';

/** One request through the middleware: the response written, or 'next'. */
function request(
  middleware: (req: object, res: object, next: () => void) => void,
  url: string,
): Answer {
  let answer: Answer = {};
  const res = {
    writeHead: (status: number) => (answer = { status }),
    end: (body: string) => answer !== 'next' && (answer.body = body),
  };
  middleware({ url }, res, () => (answer = 'next'));
  return answer as Answer;
}

describe('astro build', () => {
  it('throws the list as the whole message, without a stack', () => {
    vi.stubEnv('EDITION_PAPER_DIR', 'tests/fixtures/bad-paper');
    const hooks = contentCheck().hooks as Record<string, (options: unknown) => void>;
    const { logger } = standIns();
    let thrown: unknown;
    try {
      hooks['astro:config:setup']?.({ command: 'build', config: { base: '/' }, logger });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentErrors);
    expect((thrown as Error).message).toMatch(LIST);
    expect((thrown as Error).stack).toBe('');
  });
});

describe('astro dev', () => {
  it('prints the list once, and answers a page with it instead of rendering', () => {
    vi.stubEnv('EDITION_PAPER_DIR', 'tests/fixtures/bad-paper');
    const { logged, middlewares, sent, connections } = dev('/edition/');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(LIST);
    const [middleware] = middlewares;
    if (!middleware) throw new Error('no middleware');
    const page = request(middleware, '/edition/paper/');
    expect(page).toMatchObject({ status: 500 });
    const body = page === 'next' ? '' : (page.body ?? '');
    expect(body).toContain('<script type="module" src="/edition/@vite/client"></script>');
    expect(body).toContain('only.mdx:6 Note reference [^1] has no definition');
    expect(body).toContain('Add the note&#39;s text');
    // Vite's own files still load, so that the page gets its error overlay.
    expect(request(middleware, '/edition/@vite/client')).toBe('next');
    expect(logged).toHaveLength(1);
    for (const connected of connections) connected();
    expect(sent).toEqual([{ type: 'error', err: { message: logged[0], stack: '' } }]);
  });

  it('renders pages as usual when the content is sound', () => {
    const { logged, middlewares, sent, connections } = dev();
    const [middleware] = middlewares;
    if (!middleware) throw new Error('no middleware');
    expect(request(middleware, '/paper/')).toBe('next');
    for (const connected of connections) connected();
    expect({ logged, sent }).toEqual({ logged: [], sent: [] });
  });
});
