/**
 * A strict Content Security Policy and the other security headers, computed from the built site:
 *
 * - hashes (sha256) every inline script that runs (`<script>` without `src`; JSON-LD and other
 *   data blocks are not scripts and need none) and every inline `<style>`, as written in dist's
 *   HTML. Scripts inject no CSS: code loaded on demand links its stylesheet as a file
 *   (src/scripts/stylesheet.ts), which `style-src 'self'` admits;
 * - writes dist/_headers (read by Netlify and Cloudflare Pages, and by `npm start`): the policy
 *   and the other headers for every path, and `Content-Type` with charset for text and data;
 * - puts the policy, less `frame-ancestors` (ignored in a meta element) and with only the hashes
 *   of that page's own inline code, in a
 *   `<meta http-equiv="Content-Security-Policy">` at the top of every page's <head> (just after
 *   `<meta charset>`, which must come first), for hosts that send no headers (GitHub Pages).
 *
 * Inline event handlers, `style` attributes and `javascript:` URLs would need 'unsafe-hashes' or
 * 'unsafe-inline': the build fails on them instead. It must be the last integration, so that it
 * sees every file the others write in `astro:build:done`.
 *
 * Why not Astro's own `security.csp` (Astro 7.3.5), measured on /paper/: it puts in every page the
 * hashes of every inline script and of every client JS and CSS file of the whole site (13 script
 * and 7 style hashes, where /paper/ runs 5 scripts and has no <style>), +716 B gzip on the page;
 * it writes its meta at the end of <head>, after the reader settings' prepaint script, which it
 * does not hash (nor any `is:inline` script); and it writes no `_headers` for a static build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeaders, type HeaderRule } from '../hosting/headers.ts';
import { lineAt } from '../lib/content/source-text.ts';
import { mediaTypeOf, TYPED_BY_HEADERS } from '../lib/site/media-types.ts';

/** Features the edition never uses, all turned off; it copies citations, so clipboard-write stays. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'clipboard-read=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'gamepad=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'local-fonts=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-create=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** A CSP hash source for a text, as the browser computes it over the element's text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script types a browser runs (a missing type is JavaScript); anything else is a data block. */
const RUNS = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script)$/i;

/** Markup no hash can admit, with the line of the built file where it stands. */
interface Forbidden {
  line: number;
  markup: string;
}

/** The inline code of a page: scripts that run, style elements, and what no hash can admit. */
function inlineCode(html: string): {
  scripts: string[];
  styles: string[];
  forbidden: Forbidden[];
} {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi,
  )) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (RUNS.test(type.trim())) scripts.push(body);
  }
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    styles.push(body);
  }
  // Scripts and styles blanked out, their newlines kept, so that offsets give the file's lines.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, (code) =>
    code.replace(/[^\n]/g, ' '),
  );
  const forbidden = [
    ...markup.matchAll(/<[a-z][^>]*?\s(on[a-z]+|style)\s*=|\shref\s*=\s*["']?\s*javascript:/gi),
  ].map((m) => ({ line: lineAt(html, m.index), markup: m[0].trim().slice(0, 80) }));
  return { scripts, styles, forbidden };
}

/**
 * The build's answer to markup the policy would block, in the project's form (file:line, what is
 * wrong, a Fix), without a stack trace. Content cannot put such markup in a page (its fields are
 * plain text, its links checked: src/lib/content/), so the fix is for the code that wrote it.
 */
function policyError(forbidden: readonly (Forbidden & { file: string })[]): Error {
  const count = `${forbidden.length} place${forbidden.length === 1 ? '' : 's'}`;
  const list = forbidden.map(
    (f) =>
      `${f.file}:${f.line} ${f.markup}: an inline event handler, style attribute or javascript: URL, which the Content Security Policy blocks.`,
  );
  const error = new Error(
    `${count} in the built pages would break the Content Security Policy:\n${list.join('\n')}\n  Fix: In the component or layout that writes this markup (src/components/, src/pages/), use a class and a stylesheet, or addEventListener in a script.`,
  );
  // Astro prints a hook's error with its stack: the message says all there is.
  error.stack = '';
  return error;
}

/** The policy; `meta` leaves out frame-ancestors, which a meta element may not carry. */
function contentSecurityPolicy(
  scriptHashes: readonly string[],
  styleHashes: readonly string[],
  { meta = false } = {},
): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(' '),
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** The Astro integration. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'edition-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Each page read once, with its own hashes (sorted, without repeats) for its meta policy:
        // the page carries only what it runs.
        const pages = files(root)
          .filter((f) => f.endsWith('.html'))
          .map((file) => {
            const html = readFileSync(file, 'utf8');
            const code = inlineCode(html);
            const hashes = (texts: string[]) => [...new Set(texts.map(hashSource))].sort();
            return { file, html, code, scripts: hashes(code.scripts), styles: hashes(code.styles) };
          });
        const forbidden = pages.flatMap(({ file, code }) =>
          code.forbidden.map((f) => ({ file: path.relative(root, file), ...f })),
        );
        if (forbidden.length > 0) throw policyError(forbidden);
        // Sorted, so that two builds of the same site write the same bytes.
        const scriptHashes = [...new Set(pages.flatMap((p) => p.scripts))].sort();
        const styleHashes = [...new Set(pages.flatMap((p) => p.styles))].sort();
        const policy = contentSecurityPolicy(scriptHashes, styleHashes);
        const rules: HeaderRule[] = [
          {
            pattern: '/*',
            headers: [
              ['Content-Security-Policy', policy],
              ['Referrer-Policy', 'strict-origin-when-cross-origin'],
              ['X-Content-Type-Options', 'nosniff'],
              ['Permissions-Policy', PERMISSIONS_POLICY],
            ],
          },
          ...TYPED_BY_HEADERS.map((ext) => ({
            pattern: `/*${ext}`,
            headers: [['Content-Type', mediaTypeOf(ext)]] as [string, string][],
          })),
        ];
        writeFileSync(
          path.join(root, '_headers'),
          formatHeaders(
            rules,
            'Response headers for Netlify, Cloudflare Pages and `npm start`.\nWritten by src/integrations/security-headers.ts at build time: do not edit.',
          ),
        );
        for (const page of pages) {
          const pagePolicy = contentSecurityPolicy(page.scripts, page.styles, { meta: true });
          const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy}">`;
          // First in <head>, before anything it governs; but after <meta charset>, which must stay
          // within the first 1024 bytes and loads nothing.
          const withMeta = page.html.replace(
            /<head(\s[^>]*)?>(<meta charset=[^>]*>)?/i,
            (head) => `${head}${meta}`,
          );
          if (withMeta === page.html) {
            throw new Error(`${path.relative(root, page.file)} has no <head>`);
          }
          writeFileSync(page.file, withMeta);
        }
        logger.info(
          `Content Security Policy: ${scriptHashes.length} inline script(s) and ${styleHashes.length} style(s) hashed; _headers written, ${pages.length} pages given the meta policy.`,
        );
      },
    },
  };
}
