/**
 * The edition model built from the section files: sections in reading order, paragraphs numbered
 * through the paper, notes placed in the paragraph that references them, editorial interventions
 * placed in the text. Pure: the content layer (`src/content-layer/`) reads the files and calls
 * `buildEdition`; a mistake throws a ContentError naming the file, the line and the fix.
 */
import { collect, ContentError, ContentErrors } from '../content/content-error.ts';
import { paperTextForQuotations } from '../content/typography.ts';
import { explanationProblems, placeInterventions } from './interventions.ts';
import {
  EMPTY_REGISTRY,
  type Edition,
  type Note,
  type Paragraph,
  type Registry,
  type Section,
} from './model.ts';
import { withPages } from './pages.ts';
import { paragraphLengthProblems } from './paragraph-length.ts';
import { type RawSection, readSection } from './read-section.ts';
import { idOfFile, noteId, noteRefId, paragraphId } from '../site/ids.ts';

export * from './model.ts';

/** Each section has its own place in 1…N, N being the number of section files. */
function orderProblems(sections: RawSection[], count: number): ContentError[] {
  const problems: ContentError[] = [];
  const seen = new Map<number, RawSection>();
  for (const s of sections) {
    const other = seen.get(s.frontmatter.order);
    if (other) {
      problems.push(
        new ContentError(
          s.file,
          s.lineOf(['order']),
          `Section order ${s.frontmatter.order} is also used by ${other.file}.`,
          `Give each section its own place: number the files 1 to ${count} in reading order.`,
        ),
      );
    } else seen.set(s.frontmatter.order, s);
  }
  for (const s of sections) {
    if (s.frontmatter.order > count) {
      problems.push(
        new ContentError(
          s.file,
          s.lineOf(['order']),
          `Section order ${s.frontmatter.order} is outside the sequence 1–${count}.`,
          `Number the ${count} section files 1 to ${count} in reading order, without gaps.`,
        ),
      );
    }
  }
  return problems;
}

/**
 * Notes are numbered 1…N in reading order, each referenced once in the section that defines it.
 * A reference that could not be read (reported already) still takes its number, so that renaming
 * `[^12]` to `[^99]` reports the missing definition and the orphaned `[^12]:`, not every note after
 * it. Past the first misnumbered reference the rest would all follow from it: it alone is reported.
 */
function noteProblems(sections: RawSection[]): ContentError[] {
  const problems: ContentError[] = [];
  const definedIn = new Map<number, RawSection>();
  for (const s of sections) {
    for (const [n, def] of s.definitions) {
      const other = definedIn.get(n);
      if (other) {
        problems.push(
          new ContentError(
            s.file,
            def.line,
            `Duplicate note number: note ${n} is also defined in ${other.file}.`,
            `Each note number is used once in the paper; renumber or delete this definition.`,
          ),
        );
      } else definedIn.set(n, s);
    }
  }
  if (problems.length > 0) return problems;
  let expected = 1;
  const refs = sections.flatMap((s) => s.paragraphs.flatMap((p) => p.refs.map((r) => ({ s, r }))));
  const referenced = new Set<number>();
  for (const { s, r: ref } of refs) {
    if (ref.n !== undefined && referenced.has(ref.n)) {
      return [
        new ContentError(
          s.file,
          ref.line,
          `Duplicate note number: note ${ref.n} is referenced twice.`,
          `Each note has one reference in the text; remove the second [^${ref.n}].`,
        ),
      ];
    }
    if (ref.n !== undefined && ref.n !== expected) {
      return [
        new ContentError(
          s.file,
          ref.line,
          `Note ${ref.n} stands where note ${expected} is expected.`,
          'Notes are numbered 1…N in reading order; renumber the reference and its definition.',
        ),
      ];
    }
    if (ref.n !== undefined) referenced.add(ref.n);
    expected++;
  }
  for (const s of sections) {
    const here = new Set(s.paragraphs.flatMap((p) => p.refs.map((r) => r.n)));
    for (const [n, def] of s.definitions) {
      if (!here.has(n)) {
        problems.push(
          new ContentError(
            s.file,
            def.line,
            `Note ${n} is defined but never referenced.`,
            `Place [^${n}] in the text where the note belongs (if the marker is restored, say so under \`editorial\`), or delete the definition.`,
          ),
        );
      }
    }
  }
  return problems;
}

/**
 * Builds the edition from already-read files (path relative to the project root → source).
 * Throws ContentErrors listing every problem found; a section whose body has mistakes is not
 * checked against its `editorial` entries, which its mistakes could falsify. With the witness,
 * the working paper's page starts are placed in the text (`pages.ts`).
 */
export function buildEdition(
  files: ReadonlyMap<string, string>,
  registry: Registry = EMPTY_REGISTRY,
  witness?: string,
): Edition {
  const problems: ContentError[] = [];
  const raw = [...files].flatMap(([file, source]) => {
    const section = collect(problems, () => readSection(idOfFile(file), file, source, registry));
    problems.push(...(section?.problems ?? []));
    return section ? [section] : [];
  });
  problems.push(...orderProblems(raw, files.size));
  raw.sort((a, b) => a.frontmatter.order - b.frontmatter.order);
  // With a section unread, the notes after it would all seem misnumbered.
  if (raw.length === files.size) problems.push(...noteProblems(raw));
  let n = 0;
  const sections = raw.map((s): Section => {
    const paragraphs = s.paragraphs.map((p): Paragraph => {
      n++;
      const refs = p.refs.flatMap((r) => (r.n === undefined ? [] : [{ ...r, n: r.n }]));
      return {
        id: paragraphId(n),
        n,
        section: s.id,
        text: p.text,
        notes: refs.map((r) => r.n),
        noteOffsets: Object.fromEntries(refs.map((r) => [r.n, r.offset])),
        gaps: p.gaps.map((g) => g.id),
        marks: p.marks,
        content: p.content,
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
          content: def?.content ?? [],
          line: def?.line ?? 1,
        };
      }),
    );
    const interventions =
      s.problems.length === 0 ? collect(problems, () => placeInterventions(s, paragraphs)) : [];
    return {
      id: s.id,
      title: s.frontmatter.title,
      order: s.frontmatter.order,
      file: s.file,
      paragraphs,
      notes,
      interventions: interventions ?? [],
    };
  });
  problems.push(
    ...paragraphLengthProblems(
      raw,
      sections.flatMap((s) => s.paragraphs),
    ),
  );
  // Explanations may quote the paper, in its own characters: they are checked against its text.
  const paper = paperTextForQuotations(sections.flatMap((s) => [...s.paragraphs, ...s.notes]));
  for (const s of raw) problems.push(...explanationProblems(s, paper));
  if (problems.length > 0) throw new ContentErrors(problems);
  const edition: Edition = {
    sections,
    paragraphs: sections.flatMap((s) => s.paragraphs),
    notes: sections.flatMap((s) => s.notes),
    interventions: sections.flatMap((s) => s.interventions),
    pages: [],
    unplacedPages: [],
    pageNumbering: 'no witness was read',
    untitledCitations: [],
  };
  return witness === undefined ? edition : withPages(edition, witness);
}
