/**
 * One text in every medium: the web page, /paper.txt, /edition.json, the TEI, the EPUB and the
 * PDF give the same words in the same order (layout aside), with the same notes and ids. Each
 * output is read as a reader or a machine would read it, what the edition adds set aside (¶ and
 * note numbers, page marks, the editor's remarks), and compared with /edition.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FILES } from '../../src/lib/site/routes.ts';
import { DIST } from '../helpers/site.ts';

interface EditionJson {
  sections: { id: string; paragraphs: { id: string; text: string }[] }[];
  notes: { id: string; text: string }[];
}
const json = JSON.parse(readFileSync(path.join(DIST, FILES.edition), 'utf8')) as EditionJson;

/** A passage as a list of words: whitespace is layout. */
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** The passages of a text: paragraphs, then notes, each as [id, words]. */
type Passages = [id: string, words: string[]][];

const expected: Passages = [
  ...json.sections.flatMap((s) => s.paragraphs.map((p): Passages[0] => [p.id, words(p.text)])),
  ...json.notes.map((n): Passages[0] => [n.id, words(n.text)]),
];

/** What the edition adds to the authors' words in its HTML (the page and the EPUB). */
const ADDED =
  'p > a:first-child, .paragraph-number, .inferred-break, .marker-remark, [role=doc-pagebreak], [role=doc-noteref], [role=doc-backlink]';

/** The paragraphs and notes of HTML or XHTML documents, the edition's additions removed. */
function htmlPassages(documents: string[], xml = false): Passages {
  const found: Passages = [];
  const notes: Passages = [];
  for (const source of documents) {
    const { document } = xml ? parseHTML(source.replace(/^<\?xml[^>]*>/, '')) : parseHTML(source);
    for (const el of document.querySelectorAll('p[id^="p"], aside[id^="n"]')) {
      if (!/^[pn]\d+$/.test(el.id)) continue;
      const copy = el.cloneNode(true) as Element;
      for (const added of [...copy.querySelectorAll(ADDED)]) added.remove();
      (el.id.startsWith('p') ? found : notes).push([el.id, words(copy.textContent ?? '')]);
    }
  }
  return [...found, ...notes];
}

/** The paragraphs and notes of the TEI: a note's text apart from its paragraph, a gap as […]. */
function teiPassages(xml: string): Passages {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const read = (el: Element, dropNotes: boolean): string[] => {
    const copy = el.cloneNode(true) as Element;
    if (dropNotes) for (const note of [...copy.querySelectorAll('note')]) note.remove();
    else for (const note of [...copy.querySelectorAll('note[type="editorial"]')]) note.remove();
    for (const gap of [...copy.querySelectorAll('gap')]) gap.replaceWith('[…]');
    return words(copy.textContent ?? '');
  };
  const id = (el: Element) => el.getAttribute('xml:id') ?? '';
  return [
    ...[...document.querySelectorAll('body p')].map((p): Passages[0] => [id(p), read(p, true)]),
    ...[...document.querySelectorAll('note[place="foot"]')].map((n): Passages[0] => [
      id(n),
      read(n, false),
    ]),
  ];
}

/**
 * Words as the PDF's text layer gives them back, for both sides of the comparison: split at
 * hyphens too (a compound may break across a line, with a footnote between its halves), a word
 * hyphenated at a line's end joined again (Typst breaks words with a soft hyphen), unless the page's
 * footnotes come between (a line that opens with a note's number), and a footnote
 * number glued to the word before it or, at the foot of a page, to the note's first word; a
 * restored marker (`[18]`) is the edition's, not a word.
 */
const pdfWords = (text: string): string[] =>
  text
    // The working paper's page starts, in the margin: the edition's, on lines of their own.
    .replace(/^p\. \d+$/gm, '')
    .replace(/\u00ad\n+(?!\d)/g, '')
    // A footnote that the text layer runs on from a line of the text: "U.S.15Yoichi".
    .replace(/(\D)\d{1,2}(\p{Lu})/gu, '$1 $2')
    .split(/[\s\-‐]+/)
    .map((word) =>
      word
        // A soft hyphen that ends a word stays: the word goes on after the footnotes, on the next page.
        .replace(/[\u00ad\u2060](?!$)/g, '')
        .replace(/\[\d{1,2}\]/g, '')
        .replace(/(\D)\d{1,2}$/, '$1')
        .replace(/^\d{1,2}(\D)/, '$1')
        .normalize('NFKC'),
    )
    .filter(Boolean);

/**
 * Whether `needle`'s words stand in `hay` in order from `from`; the index after the last, or -1.
 * Where a line broke after a compound's hyphen, the text layer gives its halves as one word:
 * two words of the needle may stand as one. A word hyphenated at the foot of a page ("eco\u00ad")
 * goes on after that page's footnotes ("nomic").
 */
function findInOrder(hay: readonly string[], needle: readonly string[], from: number): number {
  let at = from;
  const broken = (h: string | undefined, word: string) =>
    h?.endsWith('\u00ad') && h.length > 1 && word.startsWith(h.slice(0, -1));
  for (let i = 0; i < needle.length; i++) {
    const word = needle[i] ?? '';
    const joined = word + (needle[i + 1] ?? '');
    while (at < hay.length && hay[at] !== word && hay[at] !== joined && !broken(hay[at], word))
      at++;
    if (at === hay.length) return -1;
    if (broken(hay[at], word)) {
      const rest = word.slice((hay[at]?.length ?? 1) - 1);
      while (at < hay.length && hay[at] !== rest) at++;
      if (at === hay.length) return -1;
    } else if (hay[at] === joined && hay[at] !== word) i++;
    at++;
  }
  return at;
}

describe('one text in every medium', () => {
  const epub = unzipSync(readFileSync(path.join(DIST, FILES.epub)));
  const sectionFiles = json.sections.map((s) =>
    strFromU8(epub[`OEBPS/${s.id}.xhtml`] ?? new Uint8Array()),
  );

  const outputs: [string, () => Passages][] = [
    [
      'the web page /paper/',
      () => htmlPassages([readFileSync(path.join(DIST, 'paper', 'index.html'), 'utf8')]),
    ],
    ['the EPUB', () => htmlPassages(sectionFiles, true)],
    ['the TEI', () => teiPassages(readFileSync(path.join(DIST, FILES.tei), 'utf8'))],
  ];

  it.each(outputs)('%s has the paragraphs and notes of /edition.json, word for word', (_, read) => {
    const passages = read();
    expect(passages.map(([id]) => id)).toEqual(expected.map(([id]) => id));
    for (const [i, [id, got]] of passages.entries()) expect(got, id).toEqual(expected[i]?.[1]);
  });

  it('/paper.txt holds each paragraph and note, in order', () => {
    const text = words(readFileSync(path.join(DIST, FILES.paperText), 'utf8'));
    let at = 0;
    for (const [id, passage] of expected) {
      at = findInOrder(text, passage, at);
      expect(at, id).toBeGreaterThan(0);
    }
  });

  it('the PDF gives every paragraph’s words in order, and every note’s', () => {
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', path.join(DIST, FILES.pdf), '-'], {
      encoding: 'utf8',
    });
    const text = pdfWords(run.stdout);
    expect(text.length).toBeGreaterThan(1000);
    // The paragraphs in order through the body; each note's words in order (footnotes stand at
    // the foot of their page, between the paragraphs, so each is sought on its own).
    let at = 0;
    for (const [id, passage] of expected.filter(([id]) => id.startsWith('p'))) {
      at = findInOrder(text, pdfWords(passage.join(' ')), at);
      expect(at, id).toBeGreaterThan(0);
    }
    for (const [id, passage] of expected.filter(([id]) => id.startsWith('n')))
      expect(findInOrder(text, pdfWords(passage.join(' ')), 0), id).toBeGreaterThan(0);
  });
});
