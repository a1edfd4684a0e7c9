/**
 * The editor's remarks beside the text on /paper/: each names its intervention and links to the
 * About page, where that intervention's explanation is given in full. The page carries each
 * explanation once, there, and /paper/ stays within its byte budget.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { editorialId } from '../../src/lib/site/ids.ts';
import { requireBuild } from '../helpers/site.ts';

const read = (file: string) =>
  parseHTML(readFileSync(`dist/${file}`, 'utf8')).document as unknown as Document;
let paper: Document;
let about: Document;

beforeAll(() => {
  requireBuild();
  paper = read('paper/index.html');
  about = read('about/index.html');
});

it('every remark beside the text links to its full explanation on /about/', () => {
  const { edition } = getContent();
  const beside = edition.sections
    .flatMap((s) => s.interventions)
    .filter((i) => paper.getElementById(editorialId(i.anchor)));
  expect(beside.length).toBeGreaterThan(0);
  for (const item of beside) {
    const remark = paper.getElementById(editorialId(item.anchor));
    const href = remark?.querySelector('a')?.getAttribute('href') ?? '';
    expect(href, item.anchor).toBe(`/about/#${item.anchor}`);
    const explained = about.getElementById(item.anchor)?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(explained, item.anchor).toContain(item.explanation.replace(/\s+/g, ' ').slice(0, 80));
    // Named, not explained, beside the text: the explanation is not repeated there.
    expect(remark?.textContent, item.anchor).not.toContain(item.explanation.slice(0, 40));
  }
});
