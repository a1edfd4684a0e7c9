/**
 * Where the content lives and how a file of it is read. Paths are resolved from the project root,
 * never from the working directory, so that a build started elsewhere (`astro build --root …`)
 * reads the same files. astro.config.mjs and vitest.config.ts set EDITION_ROOT to their folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../lib/content/content-error.ts';
import { decodeUtf8 } from '../lib/content/source-text.ts';

/** The project root: the folder of astro.config.mjs. */
export function projectRoot(): string {
  return process.env['EDITION_ROOT'] ?? process.cwd();
}

/** Every content file and folder, relative to the project root. */
export const CONTENT_PATHS = {
  /** One MDX file per section; tests point EDITION_PAPER_DIR at a fixture. */
  paper: () => process.env['EDITION_PAPER_DIR'] ?? 'content/paper',
  glossary: () => 'content/glossary',
  cases: () => 'content/cases',
  works: () => 'content/bibliography/works.json',
  paperFacts: () => 'content/bibliography/paper-facts.json',
  indexTerms: () => 'content/index-terms.yaml',
  /** The editor's layer (issue 21): notes on what became of what the paper discusses, and their works. */
  commentaryNotes: () => 'content/commentary/notes',
  commentaryWorks: () => 'content/commentary/works.json',
  /** The reader's guide to the argument. */
  guide: () => 'content/guide.yaml',
  styles: () => 'content/csl',
  witness: () => 'content/witness/paper.txt',
  /** The witness's SHA-256, as `sha256sum` writes it: a change to the witness is made on purpose. */
  witnessChecksum: () => 'content/witness/paper.txt.sha256',
} as const;

/** A content file as read: its path relative to the root (forward slashes) and its text. */
export interface ContentFile {
  file: string;
  text: string;
}

/** The relative path of a file as messages print it. */
function relative(root: string, full: string): string {
  return path.relative(root, full).split(path.sep).join('/');
}

/** Reads one file as strict UTF-8; a missing file is a content mistake like any other. */
export function readContentFile(root: string, file: string): ContentFile {
  const full = path.resolve(root, file);
  if (!existsSync(full)) {
    throw new ContentError(
      relative(root, full),
      1,
      'The file is missing.',
      'Restore it (git checkout -- <file>) or create it; the edition cannot be built without it.',
    );
  }
  return { file: relative(root, full), text: decodeUtf8(readFileSync(full), relative(root, full)) };
}

/** The files of a folder with one extension, A–Z, as paths relative to the root. */
export function listContentFiles(root: string, dir: string, extension: string): string[] {
  const full = path.resolve(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => relative(root, path.join(full, name)));
}

/**
 * Whether content may change while the process runs: under `astro dev`, as an editor works.
 * NODE_ENV, because Astro sets it ("development" for dev, "production" for build) before loading
 * the config, and both the Node-loaded config and the Vite-loaded pages read the same process.env.
 */
export function watchingContent(): boolean {
  return process.env['NODE_ENV'] === 'development';
}

/**
 * A fingerprint of every content file (path, size, modification time): under `astro dev` the
 * cached content is read again only when it changes.
 */
export function contentStamp(root: string): string {
  const parts: string[] = [root];
  const walk = (dir: string) => {
    const full = path.resolve(root, dir);
    if (!existsSync(full)) return;
    for (const name of readdirSync(full).sort()) {
      const child = path.join(full, name);
      const stat = statSync(child);
      if (stat.isDirectory()) walk(path.join(dir, name));
      else parts.push(`${relative(root, child)}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  walk('content');
  if (!CONTENT_PATHS.paper().startsWith('content/')) walk(CONTENT_PATHS.paper());
  return parts.join('\n');
}

/**
 * The date of the content (ISO, "2026-11-30"): SOURCE_DATE_EPOCH when set, else the date of the
 * last commit that touched content/. Citations use it as the edition's version and access date,
 * so that two builds of the same content are identical whatever day they run.
 */
export function contentDate(root: string): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch))
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  } catch {
    // Not a git checkout (an unpacked archive): fall back to the day of the build.
  }
  return new Date().toISOString().slice(0, 10);
}
