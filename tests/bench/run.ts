/**
 * `npm run bench`: prints the measured figures of the built site. Budgets live here and in the
 * tests that check bytes, never in timed tests.
 * - Page weight on load: what headless Chromium fetches from the navigation until the network is
 *   idle (tests/helpers/budget.ts), gzip -9, by kind, against 1.5 × the gzip size of /paper.txt.
 * - Search: compressed bytes loaded by the first query, the longest main-thread task while it
 *   runs (Pagefind runs in the page, not in a worker), and the median time from a keystroke to
 *   results on screen over 20 queries, in headless Chromium on this machine.
 */
import { readFileSync } from 'node:fs';
import { formatWeight, gzipSize, loadWeight } from '../helpers/budget.ts';
import { launch } from '../helpers/browser.ts';
import { requireBuild, resolveInDist, serveDist } from '../helpers/site.ts';

requireBuild();
const QUERIES = [
  'collective security',
  'balance of power',
  'Washington treaty',
  'Cronin',
  'keiretsu',
  'soft power',
  'Opium War',
  'binding',
  'concert',
  'Higuchi',
  'ASEAN Regional Forum',
  'Nakane',
  'hegemony',
  'security dilemma',
  'Triple Intervention',
  'Foreign Affairs',
  'internet',
  'Wilson',
  'tribute system',
  'East Timor',
];

const { server, origin } = await serveDist();
const browser = await launch();
try {
  const text = gzipSize(readFileSync('dist/paper.txt'));
  console.log('Page weight on load, as Chromium fetches it until network idle (gzip -9), bytes');
  for (const path of ['/', '/paper/', '/about/', '/sources/cronin-1999/', '/concepts/binding/']) {
    const w = await loadWeight(browser, origin, path);
    console.log(`  ${path.padEnd(22)} ${formatWeight(w)}`);
    if (path === '/paper/') {
      if (process.env['BENCH_VERBOSE'])
        for (const f of w.files) console.log(`    ${f.kind.padEnd(5)} ${f.bytes} ${f.path}`);
      console.log(
        `  /paper.txt gzip: ${text} bytes; /paper/ total ${w.total} = ${(w.total / text).toFixed(3)} × (budget 1.5 ×)`,
      );
    }
  }

  const page = await browser.newPage();
  await page.goto(`${origin}/paper/`);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) w.longest = Math.max(w.longest, task.duration);
    }).observe({ type: 'longtask' });
  });
  const fetched = new Set<string>();
  page.on('request', (r) => {
    if (r.url().startsWith(origin)) fetched.add(new URL(r.url()).pathname);
  });
  await page.keyboard.press('/');
  await page.keyboard.type(QUERIES[0] ?? '');
  await page.locator('.search-option').first().waitFor();
  await page.waitForLoadState('networkidle');
  const bytes = [...fetched].reduce((sum, p) => {
    const file = resolveInDist(p);
    return sum + (file ? gzipSize(readFileSync(file)) : 0);
  }, 0);
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  console.log(
    `Search, first query: ${fetched.size} files, ${(bytes / 1024).toFixed(1)} KB compressed (target ≤ 150 KB); longest main-thread task ${longest ? `${longest.toFixed(0)} ms` : 'none over 50 ms'}`,
  );
  if (process.env['BENCH_VERBOSE'])
    for (const p of fetched)
      console.log(`  ${p} ${gzipSize(readFileSync(resolveInDist(p) ?? ''))}`);

  // Each query: its last keystroke, timed in the page from the input event it fires to the
  // first frame painted after the results are in the list.
  const times: number[] = [];
  for (const query of QUERIES) {
    const ms = await page.evaluate(async (q) => {
      const input = document.querySelector<HTMLInputElement>('dialog.search-dialog input');
      if (!input) throw new Error('no search dialog');
      const rendered = () =>
        new Promise((resolve) =>
          document.addEventListener('search:rendered', resolve, { once: true }),
        );
      let done = rendered();
      input.value = q.slice(0, -1);
      input.dispatchEvent(new InputEvent('input', { data: q.slice(-2, -1) }));
      await done;
      await new Promise((resolve) => setTimeout(resolve, 100));
      done = rendered();
      const start = performance.now();
      input.value = q;
      input.dispatchEvent(new InputEvent('input', { data: q.slice(-1) }));
      await done;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    }, query);
    times.push(ms);
    if (process.env['BENCH_VERBOSE']) console.log(`  ${query}: ${ms.toFixed(1)} ms`);
  }
  times.sort((a, b) => a - b);
  const median = ((times[9] ?? 0) + (times[10] ?? 0)) / 2;
  console.log(
    `Search, keystroke to results on screen over ${times.length} queries: median ${median.toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms (target ≤ 50 ms)`,
  );

  // The reader's annotations: with 200 stored, the first screen of text paints without them.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const setup = await context.newPage();
  await setup.goto(`${origin}/paper/`);
  await setup.locator('#my-notes').click();
  await setup.locator('#an-import').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(twoHundredAnnotations())),
  });
  await setup.waitForFunction(() => document.querySelectorAll('mark[data-an]').length >= 150);
  const marks = await setup.evaluate(() => document.querySelectorAll('mark[data-an]').length);
  await context.addInitScript((n) => {
    const tick = () => {
      if (document.querySelectorAll('mark[data-an]').length >= n)
        (window as unknown as { marked: number }).marked = performance.now();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, marks);
  const reader = await context.newPage();
  await reader.goto(`${origin}/paper/`);
  await reader.waitForFunction(() => (window as unknown as { marked?: number }).marked);
  const [paint, marked] = await reader.evaluate(() => [
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    (window as unknown as { marked: number }).marked,
  ]);
  console.log(
    `Annotations, 200 stored: first text painted at ${paint.toFixed(0)} ms, all ${marks} marks drawn by ${marked.toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  server.close();
}

/** 200 highlights in W3C form, a few per paragraph of the paper, as an import file. */
function twoHundredAnnotations() {
  const edition = JSON.parse(readFileSync('dist/edition.json', 'utf8')) as {
    sections: { paragraphs: { id: string; text: string }[] }[];
  };
  const items = edition.sections
    .flatMap((s) => s.paragraphs)
    .flatMap((p) => [0, 1, 2, 3].map((i) => ({ p, exact: p.text.slice(10 + i * 60, 35 + i * 60) })))
    .filter(({ exact }) => exact.length === 25)
    .slice(0, 200)
    .map(({ p, exact }, i) => ({
      id: `urn:uuid:00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      type: 'Annotation',
      motivation: 'highlighting',
      target: {
        source: 'https://ikenberry-tsuchiyama.example.org/paper/',
        selector: {
          type: 'FragmentSelector',
          value: p.id,
          refinedBy: { type: 'TextQuoteSelector', exact },
        },
      },
    }));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: { type: 'AnnotationPage', items },
  };
}
