/**
 * The MDX parser's errors restated for an editor, with the line to look at and a fix. MDX reads
 * `{` as the start of a JavaScript expression and `<` before a letter or symbol as a tag, which
 * the paper's text never needs.
 */
import { ContentError } from './content-error.ts';
import { lineAt, splitFrontmatter } from './source-text.ts';

/** A ContentError for an error thrown by the MDX parser on `source`. */
export function mdxSyntaxError(error: unknown, file: string, source: string): ContentError {
  const e = error as { reason?: string; line?: number; source?: string; ruleId?: string };
  const reason = e.reason ?? String(error);
  if (e.source === 'micromark-extension-mdx-expression' || /expression|acorn/i.test(reason)) {
    // The parser reports a brace that is never closed at the end of the file: point at the brace.
    const body = splitFrontmatter(source);
    const start = body ? source.length - body.body.length : 0;
    const brace = source.indexOf('{', start);
    return new ContentError(
      file,
      brace < 0 ? (e.line ?? 1) : lineAt(source, brace),
      'A stray "{" in the text: MDX reads it as the start of a JavaScript expression.',
      'Write a literal brace as \\{ (the paper prints none, so check the line against the witness).',
    );
  }
  if (e.ruleId === 'end-tag-mismatch' || /closing tag/.test(reason)) {
    const tag = /`<(\w+)>`/.exec(reason)?.[1] ?? 'the component';
    return new ContentError(
      file,
      e.line ?? 1,
      `<${tag}> is opened but never closed: ${reason}.`,
      `Close it with </${tag}> after the marked words, within the same paragraph or note.`,
    );
  }
  if (e.source === 'micromark-extension-mdx-jsx') {
    return new ContentError(
      file,
      e.line ?? 1,
      `A stray "<" in the text: MDX reads it as the start of a tag (${reason}).`,
      'Write a literal "<" as \\< or &lt;; use only the edition’s components (<Concept>, <Case>, <Cite>, <Gap />).',
    );
  }
  return new ContentError(
    file,
    e.line ?? 1,
    `The MDX cannot be read: ${reason}.`,
    'Correct the syntax on this line.',
  );
}
