/**
 * The CSP check's own answer, with the hook called as Astro calls it on a built folder: markup the
 * policy would block stops the build in the project's form (file:line, what, Fix), no stack trace.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import securityHeaders from '../../src/integrations/security-headers.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A built folder with these pages; returns what the hook throws, or undefined. */
function buildDone(pages: Record<string, string>): Error | undefined {
  const root = mkdtempSync(path.join(tmpdir(), 'edition-csp-'));
  roots.push(root);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), html);
  }
  const hook = securityHeaders().hooks['astro:build:done'] as (options: unknown) => void;
  try {
    hook({ dir: pathToFileURL(`${root}/`), logger: { info: () => undefined } });
  } catch (error) {
    return error as Error;
  }
  expect(readFileSync(path.join(root, '_headers'), 'utf8')).toContain('Content-Security-Policy');
  return undefined;
}

const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head>\n<body>\n${body}\n</body></html>\n`;

it('passes a page whose scripts are hashed and whose markup has no inline handler', () => {
  expect(buildDone({ 'index.html': page('<p>Text</p><script>1</script>') })).toBeUndefined();
});

it('refuses an onerror= with the built file, its line and a Fix, and no stack trace', () => {
  const error = buildDone({
    'index.html': page('<p>Text</p>'),
    'sources/joffe-1997/index.html': page('<p>A</p>\n<img src=x onerror=alert(1)>'),
  });
  expect(error?.message).toBe(
    [
      '1 place in the built pages would break the Content Security Policy:',
      'sources/joffe-1997/index.html:4 <img src=x onerror=: an inline event handler, style attribute or javascript: URL, which the Content Security Policy blocks.',
      '  Fix: In the component or layout that writes this markup (src/components/, src/pages/), use a class and a stylesheet, or addEventListener in a script.',
    ].join('\n'),
  );
  expect(error?.stack).toBe('');
});

it('finds a javascript: link and a style attribute too, each at its line, but not inside a script', () => {
  const error = buildDone({
    'a.html': page(
      '<script>\nconst s = "<b onclick=x>";\n</script>\n<a href="javascript:alert(1)">x</a>',
    ),
    'b.html': page('<p style="color:red">x</p>'),
  });
  expect(error?.message.split('\n').slice(1, 3)).toEqual([
    expect.stringMatching(/^a\.html:6 href="javascript:: /),
    expect.stringMatching(/^b\.html:3 <p style=: /),
  ]);
});
