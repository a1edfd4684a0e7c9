/**
 * /edition.tei.xml over dist/: valid against TEI P5 tei_all 4.12.0 (jing, Debian's `jing`, which
 * `epubcheck` brings; .ci/run installs it), and what jing does not check: every `#` pointer
 * resolves to an `xml:id`, every `xml:id` is unique, the 32 notes carry the site's ids, and the
 * words are those of /edition.json and /paper.txt.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import type { Phrase } from '../../src/lib/edition/model.ts';
import { FILES } from '../../src/lib/site/routes.ts';
import { DIST, requireBuild } from '../helpers/site.ts';

const JING = '/usr/share/java/jing.jar';
const SCHEMA = path.resolve('tests/schemas/tei_all.rng');

requireBuild();
const file = path.join(DIST, FILES.tei);
const xml = readFileSync(file, 'utf8');
const document = new DOMParser().parseFromString(xml, 'text/xml');
const json = JSON.parse(readFileSync(path.join(DIST, FILES.edition), 'utf8')) as {
  title: string;
  sections: { id: string; title: string; paragraphs: { id: string; n: number; text: string }[] }[];
  notes: { n: number; id: string; text: string; paragraph: string }[];
};

/** Whitespace as XML and HTML read it: runs of it are one space. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The reading text of a paragraph or note, as /paper.txt gives it: without the notes in it (a
 * note's own remark included), a gap as `[…]`, a line break as a space.
 */
function readingText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const note of [...copy.querySelectorAll('note')]) note.remove();
  for (const gap of [...copy.querySelectorAll('gap')]) gap.replaceWith('[…]');
  for (const lb of [...copy.querySelectorAll('lb')]) lb.replaceWith(' ');
  return words(copy.textContent ?? '');
}

const paragraphs = [...document.querySelectorAll('body p')];
const notes = [...document.querySelectorAll('note[place="foot"]')];

describe('the TEI edition', () => {
  it('is valid against TEI P5 tei_all 4.12.0 (jing: no errors)', () => {
    expect(existsSync(JING), `${JING} is missing: install Debian's jing (.ci/run does)`).toBe(true);
    const jing = spawnSync('java', ['-jar', JING, SCHEMA, file], { encoding: 'utf8' });
    expect(jing.error).toBeUndefined();
    expect(`${jing.stdout}${jing.stderr}`).toBe('');
    expect(jing.status).toBe(0);
  });

  it('has unique xml:ids, and every # pointer resolves to one', () => {
    const ids = [...xml.matchAll(/\sxml:id="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(200);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const known = new Set(ids);
    const pointers = [...xml.matchAll(/\s(?:target|ref|corresp|resp)="([^"]*)"/g)].flatMap((m) =>
      (m[1] ?? '').split(/\s+/).filter((p) => p.startsWith('#')),
    );
    expect(pointers.length).toBeGreaterThan(300);
    expect(pointers.filter((p) => !known.has(p.slice(1)))).toEqual([]);
    // Every kind of pointer is there: notes' works, concepts, cases, editorial acts.
    for (const kind of ['#work-', '#concept-', '#case-', '#editor', '#p', '#n', '#gap-']) {
      expect(
        pointers.some((p) => p.startsWith(kind)),
        kind,
      ).toBe(true);
    }
  });

  it('has one div per section and the paragraphs with the site’s ids and words', () => {
    const divs = [...document.querySelectorAll('body > div')];
    expect(
      divs.map((d) => [d.getAttribute('xml:id'), d.querySelector('head')?.textContent]),
    ).toEqual(json.sections.map((s) => [s.id, s.title]));
    const expected = json.sections.flatMap((s) => s.paragraphs);
    expect(paragraphs.map((p) => p.getAttribute('xml:id'))).toEqual(expected.map((p) => p.id));
    expect(paragraphs.map(readingText)).toEqual(expected.map((p) => words(p.text)));
  });

  it('has the 32 notes, numbered and with the site’s ids, in the paragraph of their marker', () => {
    expect(notes).toHaveLength(32);
    expect(notes.map((n) => [n.getAttribute('n'), n.getAttribute('xml:id')])).toEqual(
      json.notes.map((n) => [String(n.n), n.id]),
    );
    expect(notes.map((n) => n.closest('p')?.getAttribute('xml:id'))).toEqual(
      json.notes.map((n) => n.paragraph),
    );
    expect(notes.map(readingText)).toEqual(json.notes.map((n) => words(n.text)));
  });

  it('gives the same words in the same order as /paper.txt', () => {
    // What the editor supplied reads in square brackets, as /paper.txt gives it.
    const supplied = (el: Element | null) =>
      el?.querySelector('supplied') ? `[${el.textContent ?? ''}]` : (el?.textContent ?? '');
    const text = [
      supplied(document.querySelector('titlePart')),
      supplied(document.querySelector('byline')),
      ...[...document.querySelectorAll('body > div')].flatMap((d) => [
        d.querySelector('head')?.textContent ?? '',
        ...[...d.querySelectorAll('p')].map(readingText),
      ]),
      'Notes',
      ...notes.map((n) => `${n.getAttribute('n')}. ${readingText(n)}`),
    ].join(' ');
    expect(words(text)).toBe(words(readFileSync(path.join(DIST, FILES.paperText), 'utf8')));
  });

  it('marks each page break of the model, in order, as pb with its number', () => {
    const { edition } = getContent();
    const notes = new Map(edition.notes.map((n) => [n.n, n.content]));
    // In reading order, a note's breaks where its marker stands, as the TEI places the note.
    const breaks = (nodes: readonly Phrase[]): string[] =>
      nodes.flatMap((node) => {
        if (node.type === 'pageBreak') return [String(node.n)];
        if (node.type === 'noteRef') return breaks(notes.get(node.n) ?? []);
        return 'children' in node ? breaks(node.children) : [];
      });
    const expected = edition.paragraphs.flatMap((p) => breaks(p.content));
    const pbs = [...document.querySelectorAll('pb')];
    expect(pbs.map((pb) => pb.getAttribute('n'))).toEqual(expected);
    for (const pb of pbs) expect(pb.getAttribute('resp')).toBe('#editor');
  });

  it('encodes every editorial intervention as what it is, with resp and cert', () => {
    const remarks = [...document.querySelectorAll('note[type="editorial"]')];
    expect(remarks.length).toBeGreaterThan(0);
    for (const remark of remarks) expect(remark.getAttribute('resp')).toBe('#editor');
    const gaps = [...document.querySelectorAll('gap')];
    expect(gaps.map((g) => g.getAttribute('xml:id'))).toEqual(['gap-1', 'gap-2']);
    expect(gaps.every((g) => g.getAttribute('reason') === 'lost')).toBe(true);
    const restored = notes.filter((n) => n.getAttribute('anchored') === 'false');
    expect(restored.length).toBeGreaterThan(0);
    for (const note of restored) {
      const remark = document.querySelector(`note[target="#${note.getAttribute('xml:id')}"]`);
      expect(remark?.getAttribute('cert')).toMatch(/^(high|medium|low)$/);
    }
  });
});

describe('the editor’s layer in the TEI', () => {
  const { commentary, works } = getContent();
  const byId = (id: string) => document.querySelector(`[xml\\:id="${id}"]`);
  const commentaryNotes = [...document.querySelectorAll('note[type="commentary"]')];

  it('holds every note of the commentary in the back, by the editors, dated, on its ¶', () => {
    expect(commentaryNotes.map((n) => n.getAttribute('xml:id'))).toEqual(
      commentary.notes.map((n) => `commentary-note-${n.id}`),
    );
    for (const [i, note] of commentary.notes.entries()) {
      const el = commentaryNotes[i];
      expect(el?.closest('back'), note.id).not.toBeNull();
      expect(el?.getAttribute('resp')).toBe('#commentary-editors');
      expect(el?.getAttribute('target')).toBe(`#${note.passage}`);
      expect(byId(note.passage)?.closest('body'), note.id).not.toBeNull();
      expect(el?.querySelector('date')?.getAttribute('when')).toBe(note.asOf);
      // A note on words quotes them, and they are the words of its paragraph.
      const quote = el?.querySelector('quote');
      expect(quote?.textContent ?? undefined).toBe(note.quote);
      if (note.quote) {
        expect(quote?.getAttribute('source')).toBe(`#${note.passage}`);
        expect(readingText(byId(note.passage) as Element)).toContain(words(note.quote));
      }
    }
    expect(document.querySelector('respStmt[xml\\:id="commentary-editors"] name')).not.toBeNull();
  });

  it('cites the commentary’s works in a listBibl of their own, each cited work there', () => {
    const list = document.querySelector('listBibl[type="commentary"]');
    const listed = [...(list?.querySelectorAll('biblStruct') ?? [])].map((b) =>
      b.getAttribute('xml:id'),
    );
    expect(listed.sort()).toEqual(commentary.works.map((w) => `commentary-work-${w.id}`).sort());
    for (const w of works) expect(listed).not.toContain(`work-${w.id}`);
    for (const [i, note] of commentary.notes.entries()) {
      const cited = [...(commentaryNotes[i]?.querySelectorAll('bibl > ref') ?? [])].map((r) =>
        r.getAttribute('target'),
      );
      expect(new Set(cited), note.id).toEqual(
        new Set(note.sources.map((id) => `#commentary-work-${id}`)),
      );
    }
  });

  it('has the guide as back matter, each step and quotation pointing into the text', () => {
    const guide = document.querySelector('back > div[type="guide"]');
    expect(guide?.getAttribute('resp')).toBe('#commentary-editors');
    const steps = commentary.guide.argument.flatMap((part) => part.steps);
    expect(guide?.querySelectorAll('div[type="argument"] item')).toHaveLength(steps.length);
    const refs = [...(guide?.querySelectorAll('ref[target^="#p"]') ?? [])];
    expect(refs.length).toBeGreaterThanOrEqual(steps.length);
    for (const ref of refs) {
      const target = ref.getAttribute('target')?.slice(1) ?? '';
      expect(byId(target)?.closest('body'), target).not.toBeNull();
    }
    for (const quote of [...(guide?.querySelectorAll('quote') ?? [])]) {
      const source = byId(quote.getAttribute('source')?.slice(1) ?? '');
      expect(readingText(source as Element)).toContain(words(quote.textContent ?? ''));
    }
  });

  it('keeps the layer out of the authors’ text and notes', () => {
    expect(document.querySelector('body note[type="commentary"]')).toBeNull();
    expect(document.querySelector('body [resp="#commentary-editors"]')).toBeNull();
    expect(commentaryNotes.every((n) => n.getAttribute('place') === null)).toBe(true);
  });
});
