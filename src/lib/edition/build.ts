/**
 * The edition model built from the section files: sections in reading order, paragraphs numbered
 * through the paper, notes placed in the paragraph that references them, editorial interventions
 * placed in the text. Pure: the content layer (`src/content-layer/`) reads the files and calls
 * `buildEdition`; a mistake throws a ContentError naming the file, the line and the fix.
 */
import { ContentError } from '../content/content-error.ts';
import {
  EMPTY_REGISTRY,
  type Edition,
  type Note,
  type Paragraph,
  type PlacedIntervention,
  type Registry,
  type Section,
} from './model.ts';
import { type RawSection, readSection } from './read-section.ts';
import { idOfFile, noteId, noteRefId, paragraphId, paragraphLabel } from '../site/ids.ts';

export * from './model.ts';

function checkOrder(sections: RawSection[]): void {
  const seen = new Map<number, RawSection>();
  for (const s of sections) {
    const other = seen.get(s.frontmatter.order);
    if (other) {
      throw new ContentError(
        s.file,
        s.lineOf(['order']),
        `Section order ${s.frontmatter.order} is also used by ${other.file}.`,
        `Give each section its own place: number the files 1 to ${sections.length} in reading order.`,
      );
    }
    seen.set(s.frontmatter.order, s);
  }
  for (const s of sections) {
    if (s.frontmatter.order > sections.length) {
      throw new ContentError(
        s.file,
        s.lineOf(['order']),
        `Section order ${s.frontmatter.order} is outside the sequence 1–${sections.length}.`,
        `Number the ${sections.length} section files 1 to ${sections.length} in reading order, without gaps.`,
      );
    }
  }
}

function checkNotes(sections: RawSection[]): void {
  const definedIn = new Map<number, RawSection>();
  let expected = 1;
  for (const s of sections) {
    for (const [n, def] of s.definitions) {
      const other = definedIn.get(n);
      if (other) {
        throw new ContentError(
          s.file,
          def.line,
          `Duplicate note number: note ${n} is also defined in ${other.file}.`,
          `Each note number is used once in the paper; renumber or delete this definition.`,
        );
      }
      definedIn.set(n, s);
    }
    const referenced = new Set<number>();
    for (const p of s.paragraphs) {
      for (const ref of p.refs) {
        if (referenced.has(ref.n)) {
          throw new ContentError(
            s.file,
            ref.line,
            `Duplicate note number: note ${ref.n} is referenced twice.`,
            `Each note has one reference in the text; remove the second [^${ref.n}].`,
          );
        }
        if (ref.n !== expected) {
          throw new ContentError(
            s.file,
            ref.line,
            `Note ${ref.n} stands where note ${expected} is expected.`,
            'Notes are numbered 1…N in reading order; renumber the reference and its definition.',
          );
        }
        referenced.add(ref.n);
        expected++;
      }
    }
    for (const [n, def] of s.definitions) {
      if (!referenced.has(n)) {
        throw new ContentError(
          s.file,
          def.line,
          `Note ${n} is defined but never referenced.`,
          `Place [^${n}] in the text where the note belongs (if the marker is restored, say so under \`editorial\`), or delete the definition.`,
        );
      }
    }
  }
}

function placeInterventions(s: RawSection, paragraphs: Paragraph[]): PlacedIntervention[] {
  const byGap = new Map(paragraphs.flatMap((p) => p.gaps.map((g) => [g, p] as const)));
  const byNote = new Map(paragraphs.flatMap((p) => p.notes.map((n) => [n, p] as const)));
  const placed = s.frontmatter.editorial.map((item, index): PlacedIntervention => {
    const editorialLine = s.lineOf(['editorial', index]);
    if (item.kind === 'gap') {
      const p = byGap.get(item.id);
      if (!p)
        throw new ContentError(
          s.file,
          editorialLine,
          `Editorial gap "${item.id}" has no <Gap id="${item.id}" /> in the text.`,
          `Put <Gap id="${item.id}" /> where the text is lost, or remove the entry.`,
        );
      return {
        kind: 'gap',
        anchor: item.id,
        label: `Gap ${item.id.replace('gap-', '')}: text lost between pages`,
        paragraph: p.id,
        section: s.id,
        explanation: item.explanation,
      };
    }
    if (item.kind === 'marker') {
      const p = byNote.get(item.note);
      if (!p)
        throw new ContentError(
          s.file,
          editorialLine,
          `Restored marker of note ${item.note}: the note is not referenced in this section.`,
          `Place [^${item.note}] in this section's text, or move the entry to the section that holds it.`,
        );
      return {
        kind: 'marker',
        anchor: noteRefId(item.note),
        label: `Note ${item.note}: marker restored`,
        paragraph: p.id,
        section: s.id,
        certainty: item.certainty,
        explanation: item.explanation,
        note: item.note,
      };
    }
    const p = paragraphs.find((q) => q.text.startsWith(item.opening));
    if (!p)
      throw new ContentError(
        s.file,
        editorialLine,
        `Inferred paragraph break: no paragraph opens with "${item.opening}".`,
        'Copy the first words of the paragraph exactly into `opening`.',
      );
    return {
      kind: 'paragraph',
      anchor: p.id,
      label: `${paragraphLabel(p.n)}: paragraph break inferred`,
      paragraph: p.id,
      section: s.id,
      certainty: item.certainty,
      explanation: item.explanation,
    };
  });
  for (const p of paragraphs) {
    for (const g of p.gaps) {
      if (!s.frontmatter.editorial.some((e) => e.kind === 'gap' && e.id === g)) {
        throw new ContentError(
          s.file,
          p.line,
          `<Gap id="${g}" /> is not explained.`,
          `Add an entry { kind: gap, id: ${g}, explanation: "…" } under \`editorial\` in the frontmatter.`,
        );
      }
    }
  }
  return placed;
}

/** Builds the edition from already-read files (path relative to the project root → source). */
export function buildEdition(
  files: ReadonlyMap<string, string>,
  registry: Registry = EMPTY_REGISTRY,
): Edition {
  const raw = [...files].map(([file, source]) =>
    readSection(idOfFile(file), file, source, registry),
  );
  checkOrder(raw);
  raw.sort((a, b) => a.frontmatter.order - b.frontmatter.order);
  checkNotes(raw);
  let n = 0;
  const sections = raw.map((s): Section => {
    const paragraphs = s.paragraphs.map((p): Paragraph => {
      n++;
      return {
        id: paragraphId(n),
        n,
        section: s.id,
        text: p.text,
        notes: p.refs.map((r) => r.n),
        noteOffsets: Object.fromEntries(p.refs.map((r) => [r.n, r.offset])),
        gaps: p.gaps.map((g) => g.id),
        marks: p.marks,
        line: p.line,
      };
    });
    const notes = paragraphs.flatMap((p) =>
      p.notes.map((k): Note => {
        const def = s.definitions.get(k);
        return {
          n: k,
          id: noteId(k),
          refId: noteRefId(k),
          text: def?.text ?? '',
          paragraph: p.id,
          section: s.id,
          marks: def?.marks ?? [],
          line: def?.line ?? 1,
        };
      }),
    );
    return {
      id: s.id,
      title: s.frontmatter.title,
      order: s.frontmatter.order,
      file: s.file,
      paragraphs,
      notes,
      interventions: placeInterventions(s, paragraphs),
    };
  });
  return {
    sections,
    paragraphs: sections.flatMap((s) => s.paragraphs),
    notes: sections.flatMap((s) => s.notes),
    interventions: sections.flatMap((s) => s.interventions),
  };
}
