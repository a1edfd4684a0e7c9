/**
 * The working paper's pages as /paper/ marks them (`[role=doc-pagebreak]`, rendered from the
 * model), so that what the reader copies cites its page before its ¶ or n.: "p. 5, ¶ 12". The
 * page lookup itself is src/lib/edition/page-of.ts.
 */
import { locatorOf, type Target } from '../../lib/annotations/selectors.ts';
import {
  type PageAnchor,
  pagedLocator,
  pagesOfPlaces,
  type TextPlace,
} from '../../lib/edition/page-of.ts';
import { noteRefId, pageBreakId, parsePassageId } from '../../lib/site/ids.ts';
import { textOf } from './passages.ts';

const PAGE_ID = pageBreakId('');

/** Where an element stands in the plain text of its paragraph. */
function placeOf(el: Element): TextPlace | undefined {
  const p = el.closest<HTMLElement>('article p[id]');
  if (!p) return undefined;
  const { segments, plain } = textOf(p);
  const next = segments.find(
    (s) => el.compareDocumentPosition(s.node) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const raw = next?.start ?? Infinity;
  const offset = plain.map.findIndex((m, i) => i < plain.text.length && m >= raw);
  return { passage: p.id, offset: offset < 0 ? plain.text.length : offset };
}

let anchors: PageAnchor[] | undefined;

/** The page starts of the page, read once. */
function pageAnchors(): PageAnchor[] {
  anchors ??= [
    ...document.querySelectorAll(`article p[id] [role=doc-pagebreak][id^="${PAGE_ID}"]`),
  ].flatMap((el) => {
    const place = placeOf(el);
    return place ? [{ n: Number(el.id.slice(PAGE_ID.length)), ...place }] : [];
  });
  return anchors;
}

/** Where a target's words stand in the text; a note's, where its marker does. */
function placesOf(target: Target): TextPlace[] {
  const passage = parsePassageId(target.root);
  if (passage?.kind === 'note') {
    const marker = document.getElementById(noteRefId(passage.n));
    const place = marker && placeOf(marker);
    return place ? [place] : [];
  }
  if (passage?.kind !== 'paragraph') return [];
  const { start = 0, end = start + 1 } = target.position ?? {};
  return [
    { passage: target.root, offset: start },
    { passage: target.root, offset: Math.max(start, end - 1) },
  ];
}

/** How the words of targets are cited: "p. 5, ¶ 12", "pp. 5–6, ¶¶ 13–14", "p. 16, n. 24". */
export function citedLocator(targets: readonly Target[]): string {
  const pages = pagesOfPlaces(pageAnchors(), targets.flatMap(placesOf));
  return pagedLocator(pages, locatorOf(targets.map((t) => t.root)));
}
