/**
 * `npm run bench`: prints the measured figures of the built site. Budgets live here and in the
 * build tests that check bytes, never in timed tests.
 */
import { readFileSync } from 'node:fs';
import { gzipSize, pageWeight } from '../helpers/budget.ts';
import { requireBuild } from '../helpers/site.ts';

requireBuild();
const text = gzipSize(readFileSync('dist/paper.txt'));
console.log('Page weight on load (gzip -9), bytes');
for (const path of ['/', '/paper/', '/about/']) {
  const w = pageWeight(path);
  console.log(`  ${path.padEnd(10)} html ${w.html}  css ${w.css}  js ${w.js}  total ${w.total}`);
}
const paper = pageWeight('/paper/');
console.log(`/paper.txt gzip: ${text} bytes; /paper/ total ${paper.total} = ${(paper.total / text).toFixed(3)} × (budget 1.6 ×)`);
