/**
 * The timeline's year axis and its drawing (line, breaks, ticks, year labels). The cases run from 1644 to 1999 but crowd into 1895–1999, so the axis
 * is piecewise linear: centuries before 1890 are squeezed, the twentieth century is stretched,
 * and a break mark on the axis shows each change of scale.
 */

/**
 * A point where the axis's scale may change: `year` sits `y` units below the top of the axis.
 * Between one stop and the next the scale is linear, with a labelled tick every `tick` years.
 */
export interface ScaleStop {
  year: number;
  y: number;
  tick: number;
}

/**
 * The default axis, 1640–2000, in three linear segments. 1640–1890 holds four cases in 250 years,
 * so it gets 0.8 px a year; 1890–1990 holds most of the rest at 11 a year; the 1990s, with more
 * than a case a year, get 60 a year, so that their labels stay near their dots instead of being
 * pushed far below the end of the axis.
 */
export const SCALE_STOPS: readonly ScaleStop[] = [
  { year: 1640, y: 0, tick: 50 },
  { year: 1890, y: 200, tick: 10 },
  { year: 1990, y: 1300, tick: 2 },
  { year: 2000, y: 1900, tick: 2 },
];

/**
 * Maps a year (decimal, e.g. 1895.3) to its distance below the top of the axis. Linear between
 * consecutive stops, so it is monotonic whenever the stops are.
 * @throws RangeError for a year outside the axis, which would be drawn off it.
 */
export function scale(year: number, stops: readonly ScaleStop[] = SCALE_STOPS): number {
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (a && b && year >= a.year && year <= b.year)
      return a.y + ((year - a.year) / (b.year - a.year)) * (b.y - a.y);
  }
  const first = stops[0]?.year;
  const last = stops.at(-1)?.year;
  throw new RangeError(
    `Year ${year} is outside the timeline's axis (${String(first)}–${String(last)}); add a stop to SCALE_STOPS.`,
  );
}

/** A straight line, in user units. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A line of text at its baseline's start. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
}

/** The axis as drawn. */
export interface Axis {
  /** The axis line, cut at each change of scale. */
  lines: Segment[];
  /** Two slashes across each cut. */
  breaks: Segment[];
  ticks: { year: number; line: Segment; label: TextLine }[];
}

/** Where the axis runs, and where its year labels end (they are right-aligned to it). */
const AXIS_X = 46;
const TICK_LABEL_X = 38;

/** Rounds coordinates to a tenth: enough for the eye, and it keeps the markup short and stable. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Years that get a labelled tick: every stop, then round years by each segment's step, never crowded. */
export function tickYears(stops: readonly ScaleStop[], minSpacing: number): number[] {
  const chosen = stops.map((s) => s.year);
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (!a || !b) continue;
    for (let year = Math.ceil(a.year / a.tick) * a.tick; year < b.year; year += a.tick) {
      // Stops were placed first, so a round year too close to a stop's label is the one dropped.
      if (chosen.every((c) => Math.abs(scale(c, stops) - scale(year, stops)) >= minSpacing))
        chosen.push(year);
    }
  }
  return chosen.sort((x, y) => x - y);
}

/** Plain words for the scale, for the drawing's description. */
export function scaleWords(stops: readonly ScaleStop[]): string {
  const segments: string[] = [];
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (a && b)
      segments.push(`${a.year}–${b.year} at ${round((b.y - a.y) / (b.year - a.year))} px per year`);
  }
  return segments.join(', ');
}

/**
 * The axis, `top` units below the top of the drawing: its line, a break mark at each change of
 * scale, and ticks with year labels `fs` units high.
 */
export function axisOf(stops: readonly ScaleStop[], top: number, fs: number): Axis {
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) throw new Error('The timeline needs at least two scale stops.');
  const vertical = (y1: number, y2: number): Segment => ({ x1: AXIS_X, y1, x2: AXIS_X, y2 });
  // The line is cut at each interior stop and the cut crossed by two slashes, the usual sign that
  // the scale changes there.
  const cuts = stops.slice(1, -1).map((s) => top + s.y);
  const ends = [top + first.y, ...cuts.flatMap((y) => [y - 4, y + 4]), top + last.y];
  const lines: Segment[] = [];
  for (let i = 0; i < ends.length; i += 2)
    lines.push(vertical(round(ends[i] ?? 0), round(ends[i + 1] ?? 0)));
  const breaks = cuts.flatMap((y) =>
    [-4, 4].map((dy) => ({
      x1: AXIS_X - 6,
      y1: round(y + dy + 3),
      x2: AXIS_X + 6,
      y2: round(y + dy - 3),
    })),
  );
  const ticks = tickYears(stops, fs + 5).map((year) => {
    const y = top + scale(year, stops);
    return {
      year,
      line: { x1: AXIS_X - 5, y1: round(y), x2: AXIS_X, y2: round(y) },
      label: { x: TICK_LABEL_X, y: round(y + fs * 0.35), text: String(year) },
    };
  });
  return { lines, breaks, ticks };
}
