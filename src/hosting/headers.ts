/**
 * The `_headers` file that Netlify and Cloudflare Pages read: blocks of a URL pattern on its own
 * line followed by indented `Name: value` lines; `#` starts a comment. Written at build time by
 * src/integrations/security-headers.ts and read by `npm start`'s server and the tests, so that
 * what we test locally is what those hosts send.
 */

/** One block: a URL pattern and the headers sent for every path it matches. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses a `_headers` file; an indented line outside a block is an error, not silently lost. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (!rule || !match?.[1])
      throw new Error(`_headers:${i + 1}: expected "Name: value" in a block`);
    rule.headers.push([match[1], match[2]?.trim() ?? '']);
  });
  return rules;
}

/** Writes rules in the `_headers` format, after a comment. */
export function formatHeaders(rules: readonly HeaderRule[], comment: string): string {
  const blocks = rules.map(
    (r) => `${r.pattern}\n${r.headers.map(([n, v]) => `  ${n}: ${v}`).join('\n')}\n`,
  );
  return `${comment.replace(/^/gm, '# ')}\n\n${blocks.join('\n')}`;
}

/**
 * Whether a URL path matches a pattern as Cloudflare Pages matches it: `*` (a splat) matches any
 * characters, slashes included; `:name` matches one path segment; everything else is literal.
 */
export function matchesPattern(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`).test(urlPath);
}

/**
 * The headers for a URL path: those of every matching block, in file order. A name set by two
 * blocks gets both values joined by a comma, as both hosts do; so no two blocks should set the
 * same name for one path.
 */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = out.get(key);
      out.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return out;
}
