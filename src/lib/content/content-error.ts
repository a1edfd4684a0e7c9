/**
 * How the edition answers an editor's mistake: the file, the line, what is wrong and how to fix
 * it. Every check of content throws or collects these; the build prints them as a plain list.
 */

/** One mistake in a content file. */
export class ContentError extends Error {
  /** Path of the file, relative to the project root, with forward slashes. */
  readonly file: string;
  /** Line of the file where the problem is, from 1. */
  readonly line: number;
  /** What is wrong, in one sentence. */
  readonly problem: string;
  /** What to do about it. */
  readonly fix: string;
  constructor(file: string, line: number, problem: string, fix: string) {
    super(`${file}:${line} ${problem}\n  Fix: ${fix}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.fix = fix;
  }
}

/** Every mistake found at once, so that an editor can fix them in one pass. */
export class ContentErrors extends Error {
  readonly problems: readonly ContentError[];
  constructor(problems: readonly ContentError[]) {
    super(formatProblems(problems));
    this.name = 'ContentErrors';
    this.problems = problems;
  }
}

/** The problems as the build prints them: a count, then one `file:line problem` and its fix each. */
export function formatProblems(problems: readonly ContentError[]): string {
  const count = `${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
  return [`${count}:`, ...problems.map((p) => p.message)].join('\n');
}

/** Runs a check; a ContentError it throws joins `problems` instead of stopping the others. */
export function collect<T>(problems: ContentError[], check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    if (error instanceof ContentErrors) problems.push(...error.problems);
    else if (error instanceof ContentError) problems.push(error);
    else throw error;
    return undefined;
  }
}
