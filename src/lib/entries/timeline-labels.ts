/**
 * The timeline's labels without fonts: how wide a text is, where it wraps, and where each label
 * goes so that none overlaps the one before. Labels that would collide are pushed down.
 */

/**
 * Rough advance width of a string in a sans-serif face, per character class. Build time has no
 * fonts to measure, so this errs wide: a label wrapped too early wastes a little space, one
 * wrapped too late runs off the drawing.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.32;
    else if (/[mwMW]/.test(ch)) em += 0.95;
    else if (/[A-Z]/.test(ch)) em += 0.76;
    else if (/[ijlft.,:;’'()|!]/.test(ch)) em += 0.36;
    else em += 0.62;
  }
  return em * fontSize;
}

/** Breaks text into lines no wider than `maxWidth`, at spaces; a word longer than a line stands alone. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Places labels in order, each as near as possible to where it wants to be but never closer than
 * `minGap` below the end of the one before: `wanted` are the preferred tops, `heights` the labels'
 * heights. Labels only move down, so the reading order stays the date order.
 */
export function placeLabels(
  wanted: readonly number[],
  heights: readonly number[],
  minGap: number,
): number[] {
  const placed: number[] = [];
  let floor = -Infinity;
  wanted.forEach((y, i) => {
    const top = Math.max(y, floor);
    placed.push(top);
    floor = top + (heights[i] ?? 0) + minGap;
  });
  return placed;
}

/**
 * Gives each vertical interval (`from` ≤ `to`, in drawing units, in start order) the first lane
 * whose last interval ended at least `pad` before it, so that bars never overlap.
 */
export function assignLanes(
  intervals: readonly { from: number; to: number }[],
  pad: number,
): number[] {
  const laneEnds: number[] = [];
  return intervals.map(({ from, to }) => {
    let lane = laneEnds.findIndex((end) => end + pad <= from);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = to;
    return lane;
  });
}
