/**
 * Which fields of the content are the edition's own prose, held to its house style
 * (src/lib/content/typography.ts): the notes and facts of the glossary and the cases, the remarks
 * and checks of the works and of the paper's records. Not the paper's words (`paperDefinition`
 * quotes them), nor bibliographic data (a work's title is the work's), nor ids and dates. The
 * explanations of the paper's interventions are checked where they are placed (src/lib/edition/).
 */
import { fieldName } from '../lib/content/plain-text.ts';
import type { EditorialText } from '../lib/content/typography.ts';
import type { DataPath } from '../lib/content/source-text.ts';
import type { Case, Concept, Work } from '../lib/content/schemas.ts';
import type { ReadPaperFacts } from './read-bibliography.ts';
import type { EntryFile } from './read-entries.ts';

/** The prose fields of a glossary entry and of a case. */
const CONCEPT_FIELDS = ['term', 'aliases', 'definition', 'verified'] as const;
const CASE_FIELDS = ['title', 'places', 'actors', 'summary', 'role', 'verified'] as const;

/** A field's text, or each item of a list, with its path. */
function fieldTexts(value: unknown, path: DataPath): { path: DataPath; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => fieldTexts(item, [...path, i]));
  return [];
}

function ofEntry<T extends Concept | Case>(
  kind: string,
  entry: EntryFile<T>,
  fields: readonly (keyof T & string)[],
): EditorialText[] {
  const texts = fields.flatMap((f) =>
    fieldTexts(entry.data[f], [f]).map(({ path, text }) => ({
      file: entry.file,
      line: entry.lineOf(path),
      what: `${kind} ${entry.id}: field \`${fieldName(path)}\``,
      text,
    })),
  );
  if (entry.body.trim() === '') return texts;
  return [
    ...texts,
    {
      file: entry.file,
      line: entry.bodyLine,
      what: `${kind} ${entry.id}: its note`,
      text: entry.body,
    },
  ];
}

/** Every editorial text of the entries, works and paper facts, with its file and line. */
export function editorialTexts(
  concepts: readonly EntryFile<Concept>[],
  cases: readonly EntryFile<Case>[],
  works: { file: string; works: readonly Work[]; fieldLineOf(id: string, path: DataPath): number },
  facts: ReadPaperFacts,
): EditorialText[] {
  const ofWork = works.works.flatMap((w) =>
    fieldTexts(w.custom?.verified, ['custom', 'verified'])
      .concat(fieldTexts(w.custom?.remark, ['custom', 'remark']))
      .concat(fieldTexts(w.custom?.alsoCites, ['custom', 'alsoCites']))
      .map(({ path, text }) => ({
        file: works.file,
        line: works.fieldLineOf(w.id, path),
        what: `Work ${w.id}: field \`${fieldName(path)}\``,
        text,
      })),
  );
  const { article, workingPaper, verified, unverified } = facts.data;
  const ofFacts = [
    ...fieldTexts(article.custom?.verified, ['article', 'custom', 'verified']),
    ...fieldTexts(article.custom?.remark, ['article', 'custom', 'remark']),
    ...fieldTexts(workingPaper.custom?.verified, ['workingPaper', 'custom', 'verified']),
    ...fieldTexts(workingPaper.custom?.remark, ['workingPaper', 'custom', 'remark']),
    ...fieldTexts(verified, ['verified']),
    ...fieldTexts(unverified, ['unverified']),
  ].map(({ path, text }) => ({
    file: facts.file,
    line: facts.lineOf(path),
    what: `Paper facts: field \`${fieldName(path)}\``,
    text,
  }));
  return [
    ...concepts.flatMap((c) => ofEntry('Concept', c, CONCEPT_FIELDS)),
    ...cases.flatMap((c) => ofEntry('Case', c, CASE_FIELDS)),
    ...ofWork,
    ...ofFacts,
  ];
}
