/**
 * Reads the editor's layer: the notes (`content/commentary/notes/<id>.md`, YAML frontmatter and a
 * body of plain paragraphs with citation keys), the works they rely on
 * (`content/commentary/works.json`) and the reader's guide (`content/guide.yaml`). Each file is
 * validated here; `src/lib/commentary/checks.ts` checks them against the paper afterwards.
 */
import { collect, ContentError } from '../lib/content/content-error.ts';
import {
  commentaryNoteSchema,
  commentaryWorkSchema,
  guideSchema,
} from '../lib/content/commentary-schemas.ts';
import type { CommentaryFiles } from '../lib/commentary/checks.ts';
import { lineAt, parseYaml, readFrontmatter, validate } from '../lib/content/source-text.ts';
import { parseCommentaryBody } from '../lib/commentary/body.ts';
import { type CommentaryNote, inPaperOrder } from '../lib/commentary/model.ts';
import { idOfFile } from '../lib/site/ids.ts';
import { CONTENT_PATHS, listContentFiles, readContentFile } from './files.ts';
import { readWorkList } from './read-bibliography.ts';

type CommentaryNoteFile = CommentaryFiles['notes'][number];

function readNote(root: string, file: string): CommentaryNoteFile {
  const { text } = readContentFile(root, file);
  const { data, split, lineOf } = readFrontmatter(
    file,
    text,
    commentaryNoteSchema,
    'commentary note',
    'Start the file with a block of YAML fields between two --- lines: title, passage, asOf, sources, verified (see a neighbouring note).',
  );
  const body = parseCommentaryBody(split.body, file, split.bodyLine);
  const { quote, ...fields } = data;
  const note: CommentaryNote = {
    id: idOfFile(file),
    ...fields,
    ...(quote === undefined ? {} : { quote }),
    body,
  };
  // The line of a key's first citation, for a message about it: the body keeps no positions.
  const citationLine = (id: string) => {
    const at = new RegExp(`@${id}(?![\\w-])`).exec(split.body)?.index;
    return at === undefined ? split.bodyLine : split.bodyLine + lineAt(split.body, at) - 1;
  };
  return { note, file, lineOf, citationLine };
}

function readCommentaryWorks(root: string, problems: ContentError[]): CommentaryFiles['works'] {
  const path = CONTENT_PATHS.commentaryWorks();
  const read = readWorkList(root, path, commentaryWorkSchema, 'Commentary work', problems);
  return { file: read.file, works: read.works, lineOf: read.lineAt };
}

function readGuide(root: string, problems: ContentError[]): CommentaryFiles['guide'] {
  const { file, text } = readContentFile(root, CONTENT_PATHS.guide());
  const located = parseYaml(text, file);
  const result = validate(guideSchema, located, file, 'Guide');
  problems.push(...result.problems);
  return result.data && { file, guide: result.data, lineOf: located.lineOf };
}

/** Reads every file of the editor's layer, collecting problems. */
export function readCommentary(root: string, problems: ContentError[]): CommentaryFiles {
  const notes = listContentFiles(root, CONTENT_PATHS.commentaryNotes(), '.md').flatMap((file) => {
    const read = collect(problems, () => readNote(root, file));
    return read ? [read] : [];
  });
  const works = collect(problems, () => readCommentaryWorks(root, problems));
  const guide = collect(problems, () => readGuide(root, problems));
  const order = inPaperOrder(notes.map((read, index) => ({ ...read.note, index })));
  return {
    notes: order.flatMap(({ index }) => notes[index] ?? []),
    ...(works ? { works } : {}),
    ...(guide ? { guide } : {}),
  };
}
