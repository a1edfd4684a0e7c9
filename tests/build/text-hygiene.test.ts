/**
 * Text hygiene over the built site: a slip in the authors' text that misleads (note 4 opens a title
 * with a closing quotation mark) keeps the witness's character and is shown as an intervention on
 * /paper/, on /about/ and in the apparatus of the EPUB, the PDF and the TEI; and no page of ours
 * runs a word into the element beside it ("study<i>Japanese"), the slip Astro's whitespace
 * compression makes of a line break between a word and an inline element.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { FILES } from '../../src/lib/site/routes.ts';
import { DIST, htmlPages, requireBuild } from '../helpers/site.ts';

const { edition, witness } = getContent();
const read = (file: string) =>
  parseHTML(readFileSync(path.join(DIST, file), 'utf8')).document as unknown as Document;

beforeAll(requireBuild);

describe('a misleading slip in the authors’ text', () => {
  const slip = edition.interventions.find((i) => i.kind === 'sic' && i.note === 4);

  it('is declared for note 4, whose witness line opens the title with a closing mark', () => {
    expect(slip).toMatchObject({ printed: '”Tokyo’s', reading: '“Tokyo’s', anchor: 'n4' });
    expect(witness).toContain('Funabashi, ”Tokyo’s Depression Diplomacy,”');
  });

  it('keeps the witness’s character in note 4 on /paper/ and says how to read it there', () => {
    const note = read('paper/index.html').getElementById('n4');
    const remark = note?.querySelector('a.marker-remark');
    expect(note?.textContent).toContain('Funabashi, ”Tokyo’s Depression Diplomacy,”');
    expect(remark?.textContent).toBe('[sic, read “Tokyo’s]');
    expect(remark?.getAttribute('href')).toBe('/about/#n4');
    // The remark follows the note's words: they stay exactly as printed before it.
    const words = note?.textContent?.replace(remark?.textContent ?? '', '').trim();
    expect(words).toBe(`4. ${edition.notes.find((n) => n.n === 4)?.text}`);
  });

  it('is listed on /about/ with its kind, its place, its certainty and its reasons', () => {
    const item = read('about/index.html').getElementById('n4');
    expect(item?.querySelector('.kind')?.textContent).toBe('Slip kept (sic)');
    expect(item?.querySelector('a')?.getAttribute('href')).toBe('/paper/#n4');
    expect(item?.textContent).toContain('certainty: high');
    expect(item?.textContent).toContain(slip?.explanation);
  });

  it('is in the apparatus of the EPUB and the PDF, and an editorial note of the TEI', () => {
    const epub = unzipSync(readFileSync(path.join(DIST, FILES.epub)));
    const apparatus = Object.entries(epub).find(([name]) => name.includes('apparatus'));
    expect(strFromU8(apparatus?.[1] ?? new Uint8Array())).toContain(
      'Note 4: ”Tokyo’s kept, read “Tokyo’s',
    );
    const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(DIST, FILES.pdf), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(pdf).toContain('Note 4: ”Tokyo’s kept, read “Tokyo’s');
    const tei = readFileSync(path.join(DIST, FILES.tei), 'utf8');
    expect(tei).toMatch(/<note type="editorial"[^>]*target="#n4"[^>]*>Note 4: ”Tokyo’s kept/);
  });
});

describe('words and the elements beside them', () => {
  const INLINE = 'a|abbr|b|cite|code|dfn|em|i|q|span|strong';
  // A letter, then an inline element that begins with a letter; or one that ends with a letter,
  // then a letter or an opening bracket. Note references and page labels begin with a digit.
  const RUN_IN = new RegExp(
    `\\p{L}(?:<(?:${INLINE})\\b[^>]*>)+[\\p{L}“]|\\p{L}(?:</(?:${INLINE})>)+[\\p{L}“(]`,
    'gu',
  );

  it('no page runs a word into an inline element, or an element into the next word', () => {
    const slips = htmlPages().flatMap(({ url, html }) =>
      [...html.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '').matchAll(RUN_IN)].map(
        (m) => `${url}: ${m[0]}`,
      ),
    );
    expect(slips).toEqual([]);
  });

  it('finds the slip it looks for', () => {
    expect('the energy study<i>Japanese Energy'.match(RUN_IN)).toEqual(['y<i>J']);
    expect('<a href="/paper.txt">paper.txt</a>is the'.match(RUN_IN)).toEqual(['t</a>i']);
    expect('way.<a href="#n4" role="doc-noteref">4</a> Japan'.match(RUN_IN)).toBeNull();
  });
});
