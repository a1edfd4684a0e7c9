/**
 * EPUB helpers for the tests: page starts placed in an edition (the model's `PageBreakPhrase`,
 * which the page reconstruction fills in), and the two validators the EPUB community trusts,
 * EPUBCheck (Debian's `epubcheck`, on Java) and Ace by DAISY (`@daisy/ace-cli`, on Debian's
 * Chromium; Puppeteer never downloads a browser: .puppeteerrc.cjs). Neither ever skips.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Edition, Phrase } from '../../src/lib/edition/model.ts';
import { CHROMIUM } from './browser.ts';

/** The edition with a page start placed before the first word of each named paragraph. */
export function withPageBreaks(edition: Edition, breaks: Record<string, number>): Edition {
  const place = <T extends { id: string; content: Phrase[] }>(p: T): T => {
    const n = breaks[p.id];
    if (n === undefined) return p;
    return { ...p, content: [{ type: 'pageBreak', n, certainty: 'high' }, ...p.content] };
  };
  const sections = edition.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map(place) }));
  return { ...edition, sections, paragraphs: sections.flatMap((s) => s.paragraphs) };
}

/** Where Debian's epubcheck package puts the jar (its /usr/bin wrapper fails on this machine). */
export const EPUBCHECK_JAR = process.env['EPUBCHECK_JAR'] ?? '/usr/share/java/epubcheck.jar';

/** EPUBCheck's verdict on a file: its counts and its messages, one line each. */
export interface EpubcheckResult {
  fatal: number;
  errors: number;
  warnings: number;
  messages: string[];
}

interface EpubcheckJson {
  checker: { nFatal: number; nError: number; nWarning: number };
  messages: { ID: string; severity: string; message: string; locations: { path: string }[] }[];
}

/** Runs EPUBCheck on an EPUB. */
export function epubcheck(file: string): EpubcheckResult {
  if (!existsSync(EPUBCHECK_JAR))
    throw new Error(
      `No EPUBCheck at ${EPUBCHECK_JAR}: install Debian's package (apt-get install epubcheck; .ci/run does).`,
    );
  const json = path.join(mkdtempSync(path.join(tmpdir(), 'epubcheck-')), 'report.json');
  const run = spawnSync('java', ['-jar', EPUBCHECK_JAR, file, '--json', json], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.error || !existsSync(json))
    throw new Error(`EPUBCheck did not run (${run.error?.message ?? run.stderr}).`);
  const report = JSON.parse(readFileSync(json, 'utf8')) as EpubcheckJson;
  return {
    fatal: report.checker.nFatal,
    errors: report.checker.nError,
    warnings: report.checker.nWarning,
    messages: report.messages.map(
      (m) => `${m.severity} ${m.ID} ${m.locations[0]?.path ?? ''}: ${m.message}`,
    ),
  };
}

/** Ace's verdict: each violation as "file rule (impact): description". */
export interface AceResult {
  outcome: string;
  violations: string[];
}

interface AceReport {
  'earl:result': { 'earl:outcome': string };
  assertions: {
    'earl:testSubject': { url: string };
    assertions: {
      'earl:test': { 'dct:title': string; 'earl:impact': string };
      'earl:result': { 'earl:outcome': string; 'dct:description': string };
    }[];
  }[];
}

/** The Ace command of node_modules. */
const ACE = path.resolve('node_modules/.bin/ace-cli');

/** Runs Ace by DAISY on an EPUB, in Debian's Chromium. */
export function ace(file: string): AceResult {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium).`,
    );
  if (!existsSync(ACE))
    throw new Error('No Ace: run `npm ci` (@daisy/ace-cli is a devDependency).');
  const out = mkdtempSync(path.join(tmpdir(), 'ace-'));
  const run = spawnSync(ACE, ['--force', '--silent', '--outdir', out, file], {
    encoding: 'utf8',
    timeout: 170_000,
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: CHROMIUM, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  const reportFile = path.join(out, 'report.json');
  if (run.error || !existsSync(reportFile))
    throw new Error(`Ace did not run (${run.error?.message ?? ''} ${run.stdout} ${run.stderr}).`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as AceReport;
  return {
    outcome: report['earl:result']['earl:outcome'],
    violations: report.assertions.flatMap((doc) =>
      doc.assertions
        .filter((a) => a['earl:result']['earl:outcome'] === 'fail')
        .map(
          (a) =>
            `${doc['earl:testSubject'].url} ${a['earl:test']['dct:title']} (${a['earl:test']['earl:impact']}): ${a['earl:result']['dct:description']}`,
        ),
    ),
  };
}
