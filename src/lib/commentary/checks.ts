/**
 * Checks the editor's layer against the paper and the other content: every anchor resolves (the
 * ¶ exists, a quotation is that ¶'s words), every note is dated no later than the content and
 * cites exactly its sources, every source is a verified work of the commentary's own list (never
 * one of the bibliography's ids), and the guide names sections, ¶ and works that exist.
 */
import { ContentError } from '../content/content-error.ts';
import type { CommentaryWork, GuideData } from '../content/commentary-schemas.ts';
import type { DataPath } from '../content/source-text.ts';
import type { Edition } from '../edition/model.ts';
import { paragraphLabel } from '../site/ids.ts';
import { nearest } from '../text/edit-distance.ts';
import { citedKeys, type CommentaryNote } from './model.ts';

/** A file of the layer with the line of each of its fields. */
interface Located {
  file: string;
  lineOf(path: DataPath): number;
}

/** The layer's files as the content layer read them; a file that could not be read is absent. */
export interface CommentaryFiles {
  notes: (Located & { note: CommentaryNote; citationLine(id: string): number })[];
  works?: Located & { works: CommentaryWork[] };
  guide?: Located & { guide: GuideData };
}

/** What the layer refers to: the paper, the entries, the bibliography's ids, the content's date. */
export interface CommentaryContext {
  edition: Pick<Edition, 'paragraphs' | 'sections'>;
  caseIds: ReadonlySet<string>;
  conceptIds: ReadonlySet<string>;
  /** The bibliography's ids; undefined when works.json could not be read (its error comes first). */
  bibliographyIds: ReadonlySet<string> | undefined;
  /** The content's date (ISO day): no note is written after it. */
  date: string;
}

/** Every problem of the layer, in the order of the files. */
export function commentaryProblems(
  files: CommentaryFiles,
  context: CommentaryContext,
): ContentError[] {
  const problems: ContentError[] = [];
  const report = (at: Located, path: DataPath, problem: string, fix: string) =>
    problems.push(new ContentError(at.file, at.lineOf(path), problem, fix));
  const paragraphs = new Map(context.edition.paragraphs.map((p) => [p.id, p]));
  const lastParagraph = context.edition.paragraphs.at(-1)?.id ?? 'p1';
  const didYouMean = (id: string, known: Iterable<string>) => {
    const guess = nearest(id, [...known].sort());
    return guess ? `Did you mean "${guess}"? ` : '';
  };

  /** A ¶ id that exists; false (reported) otherwise. */
  const passage = (at: Located, path: DataPath, id: string): boolean => {
    if (paragraphs.has(id)) return true;
    report(
      at,
      path,
      `\`${path.join('.')}\` names ¶ "${id}", which the paper does not have.`,
      `Use the id of the paragraph as /paper/ numbers them: p1 to ${lastParagraph}.`,
    );
    return false;
  };
  /** Words that must stand verbatim in one ¶. */
  const quotation = (at: Located, path: DataPath, words: string, id: string) => {
    if (!paragraphs.has(id) || paragraphs.get(id)?.text.includes(words)) return;
    const elsewhere = context.edition.paragraphs.find((p) => p.text.includes(words));
    report(
      at,
      path,
      elsewhere
        ? `The quotation is not in ${paragraphLabel(id.slice(1))}: the words stand in ${paragraphLabel(elsewhere.n)}.`
        : `The quotation is not found word for word in ${paragraphLabel(id.slice(1))}.`,
      elsewhere
        ? `Name ${elsewhere.id} as its paragraph, or quote words of ${id}.`
        : 'Copy the words exactly from /paper.txt (quotes and dashes as printed), from that one paragraph.',
    );
  };
  const entries = (
    at: Located,
    field: string,
    ids: readonly string[],
    known: ReadonlySet<string>,
    home: string,
  ) =>
    ids.forEach((id, index) => {
      if (known.has(id)) return;
      report(
        at,
        [field, index],
        `\`${field}\` names "${id}", which does not exist.`,
        `${didYouMean(id, known)}Use an id from ${home}.`,
      );
    });

  const workIds = new Set(files.works?.works.map((w) => w.id) ?? []);
  const usedWorks = new Set<string>();
  for (const read of files.notes) {
    const { note } = read;
    if (passage(read, ['passage'], note.passage) && note.quote !== undefined) {
      quotation(read, ['quote'], note.quote, note.passage);
    }
    if (note.asOf > context.date) {
      report(
        read,
        ['asOf'],
        `\`asOf\` is ${note.asOf}, after the content's date (${context.date}): a note cannot speak as of a day to come.`,
        'Give the day the note was written (today or earlier).',
      );
    }
    entries(read, 'cases', note.cases, context.caseIds, 'content/cases/');
    entries(read, 'concepts', note.concepts, context.conceptIds, 'content/glossary/');
    const cited = citedKeys(note.body);
    for (const id of cited) {
      usedWorks.add(id);
      if (note.sources.includes(id)) continue;
      problems.push(
        new ContentError(
          read.file,
          read.citationLine(id),
          `The note cites "${id}", which its \`sources\` do not list.`,
          `${didYouMean(id, note.sources)}Add "${id}" to \`sources\`, or cite one of them.`,
        ),
      );
    }
    note.sources.forEach((id, index) => {
      if (files.works && !workIds.has(id)) {
        report(
          read,
          ['sources', index],
          `\`sources\` names "${id}", which is not a work of content/commentary/works.json.`,
          `${didYouMean(id, workIds)}Add the work there (with \`custom.verified\`), or correct the id.`,
        );
      } else if (!cited.includes(id)) {
        report(
          read,
          ['sources', index],
          `\`sources\` lists "${id}", which the note's text never cites.`,
          `Cite it where it supports a fact ([@${id}]), or remove it from \`sources\`.`,
        );
      }
    });
  }

  const guide = files.guide;
  if (guide) {
    const sectionIds = context.edition.sections.map((s) => s.id);
    let lastOrder = 0;
    guide.guide.argument.forEach((part, i) => {
      const order = sectionIds.indexOf(part.section) + 1;
      if (order === 0) {
        report(
          guide,
          ['argument', i, 'section'],
          `\`section\` names "${part.section}", which is not a section of the paper.`,
          `${didYouMean(part.section, sectionIds)}Use a file name of content/paper/ without .mdx.`,
        );
      } else if (order < lastOrder) {
        report(
          guide,
          ['argument', i, 'section'],
          `The section "${part.section}" comes before the one above it in the paper.`,
          'List the sections in the paper’s order.',
        );
      }
      lastOrder = Math.max(lastOrder, order);
      part.steps.forEach((step, j) => {
        const at = ['argument', i, 'steps', j] as const;
        step.passages.forEach((id, k) => passage(guide, [...at, 'passages', k], id));
        if (step.quote && passage(guide, [...at, 'quote', 'passage'], step.quote.passage)) {
          quotation(guide, [...at, 'quote', 'words'], step.quote.words, step.quote.passage);
        }
      });
    });
    guide.guide.orders.forEach((order, i) => {
      order.passages.forEach((id, k) => passage(guide, ['orders', i, 'passages', k], id));
      if (order.quote && passage(guide, ['orders', i, 'quote', 'passage'], order.quote.passage)) {
        quotation(guide, ['orders', i, 'quote', 'words'], order.quote.words, order.quote.passage);
      }
      const at: Located = {
        file: guide.file,
        lineOf: (path) => guide.lineOf(['orders', i, ...path]),
      };
      entries(at, 'cases', order.cases, context.caseIds, 'content/cases/');
      entries(at, 'concepts', order.concepts, context.conceptIds, 'content/glossary/');
    });
    guide.guide.standing.forEach((fact, i) =>
      fact.sources.forEach((id, k) => {
        usedWorks.add(id);
        const known = context.bibliographyIds;
        if (workIds.has(id) || !known || known.has(id) || !files.works) return;
        report(
          guide,
          ['standing', i, 'sources', k],
          `\`sources\` names "${id}", which is a work of neither list.`,
          `${didYouMean(id, [...workIds, ...known])}Use an id of content/commentary/works.json or content/bibliography/works.json.`,
        );
      }),
    );
  }

  const works = files.works;
  works?.works.forEach((work, index) => {
    if (context.bibliographyIds?.has(work.id)) {
      report(
        works,
        [index, 'id'],
        `Commentary work "${work.id}" has the id of a work of the paper's bibliography: the two lists stay apart.`,
        'Cite the bibliography’s work from the guide only, or give the commentary’s item its own id (add a keyword).',
      );
    } else if (!usedWorks.has(work.id)) {
      report(
        works,
        [index, 'id'],
        `Commentary work "${work.id}" is cited by no note and no fact of the guide.`,
        `Cite it in a note ([@${work.id}]) and list it in that note's \`sources\`, or remove the entry.`,
      );
    }
  });
  return problems;
}
