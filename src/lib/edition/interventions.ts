/**
 * The editor's interventions, placed where they stand in the text (`placeInterventions`), and the
 * house style of their explanations (src/lib/content/typography.ts). Pure, called by `buildEdition`.
 */
import { ContentError } from '../content/content-error.ts';
import type { SicIntervention } from '../content/schemas.ts';
import { type EditorialText, typographyProblems } from '../content/typography.ts';
import { noteId, noteRefId, paragraphLabel, TITLE_BLOCK_ID } from '../site/ids.ts';
import type { Paragraph, PlacedIntervention } from './model.ts';
import type { RawSection } from './read-section.ts';

/** A slip kept (sic): in its note, whose printed text must hold the characters once. */
function placeSic(
  s: RawSection,
  item: SicIntervention,
  p: Paragraph | undefined,
  line: number,
): PlacedIntervention {
  const text = s.definitions.get(item.note)?.text;
  if (!p || text === undefined)
    throw new ContentError(
      s.file,
      line,
      `Slip in note ${item.note}: the note is not in this section.`,
      'Move the entry to the frontmatter of the section that holds the note, or correct `note`.',
    );
  const count = text.split(item.printed).length - 1;
  if (count !== 1)
    throw new ContentError(
      s.file,
      line,
      `Slip in note ${item.note}: \`printed\` "${item.printed}" occurs ${count === 0 ? 'nowhere' : `${count} times`} in the note.`,
      'Copy into `printed` the characters exactly as the note prints them, with enough words around the slip to find it once.',
    );
  return {
    kind: 'sic',
    anchor: noteId(item.note),
    label: `Note ${item.note}: ${item.printed} kept, read ${item.reading}`,
    paragraph: p.id,
    section: s.id,
    certainty: item.certainty,
    explanation: item.explanation,
    note: item.note,
    printed: item.printed,
    reading: item.reading,
  };
}

/**
 * Places a section's `editorial` entries in its text: each gap at its <Gap>, each restored marker
 * and each slip kept (sic) at its note, each inferred break at the paragraph it opens, the title
 * block before the text. An entry that matches nothing throws, at its line, with a fix.
 */
export function placeInterventions(s: RawSection, paragraphs: Paragraph[]): PlacedIntervention[] {
  const byGap = new Map(paragraphs.flatMap((p) => p.gaps.map((g) => [g, p] as const)));
  const byNote = new Map(paragraphs.flatMap((p) => p.notes.map((n) => [n, p] as const)));
  const placed = s.frontmatter.editorial.map((item, index): PlacedIntervention => {
    const editorialLine = s.lineOf(['editorial', index]);
    if (item.kind === 'title') {
      if (s.frontmatter.order !== 1)
        throw new ContentError(
          s.file,
          editorialLine,
          'The title block is explained in a section that is not the first.',
          'Move this entry to the frontmatter of the section with order 1: the title block stands before it.',
        );
      return {
        kind: 'title',
        anchor: TITLE_BLOCK_ID,
        label: 'Title and byline supplied',
        section: s.id,
        certainty: item.certainty,
        explanation: item.explanation,
      };
    }
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
    if (item.kind === 'sic') return placeSic(s, item, byNote.get(item.note), editorialLine);
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

/** The explanations of a section's interventions, in the house style of the edition's prose. */
export function explanationProblems(s: RawSection, paper: string): ContentError[] {
  const texts = s.frontmatter.editorial.map((item, i): EditorialText => ({
    file: s.file,
    line: s.lineOf(['editorial', i, 'explanation']),
    what: `Editorial entry ${i + 1} (${item.kind}): its \`explanation\``,
    text: item.explanation,
  }));
  return typographyProblems(texts, paper);
}
