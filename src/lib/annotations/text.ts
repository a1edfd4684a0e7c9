/**
 * The plain text the reader's annotations are measured against: a paragraph's or a note's words
 * with runs of white space collapsed to one space and the ends trimmed, as `edition.json` gives
 * them. `normalize` keeps, for every character of that text, its offset in the raw text, so that
 * positions found in the plain text can be turned back into places in the page.
 */

/** Plain text and, for each of its characters (and its end), the offset in the raw text. */
export interface Normalized {
  text: string;
  /** `map[i]` is the raw offset of plain character i; `map[text.length]` is the raw end. */
  map: number[];
}

/** Collapses white space and trims, keeping the map back to the raw text. */
export function normalize(raw: string): Normalized {
  let text = '';
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? '';
    if (/\s/.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && text.length > 0) {
      text += ' ';
      map.push(pendingSpace);
    }
    pendingSpace = -1;
    text += ch;
    map.push(i);
  }
  const last = map[map.length - 1];
  map.push(last === undefined ? raw.length : last + 1);
  return { text, map };
}

/** Collapses white space and trims (for quotes). */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
