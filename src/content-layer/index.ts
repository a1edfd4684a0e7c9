/**
 * The content layer: every content file (the paper's sections, glossary, cases, works, paper
 * facts, index terms, citation styles, the witness) read, validated and cross-checked once per
 * build, and handed to pages, endpoints, the search integration and the tests.
 *
 * Nothing else reads content/. Astro's content collections are not used: their sync runs before
 * any hook of ours and reports schema errors without a line; owning the loading lets every
 * mistake be answered with its file, line and fix (see ARCHITECTURE.md).
 */
import { type CitationFormatter, citationFormatter } from '../lib/citation/format.ts';
import type { CitationStyle } from '../lib/citation/styles.ts';
import { collect, ContentError, ContentErrors } from '../lib/content/content-error.ts';
import { crossReferenceProblems } from '../lib/content/crossrefs.ts';
import { type CommentaryFiles, commentaryProblems } from '../lib/commentary/checks.ts';
import { COMMENTARY_STYLE } from '../lib/commentary/render.ts';
import { cslItem } from '../lib/citation/work-fields.ts';
import type { CslInput } from '../lib/citation/format.ts';
import type { Commentary } from '../lib/commentary/model.ts';
import { indexPhraseProblems } from '../lib/content/index-phrases.ts';
import { buildEdition, type Edition, type Registry } from '../lib/edition/build.ts';
import { idOfFile } from '../lib/site/ids.ts';
import type { Case, Concept, IndexTerm, PaperFacts, Work } from '../lib/content/schemas.ts';
import {
  CONTENT_PATHS,
  contentDate,
  contentStamp,
  listContentFiles,
  projectRoot,
  readContentFile,
  watchingContent,
} from './files.ts';
import { citableIds, readPaperFacts, readWorks } from './read-bibliography.ts';
import { type EntryFile, readCases, readConcepts } from './read-entries.ts';
import { readIndexTerms, readStyles } from './read-support.ts';
import { readCommentary } from './read-commentary.ts';
import { readWitness } from './read-witness.ts';

export type { EntryFile } from './read-entries.ts';

/** Everything the site is built from, read and checked. */
export interface Content {
  /** The project root the files were read from. */
  root: string;
  edition: Edition;
  concepts: EntryFile<Concept>[];
  cases: EntryFile<Case>[];
  works: Work[];
  /** Where works.json is and the line of each work, for messages. */
  worksSource: { file: string; lineOf(id: string): number };
  paperFacts: PaperFacts;
  indexTerms: IndexTerm[];
  /** The CSL text of each citation style. */
  styles: Record<CitationStyle, string>;
  /** Formats works and CSL items in those styles. */
  formatter: CitationFormatter;
  /** The source witness, exactly as received. */
  witness: string;
  /** The date of the content (ISO): the edition's version and the access date of its citations. */
  date: string;
  /** The editor's layer: notes on what became of what the paper discusses, their works, the guide. */
  commentary: Commentary;
}

/** Reads every file and runs every check, collecting all problems instead of stopping at one. */
function load(root: string): { content?: Content; problems: ContentError[] } {
  const problems: ContentError[] = [];
  const works = collect(problems, () => readWorks(root, problems));
  const paperFacts = collect(problems, () => readPaperFacts(root));
  const concepts = readConcepts(root, problems);
  const cases = readCases(root, problems);
  const index = collect(problems, () => readIndexTerms(root, problems));
  const styles = readStyles(root, problems);
  const witness = collect(problems, () => readWitness(root));
  // Marks in the paper are checked against the ids that exist; ids of entries and works that failed
  // to read still count, so that one broken entry does not make every mark of it an error too.
  const registry: Registry = {
    Concept: new Set(listContentFiles(root, CONTENT_PATHS.glossary(), '.md').map(idOfFile)),
    Case: new Set(listContentFiles(root, CONTENT_PATHS.cases(), '.md').map(idOfFile)),
    Cite: citableIds(works),
  };
  const edition = collect(problems, () => {
    const files = new Map(
      listContentFiles(root, CONTENT_PATHS.paper(), '.mdx').map((file) => {
        const { text } = readContentFile(root, file);
        return [file, text] as const;
      }),
    );
    return buildEdition(files, registry, witness);
  });
  // The index needs only itself and the paper: its phrases are checked whatever else is wrong.
  if (index && edition) {
    problems.push(...indexPhraseProblems(index.terms, edition, index.file, index.lineOf));
  }
  const commentary = readCommentary(root, problems);
  const date = contentDate(root);
  if (edition) {
    const context = {
      edition,
      caseIds: registry.Case,
      conceptIds: registry.Concept,
      bibliographyIds: works?.ids,
      date,
    };
    problems.push(...commentaryProblems(commentary, context));
  }
  const { works: commentaryWorks, guide } = commentary;
  if (
    problems.length > 0 ||
    !works ||
    !paperFacts ||
    !edition ||
    witness === undefined ||
    !commentaryWorks ||
    !guide
  ) {
    return { problems };
  }
  const content: Content = {
    root,
    edition,
    concepts,
    cases,
    works: works.works,
    worksSource: { file: works.file, lineOf: works.lineOf },
    paperFacts,
    indexTerms: index?.terms ?? [],
    styles,
    formatter: citationFormatter(styles),
    witness,
    date,
    commentary: {
      notes: commentary.notes.map((read) => read.note),
      works: commentaryWorks.works,
      guide: guide.guide,
    },
  };
  return {
    content,
    problems: [...crossReferenceProblems(content), ...unformattedWorks(content, commentaryWorks)],
  };
}

/** Commentary works the commentary's citation style sets as nothing (too few fields). */
function unformattedWorks(
  content: Content,
  read: NonNullable<CommentaryFiles['works']>,
): ContentError[] {
  return content.commentary.works.flatMap((work, index) => {
    try {
      if (content.formatter.entry(cslItem(work) as CslInput, COMMENTARY_STYLE, 'text')) return [];
    } catch {
      // citation-js formats no entry at all: the same mistake.
    }
    return [
      new ContentError(
        read.file,
        read.lineOf([index, 'id']),
        `Commentary work "${work.id}" comes out empty in the commentary's citation style.`,
        'Give it an author (or `literal` body), a title and `issued`, as the source shows them.',
      ),
    ];
  });
}

/** The cache lives on globalThis: Astro loads the config and the pages as separate module graphs. */
const CACHE = Symbol.for('edition.content-layer');
type Cache = Map<string, { stamp: string; result: ReturnType<typeof load> }>;

function cached(root: string): ReturnType<typeof load> {
  const store = ((globalThis as Record<symbol, Cache | undefined>)[CACHE] ??= new Map());
  const hit = store.get(root);
  // Files change under a build or a test run only between runs: only `astro dev` re-checks them.
  if (hit && !watchingContent()) return hit.result;
  const stamp = contentStamp(root);
  if (hit?.stamp === stamp) return hit.result;
  const result = load(root);
  store.set(root, { stamp, result });
  return result;
}

/** Every problem in the content, as the build prints them; empty when all is well. */
export function checkContent(root = projectRoot()): readonly ContentError[] {
  return cached(root).problems;
}

/** The checked content; throws ContentErrors listing every problem. */
export function getContent(root = projectRoot()): Content {
  const { content, problems } = cached(root);
  if (!content || problems.length > 0) throw new ContentErrors(problems);
  return content;
}
