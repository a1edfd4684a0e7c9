/** Page weight budget: /paper/ costs at most 1.6 × the gzip size of its own plain text. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { gzipSize, pageWeight } from '../helpers/budget.ts';
import { requireBuild } from '../helpers/site.ts';

it('/paper/ loads at most 1.6 × the gzip size of /paper.txt (HTML, CSS and JS, compressed)', () => {
  requireBuild();
  const text = gzipSize(readFileSync('dist/paper.txt'));
  const weight = pageWeight('/paper/');
  expect(weight.total).toBeLessThanOrEqual(1.6 * text);
});
