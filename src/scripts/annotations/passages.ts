/**
 * The paper's passages as the page shows them: which paragraph or note a place belongs to, its
 * plain text (what src/lib/annotations measures), and turning selections into targets and
 * targets back into marks. Elements are found by id and role only: a paragraph `p12`, a note
 * `n24` (role doc-footnote), its margin copy `sn24`.
 */
import { anchor, anchorAnywhere, type Anchor } from '../../lib/annotations/anchor.ts';
import { describe, ROOT_ID, type Target } from '../../lib/annotations/selectors.ts';
import { normalize, type Normalized } from '../../lib/annotations/text.ts';
import { noteId, parsePassageId, sidenoteId } from '../../lib/site/ids.ts';

/** What the id of every margin copy of a note begins with (`sn24`), from src/lib/site/ids.ts. */
const SIDENOTE = sidenoteId('');

/**
 * Parts of a paragraph that are not the authors' words: note markers, backlinks, our own UI,
 * the editor's remarks (links to the About page), the "cite" links and the page breaks ("p. 9"). A gap's "[…]" stays: it
 * stands for lost words, and /edition.json's text keeps it too.
 */
const NOT_TEXT =
  '[role=doc-noteref], [role=doc-backlink], [role=doc-pagebreak], [data-an-ui], a[href*="about/#"]:not([id^="gap-"]), a[href*="cite/#"]';

/** Every paragraph and note of the paper, in document order (notes follow the text). */
export function roots(): HTMLElement[] {
  return [
    ...document.querySelectorAll<HTMLElement>('article p[id], article [role=doc-footnote][id]'),
  ].filter((el) => ROOT_ID.test(el.id));
}

/** The paragraph or note a node stands in, with the id an annotation uses (`sn24` → `n24`). */
export function rootOf(node: Node | null): { el: HTMLElement; id: string } | undefined {
  const start = node instanceof Element ? node : node?.parentElement;
  const el = start?.closest<HTMLElement>(
    `article p[id], [role=doc-footnote][id], [id^="${SIDENOTE}"]`,
  );
  if (!el) return undefined;
  const id = el.id.startsWith(SIDENOTE) ? noteId(el.id.slice(SIDENOTE.length)) : el.id;
  return ROOT_ID.test(id) ? { el, id } : undefined;
}

/** The elements that show a root: a note stands in the list and in the margin. */
export function elementsOf(id: string): HTMLElement[] {
  const passage = parsePassageId(id);
  return [id, passage?.kind === 'note' ? sidenoteId(passage.n) : '']
    .map((i) => (i ? document.getElementById(i) : null))
    .filter((el): el is HTMLElement => el !== null);
}

interface Segment {
  node: Text;
  start: number;
}

function skipped(el: Element, root: HTMLElement): boolean {
  if (el.matches(NOT_TEXT)) return true;
  // The ¶ number (a link to the paragraph itself) and a margin note's number.
  if (el.getAttribute('href') === `#${root.id}`) return true;
  return (
    root.id.startsWith(SIDENOTE) &&
    el === root.firstElementChild &&
    /^\d+\.\s*$/.test(el.textContent ?? '')
  );
}

/** A root's text nodes that carry the authors' words, and its plain text. */
export function textOf(root: HTMLElement): { segments: Segment[]; plain: Normalized } {
  const segments: Segment[] = [];
  let raw = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n instanceof Element && skipped(n, root)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof Text) {
      segments.push({ node: n, start: raw.length });
      raw += n.data;
    }
  }
  return { segments, plain: normalize(raw) };
}

/** The targets a selected range covers: one per paragraph or note it touches. */
export function targetsOf(range: Range): Target[] {
  const candidates = [
    ...roots(),
    ...document.querySelectorAll<HTMLElement>(`[id^="${SIDENOTE}"]`),
  ].filter((el) => range.intersectsNode(el) && rootOf(el)?.el === el);
  // A selection that runs over the margin copies counts their paragraphs' words only.
  const inText = candidates.filter((el) => !el.id.startsWith(SIDENOTE));
  const chosen = inText.length > 0 ? inText : candidates;
  const targets: Target[] = [];
  for (const el of chosen) {
    const { segments, plain } = textOf(el);
    let lo = -1;
    let hi = -1;
    for (const { node, start } of segments) {
      const len = node.length;
      const from =
        node === range.startContainer
          ? range.startOffset
          : range.comparePoint(node, 0) < 0
            ? len
            : 0;
      const to =
        node === range.endContainer ? range.endOffset : range.comparePoint(node, len) > 0 ? 0 : len;
      if (to <= from) continue;
      if (lo < 0) lo = start + from;
      hi = start + to;
    }
    if (lo < 0) continue;
    const { text, map } = plain;
    let s = map.findIndex((m, i) => i < text.length && m >= lo);
    let e = text.length;
    while (e > 0 && (map[e - 1] ?? 0) >= hi) e--;
    if (s < 0) continue;
    while (s < e && text[s] === ' ') s++;
    while (e > s && text[e - 1] === ' ') e--;
    if (e > s) targets.push(describe(el.id.replace(/^sn/, 'n'), text, s, e));
  }
  return targets;
}

let texts: { id: string; text: string }[] | undefined;

/** Where a target stands now: its root and the anchor there (or why it could not be placed). */
export function place(target: Target): { root: string; anchor: Anchor } {
  if (!target.root) {
    // The paper's text does not change while the page is open (marks and the layer's own parts
    // are not text): read once, for every quote that names no paragraph.
    texts ??= roots().map((el) => ({ id: el.id, text: textOf(el).plain.text }));
    return anchorAnywhere(texts, target);
  }
  const el = document.getElementById(target.root);
  if (!el)
    return {
      root: target.root,
      anchor: { placed: false, reason: `${target.root} is not in the paper` },
    };
  return { root: target.root, anchor: anchor(textOf(el).plain.text, target) };
}

/** Wraps plain-text offsets [start, end) of a root element in marks made by `make`. */
export function wrap(
  el: HTMLElement,
  start: number,
  end: number,
  make: () => HTMLElement,
): HTMLElement[] {
  const { segments, plain } = textOf(el);
  const rawStart = plain.map[start] ?? 0;
  const rawEnd = (plain.map[end - 1] ?? 0) + 1;
  const marks: HTMLElement[] = [];
  for (const { node, start: at } of segments) {
    const lo = Math.max(rawStart - at, 0);
    const hi = Math.min(rawEnd - at, node.length);
    if (hi <= lo || !node.data.slice(lo, hi).trim()) continue;
    let part = node;
    if (hi < part.length) part.splitText(hi);
    if (lo > 0) part = part.splitText(lo);
    const mark = make();
    part.replaceWith(mark);
    mark.append(part);
    marks.push(mark);
  }
  return marks;
}

/** Removes marks, keeping their words in place. */
export function unwrap(marks: Iterable<Element>): void {
  for (const mark of [...marks]) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}
