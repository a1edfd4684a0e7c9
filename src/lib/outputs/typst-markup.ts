/**
 * Typst markup for the edition's words: every text goes in as a string literal (`#"…"`), never as
 * markup, so that nothing in the paper (`#`, `*`, `_`, `$`, `[`, `@`, `<`, quotes, `--`, `...`) can
 * become Typst syntax, a smart quote or a shorthand: the words print exactly as the model has them.
 * Pure: strings in, markup out (src/lib/outputs/typst.ts builds the document from it).
 */
import { GAP_TEXT, type MarkKind, MARKS, type Phrase } from '../edition/model.ts';
import { aboutPath, entryPath, type EntryKind } from '../site/routes.ts';
import { decodeHtmlEntities } from '../text/html.ts';

/** A Typst string literal of any text: `a "b" \ c` → `"a \"b\" \\ c"`. */
export function typstString(value: string): string {
  let escaped = '';
  for (const c of value) {
    const code = c.codePointAt(0) ?? 0;
    if (c === '\\' || c === '"') escaped += `\\${c}`;
    else if (c === '\n') escaped += '\\n';
    else if (c === '\r') escaped += '\\r';
    else if (c === '\t') escaped += '\\t';
    // Other control characters, by their code: Typst's strings take `\u{…}`.
    else if (code < 0x20 || code === 0x7f) escaped += `\\u{${code.toString(16)}}`;
    else escaped += c;
  }
  return `"${escaped}"`;
}

/**
 * Text as it stands in markup: a string literal behind `#`. Never followed by `(`, `[` or `.` in
 * what this module writes, which would make it a call or a field access.
 */
export function typstText(value: string): string {
  return value === '' ? '' : `#${typstString(value)}`;
}

/** A link to a public address around some markup. */
export function typstLink(url: string, body: string): string {
  return `#link(${typstString(url)})[${body}]`;
}

/** How phrases are written: addresses, and what has been linked already. */
export interface PhraseOptions {
  /** The public address of a site path ("/about/#gap-1" → "https://…/about/#gap-1"). */
  permalink: (sitePath: string) => string;
  /** Notes whose marker the editor restored: their number prints in brackets, as on /paper/. */
  restored: ReadonlySet<number>;
  /** Entry pages already linked in this section or note: a concept or case links once. */
  linked: Set<string>;
  /** The footnote of a note, by its number, written where its marker stands. */
  footnote: (n: number) => string;
}

/** The kind of entry page of each kind of mark. */
const ROUTES = Object.fromEntries(Object.values(MARKS).map((m) => [m.kind, m.route])) as Record<
  MarkKind,
  EntryKind
>;

/**
 * Where a page of the working paper begins: "p. 9" in the left margin, on the line where its
 * first word stands (the `pagestart` function of the document's preamble).
 */
export function typstPageStart(n: number): string {
  return `#pagestart(${typstString(String(n))})`;
}

function phrase(node: Phrase, options: PhraseOptions): string {
  switch (node.type) {
    case 'text':
      return typstText(node.value);
    case 'break':
      return '#linebreak()';
    case 'emphasis':
      return `#emph[${typstPhrases(node.children, options)}]`;
    case 'strong':
      return `#strong[${typstPhrases(node.children, options)}]`;
    case 'title':
      // A book's or journal's title, in italics as printed (src/lib/edition/titles.ts).
      return node.level === 'a'
        ? typstPhrases(node.children, options)
        : `#emph[${typstPhrases(node.children, options)}]`;
    case 'link':
      return typstLink(node.url, typstPhrases(node.children, options));
    case 'noteRef':
      return options.footnote(node.n);
    case 'gap':
      return typstLink(options.permalink(aboutPath(node.id)), typstText(GAP_TEXT));
    case 'pageBreak':
      return typstPageStart(node.n);
    case 'mark': {
      const path = entryPath(ROUTES[node.kind], node.id);
      const body = typstPhrases(node.children, options);
      if (node.kind !== 'work' && options.linked.has(path)) return body;
      options.linked.add(path);
      return typstLink(options.permalink(path), body);
    }
  }
}

/**
 * A page that begins inside a word ("experi|ence", a word the working paper hyphenated across
 * its pages) is marked after that word: the margin shows the same line, and the PDF's text layer
 * keeps the word whole, for search and copying.
 */
function wordBoundaryFirst(nodes: readonly Phrase[]): Phrase[] {
  const out = [...nodes];
  for (let i = 1; i < out.length - 1; i++) {
    const [before, mark, after] = [out[i - 1], out[i], out[i + 1]];
    if (mark?.type !== 'pageBreak' || before?.type !== 'text' || after?.type !== 'text') continue;
    if (!/\p{L}$/u.test(before.value)) continue;
    const rest = /^\p{L}[^\s]*/u.exec(after.value)?.[0];
    if (!rest) continue;
    out.splice(i, 2, { type: 'text', value: rest }, mark, {
      type: 'text',
      value: after.value.slice(rest.length),
    });
  }
  return out;
}

/** A paragraph's or a note's content as Typst markup. */
export function typstPhrases(nodes: readonly Phrase[], options: PhraseOptions): string {
  return wordBoundaryFirst(nodes)
    .map((node) => phrase(node, options))
    .join('');
}

/**
 * A formatted bibliography entry (citation-js's HTML, whose only markup is `<i>` for titles) as
 * Typst markup. Any other element is refused: it would be a change of the styles to look at.
 */
export function typstFromEntryHtml(html: string): string {
  const parts = html.split(/(<\/?i>)/);
  let out = '';
  for (const part of parts) {
    if (part === '<i>') out += '#emph[';
    else if (part === '</i>') out += ']';
    else if (/<[a-z/!]/i.test(part))
      throw new Error(`Bibliography entry with markup the PDF does not know: ${html}`);
    else out += typstText(decodeHtmlEntities(part));
  }
  return out;
}
