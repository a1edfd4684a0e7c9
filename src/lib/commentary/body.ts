/**
 * Parses the body of an editor's note (`content/commentary/notes/<id>.md`): one to three short
 * paragraphs of plain Markdown with `*emphasis*` for titles and Pandoc-style citation keys,
 * `[@id]`, `[@id, p. 12]`, `[@a; @b]`. Nothing else is Markdown here: a heading, list, quotation
 * block, link, code or raw HTML is refused with its line, so that no markup reaches a page.
 */
import { ContentError, ContentErrors } from '../content/content-error.ts';
import type { CitationKey, CommentaryParagraph, CommentaryPiece } from './model.ts';

const BODY_FIX =
  'Write one to three paragraphs of plain text, separated by a blank line; *Title* for titles only, and a citation key [@id] or [@id, p. 12] after each fact.';

/** What a line of the body may not be or hold, each with the name a message gives it. */
const REFUSED: readonly { what: string; pattern: RegExp }[] = [
  { what: 'a heading', pattern: /^\s{0,3}#{1,6}(?:\s|$)/ },
  { what: 'a list item', pattern: /^\s*(?:[-+*]|\d{1,2}[.)])\s/ },
  { what: 'a quotation block', pattern: /^\s{0,3}>/ },
  { what: 'an HTML tag or comment', pattern: /<[/!?a-z]/i },
  { what: 'an HTML character reference', pattern: /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i },
  { what: 'a Markdown link', pattern: /!?\[[^\]\n]*\]\(|\[[^\]@\n]*\]\[/ },
  { what: 'code', pattern: /`/ },
  { what: 'strong emphasis', pattern: /\*\*|__/ },
];

/** One citation key's grammar: `@id` and an optional locator after a comma. */
const KEY = /^@([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s*,\s*(\S[^;]*?))?\s*$/;

/** The keys of a bracket's inside ("@a, p. 3; @b"), or undefined when it is not a citation. */
export function parseCitationKeys(inside: string): CitationKey[] | undefined {
  const keys: CitationKey[] = [];
  for (const part of inside.split(';')) {
    const match = KEY.exec(part.trim());
    if (!match?.[1]) return undefined;
    keys.push(match[2] ? { id: match[1], locator: match[2] } : { id: match[1] });
  }
  return keys;
}

/** One paragraph's source text (lines joined) into pieces; `problem` reports at an offset. */
function parsePieces(
  text: string,
  problem: (offset: number, what: string, fix: string) => void,
): CommentaryParagraph {
  const pieces: CommentaryPiece[] = [];
  const pushText = (run: string) => {
    if (!run) return;
    const last = pieces.at(-1);
    if (last?.kind === 'text') last.text += run;
    else pieces.push({ kind: 'text', text: run });
  };
  let at = 0;
  let run = '';
  while (at < text.length) {
    const char = text[at];
    if (char === '[' && text[at + 1] === '@') {
      const close = text.indexOf(']', at);
      const keys = close < 0 ? undefined : parseCitationKeys(text.slice(at + 1, close));
      if (!keys) {
        problem(
          at,
          `The citation "${text.slice(at, close < 0 ? at + 30 : close + 1)}" is not written as a citation key.`,
          'Write [@id], [@id, p. 12] or [@a; @b]: ids of content/commentary/works.json, the locator after a comma, keys apart by ";".',
        );
        return pieces;
      }
      pushText(run);
      run = '';
      pieces.push({ kind: 'citation', keys });
      at = close + 1;
    } else if (char === '*') {
      const close = text.indexOf('*', at + 1);
      const words = close < 0 ? '' : text.slice(at + 1, close);
      if (!words.trim() || words !== words.trim()) {
        problem(
          at,
          'A "*" opens no emphasis: emphasis is *Title*, the asterisks against the words.',
          'Close the title with "*", or remove the stray asterisk.',
        );
        return pieces;
      }
      pushText(run);
      run = '';
      pieces.push({ kind: 'emphasis', text: words });
      at = close + 1;
    } else {
      run += char;
      at++;
    }
  }
  pushText(run);
  return pieces;
}

/** Whether a paragraph ends with a citation (closing punctuation and quotes aside). */
function endsWithCitation(paragraph: CommentaryParagraph): boolean {
  const last = paragraph.at(-1);
  const beforeLast = paragraph.at(-2);
  if (last?.kind === 'citation') return true;
  return (
    last?.kind === 'text' && /^[\s.,;:!?”’)]*$/.test(last.text) && beforeLast?.kind === 'citation'
  );
}

/**
 * A note's body as paragraphs of pieces. `bodyLine` is the file's line where the body starts.
 * Throws ContentErrors listing every problem, each at its line.
 */
export function parseCommentaryBody(
  body: string,
  file: string,
  bodyLine: number,
): CommentaryParagraph[] {
  const problems: ContentError[] = [];
  const paragraphs: CommentaryParagraph[] = [];
  const lines = body.split(/\r?\n/);
  let block: { line: number; text: string[] } | undefined;
  const close = () => {
    if (!block) return;
    const { line, text } = block;
    block = undefined;
    const joined = text.map((l) => l.trim()).join(' ');
    const lineOfOffset = (offset: number) => {
      let rest = offset;
      for (const [i, l] of text.entries()) {
        if (rest <= l.trim().length) return line + i;
        rest -= l.trim().length + 1;
      }
      return line + text.length - 1;
    };
    const before = problems.length;
    const pieces = parsePieces(joined, (offset, what, fix) =>
      problems.push(new ContentError(file, lineOfOffset(offset), what, fix)),
    );
    if (problems.length > before) return;
    if (!endsWithCitation(pieces)) {
      problems.push(
        new ContentError(
          file,
          line + text.length - 1,
          'The paragraph does not end with a citation: every fact of a note has its source.',
          'End the paragraph’s last sentence with the key of its source: … in 2009 [@arf-2009-vision].',
        ),
      );
    }
    paragraphs.push(pieces);
  };
  lines.forEach((text, index) => {
    const line = bodyLine + index;
    if (text.trim() === '') return close();
    const refused = REFUSED.find(({ pattern }) => pattern.test(text));
    if (refused) {
      problems.push(
        new ContentError(
          file,
          line,
          `The note’s text holds ${refused.what}, but a note is plain paragraphs: it would not be published as written.`,
          BODY_FIX,
        ),
      );
      return;
    }
    if (block) block.text.push(text);
    else block = { line, text: [text] };
  });
  close();
  if (paragraphs.length === 0 && problems.length === 0) {
    problems.push(
      new ContentError(file, bodyLine, 'The note has no text below its frontmatter.', BODY_FIX),
    );
  }
  if (problems.length > 0) throw new ContentErrors(problems);
  return paragraphs;
}
