/**
 * The edition against its source: the words of edition.json and of the rendered /paper/ page
 * must be the witness's words with the artefacts removed, and every difference that remains must
 * be a listed editorial intervention.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { readWitness, witnessWordsWithMarkers } from '../helpers/witness.ts';
import { differences, markedWords, plainWords, similarity } from '../helpers/fidelity.ts';
import { requireBuild } from '../helpers/site.ts';

interface EditionJson {
  sections: { id: string; title: string; paragraphs: { id: string; n: number; text: string }[] }[];
  notes: { n: number; id: string; text: string; paragraph: string }[];
  interventions: { kind: string; anchor: string }[];
}

const witness = readWitness(getContent().witness);
const source = markedWords(witnessWordsWithMarkers(witness));
let json: EditionJson;
let page: Document;

beforeAll(() => {
  requireBuild();
  json = JSON.parse(readFileSync('dist/edition.json', 'utf8')) as EditionJson;
  page = parseHTML(readFileSync('dist/paper/index.html', 'utf8')).document as unknown as Document;
});

/** Words of the rendered text, note references glued to the word before them as "word§N". */
function renderedWords(): string[] {
  return [...page.querySelectorAll('.paper-section > p')].flatMap((p) => {
    const copy = p.cloneNode(true) as Element;
    // Paragraph numbers, the mark of an inferred break and the working paper's page breaks are
    // the edition's, not the text's.
    for (const mark of copy.querySelectorAll(
      'p > a:first-child, .inferred-break, [role=doc-pagebreak]',
    ))
      mark.remove();
    for (const ref of copy.querySelectorAll('[role=doc-noteref]'))
      ref.replaceWith(`§${ref.id.replace('nref', '')}`);
    return (copy.textContent ?? '').replace(/\s+§/g, '§').trim().split(/\s+/);
  });
}

function restoredNotes(): Set<number> {
  return new Set(
    json.interventions
      .filter((i) => i.kind === 'marker')
      .map((i) => Number(i.anchor.replace('nref', ''))),
  );
}

/** True when a difference is one of the listed interventions: a gap, a restored marker, or both. */
function isIntervention(d: { removed: string[]; added: string[] }, restored: Set<number>): boolean {
  const unmark = (w: string) => {
    const m = /§(\d+)$/.exec(w);
    return m && restored.has(Number(m[1])) ? w.slice(0, m.index) : w;
  };
  const added = d.added.map(unmark).filter((w) => w !== '[…]' && w !== '');
  return JSON.stringify(added) === JSON.stringify(d.removed);
}

describe('fidelity to the source witness', () => {
  it('keeps the section headings in order', () => {
    expect(json.sections.map((s) => s.title)).toEqual(witness.headings);
  });

  it('edition.json has the witness’s words: similarity at least 0.995', () => {
    const edition = json.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.text.split(' ')));
    const ratio = similarity(
      plainWords(source),
      edition.filter((w) => w !== '[…]'),
    );
    expect(ratio).toBeGreaterThanOrEqual(0.995);
    expect(similarity(plainWords(source), edition)).toBeGreaterThanOrEqual(0.995);
  });

  it('the rendered page has the witness’s words, notes where their markers stand, and only listed differences', () => {
    const rendered = renderedWords();
    expect(similarity(plainWords(source), plainWords(rendered))).toBeGreaterThanOrEqual(0.995);
    const restored = restoredNotes();
    const diffs = differences(source, rendered);
    expect(diffs.filter((d) => !isIntervention(d, restored))).toEqual([]);
    // Each difference is an intervention, and each gap and restored marker shows up as one.
    const gaps = json.interventions.filter((i) => i.kind === 'gap').length;
    expect(diffs.flatMap((d) => d.added).filter((w) => w.startsWith('[…]'))).toHaveLength(gaps);
    expect(diffs.flatMap((d) => d.added).filter((w) => /§\d+$/.test(w))).toHaveLength(
      restored.size,
    );
  });

  it('has exactly the notes of the working paper, in order, each as printed', () => {
    expect(witness.notes.size).toBeGreaterThan(0);
    expect(json.notes.map((n) => n.n)).toEqual(
      Array.from({ length: witness.notes.size }, (_, i) => i + 1),
    );
    for (const note of json.notes)
      expect(note.text, `note ${note.n}`).toBe(witness.notes.get(note.n));
  });

  it('renders each note in the list of notes exactly as printed', () => {
    for (const note of json.notes) {
      const el = page.getElementById(note.id)?.cloneNode(true) as Element | undefined;
      el?.querySelector('[role=doc-backlink]')?.remove();
      el?.querySelector('.marker-remark')?.remove();
      expect(el?.textContent?.replace(/\s+/g, ' ').trim(), `note ${note.n}`).toBe(
        witness.notes.get(note.n),
      );
    }
  });

  it('hangs each note on the paragraph that holds its reference', () => {
    for (const note of json.notes) {
      expect(page.getElementById(`nref${note.n}`)?.closest('p')?.id, `note ${note.n}`).toBe(
        note.paragraph,
      );
    }
  });
});
