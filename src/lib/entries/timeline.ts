// Over 300 lines: one drawing (scale, lanes, labels, SVG) whose steps share its geometry.
/**
 * The timeline of the historical cases, drawn at build time as an SVG string: no charting library
 * and no script reach the reader. Time runs down the page, so the drawing stays legible on a
 * 390 px phone: a year axis on the left, each case a dot (an event) or a bar (a span) beside it,
 * and its title and dates to the right, the whole label a link to the case's page.
 *
 * The cases run from 1644 to 1999 but crowd into 1895–1999, so the axis is piecewise linear:
 * centuries before 1890 are squeezed, the twentieth century is stretched, and a break mark on the
 * axis shows each change of scale. Labels that would collide are pushed down, with a leader line
 * back to their mark.
 */
import { dateEndValue, dateValue, formatRange, parsePartialDate, compareCases } from './dates.ts';

/** One case to draw. */
export interface TimelineItem {
  /** The case's slug, named in errors. */
  id: string;
  title: string;
  /** ISO 8601 partial date, "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  start: string;
  end?: string | undefined;
  /** Where the label links: the case's page, as the caller addresses it (under the site's base). */
  href: string;
}

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

/** Layout settings of `timelineSvg`. */
export interface TimelineOptions {
  /** Width of the viewBox in user units; the drawing is 1:1 in a container this wide. */
  width?: number;
  /** Prefix of every id in the drawing, so two timelines on one page do not collide. */
  idPrefix?: string;
  /** The accessible name of the drawing. */
  title?: string;
  /** Least space between one label's last line and the next label's first, in user units. */
  minGap?: number;
  /** The axis; see `SCALE_STOPS`. */
  stops?: readonly ScaleStop[];
}

/** Defaults of `TimelineOptions`, and the type sizes (user units), exported for tests and pages. */
export const TIMELINE_DEFAULTS = {
  // 390 px phone minus the page's 2 × 1.25rem padding: at that width one unit is one pixel.
  width: 350,
  idPrefix: 'tl',
  title: 'Timeline of the historical cases, 1644–1999',
  minGap: 6,
  fontSize: 14,
  smallFontSize: 13,
  lineHeight: 17,
} as const;

/**
 * Colours of the drawing on its own (light: all text passes 4.5:1 on white, ink 16.8:1, accent
 * 8.6:1, muted 7:1; leaders 4.5:1). On the site each painted element's class (`tl-caption`,
 * `tl-axis`, `tl-title`, `tl-date`, `tl-leader`, the marks of `tl-case`) takes the theme's colour
 * instead (src/styles/entries.css, src/styles/themes.css), so the timeline follows light, dark,
 * sepia and forced colours.
 */
export const TIMELINE_COLOURS = {
  ink: '#1d1d1f',
  accent: '#8a2c0d',
  muted: '#595959',
  leader: '#767676',
} as const;

const AXIS_X = 46;
const TICK_LABEL_X = 38;
const MARK_X = 60;
const LANE_GAP = 9;
const DOT_R = 4.5;
const BAR_W = 5;
const TOP = 20;
const RIGHT_MARGIN = 4;

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

/** Escapes text for XML content and attribute values. */
function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Rounds coordinates to a tenth: enough for the eye, and it keeps the markup short and stable. */
function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** One case with everything needed to draw it. */
interface Laid {
  item: TimelineItem;
  href: string;
  date: string;
  /** Top and bottom of its mark, in drawing units. */
  y0: number;
  y1: number;
  isSpan: boolean;
  lane: number;
  lines: string[];
  /** The date range, wrapped like the title (long ranges do not fit a phone's width). */
  dateLines: string[];
  /** Top of its label once placed. */
  labelTop: number;
}

/** Parses and checks one item, naming the case in any error so the build says what to fix. */
function measure(
  item: TimelineItem,
  stops: readonly ScaleStop[],
  top: number,
): Pick<Laid, 'item' | 'href' | 'date' | 'y0' | 'y1' | 'isSpan'> {
  try {
    const start = parsePartialDate(item.start);
    const end = item.end === undefined ? undefined : parsePartialDate(item.end);
    const date = formatRange(start, end);
    const y0 = top + scale(dateValue(start), stops);
    // A span runs through its end period: "1940–1945" ends at the close of 1945.
    const y1 =
      end === undefined
        ? y0
        : top + scale(Math.min(dateEndValue(end), stops.at(-1)?.year ?? Infinity), stops);
    return {
      item,
      href: item.href,
      date,
      y0,
      y1,
      isSpan: end !== undefined,
    };
  } catch (e) {
    throw new Error(`Timeline, case "${item.id}": ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  }
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

/** The axis: line, break marks at each change of scale, ticks and year labels. */
function axisSvg(stops: readonly ScaleStop[], top: number): string {
  const { muted } = TIMELINE_COLOURS;
  const fs = TIMELINE_DEFAULTS.smallFontSize;
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) throw new Error('The timeline needs at least two scale stops.');
  const parts: string[] = [];
  // The line is cut at each interior stop and the cut crossed by two slashes, the usual sign that
  // the scale changes there.
  const cuts = stops.slice(1, -1).map((s) => top + s.y);
  const ends = [top + first.y, ...cuts.flatMap((y) => [y - 4, y + 4]), top + last.y];
  for (let i = 0; i < ends.length; i += 2) {
    parts.push(
      `<line x1="${AXIS_X}" y1="${num(ends[i] ?? 0)}" x2="${AXIS_X}" y2="${num(ends[i + 1] ?? 0)}" stroke="${muted}" stroke-width="1.5"/>`,
    );
  }
  for (const y of cuts) {
    for (const dy of [-4, 4]) {
      parts.push(
        `<line class="tl-break" x1="${AXIS_X - 6}" y1="${num(y + dy + 3)}" x2="${AXIS_X + 6}" y2="${num(y + dy - 3)}" stroke="${muted}" stroke-width="1.5"/>`,
      );
    }
  }
  for (const year of tickYears(stops, fs + 5)) {
    const y = top + scale(year, stops);
    parts.push(
      `<line x1="${AXIS_X - 5}" y1="${num(y)}" x2="${AXIS_X}" y2="${num(y)}" stroke="${muted}"/>`,
    );
    parts.push(
      `<text class="tl-tick" x="${TICK_LABEL_X}" y="${num(y + fs * 0.35)}" text-anchor="end" font-size="${fs}" fill="${muted}">${year}</text>`,
    );
  }
  return `<g class="tl-axis" aria-hidden="true">${parts.join('')}</g>`;
}

/** Plain words for the scale, for the description and the visible caption. */
function scaleWords(stops: readonly ScaleStop[]): string {
  const segments: string[] = [];
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (a && b)
      segments.push(`${a.year}–${b.year} at ${num((b.y - a.y) / (b.year - a.year))} px per year`);
  }
  return segments.join(', ');
}

/** The mark of one case: a dot for an event, a bar for a span. */
function markSvg(c: Laid): string {
  const x = MARK_X + c.lane * LANE_GAP;
  if (!c.isSpan)
    return `<circle cx="${x}" cy="${num(c.y0)}" r="${DOT_R}" fill="${TIMELINE_COLOURS.accent}"/>`;
  // Spans of a few months would vanish on the axis; never draw a bar shorter than a dot.
  const height = Math.max(c.y1 - c.y0, DOT_R * 2);
  return `<rect x="${num(x - BAR_W / 2)}" y="${num(c.y0)}" width="${BAR_W}" height="${num(height)}" rx="${BAR_W / 2}" fill="${TIMELINE_COLOURS.accent}"/>`;
}

/** The label of one case, its leader line when it was pushed away from its mark, in a link. */
function caseSvg(c: Laid, labelX: number): string {
  const { fontSize, smallFontSize, lineHeight } = TIMELINE_DEFAULTS;
  const { ink, accent, leader } = TIMELINE_COLOURS;
  const markX = MARK_X + c.lane * LANE_GAP;
  const baseline = (i: number): string => num(c.labelTop + fontSize * 0.85 + i * lineHeight);
  const title = c.lines.map(
    (line, i) =>
      `<tspan class="tl-title" x="${num(labelX)}" y="${baseline(i)}" fill="${accent}" text-decoration="underline">${esc(line)}</tspan>`,
  );
  const date = c.dateLines.map(
    (line, i) =>
      `<tspan class="tl-date" x="${num(labelX)}" y="${baseline(c.lines.length + i)}" font-size="${smallFontSize}" fill="${ink}">${esc(line)}</tspan>`,
  );
  // Where the label's first line sits level with its mark, the eye needs no leader.
  const wantedTop = c.y0 - fontSize / 2;
  const moved = c.labelTop - wantedTop > 0.5;
  const lead = moved
    ? `<path class="tl-leader" d="M${num(markX + DOT_R + 1)} ${num(c.y0)}H${num(labelX - 10)}L${num(labelX - 3)} ${num(c.labelTop + fontSize / 2)}" fill="none" stroke="${leader}" stroke-width="1"/>`
    : '';
  // Lines are placed one by one, so the space between them is invisible; it keeps the words of a
  // wrapped label apart in the text that assistive technology reads.
  const name = `${c.item.title}, ${c.date}`;
  return (
    `<a class="tl-case" href="${esc(c.href)}" aria-label="${esc(name)}">` +
    markSvg(c) +
    lead +
    `<text class="tl-label" x="${num(labelX)}" y="${baseline(0)}" font-size="${fontSize}">${[...title, ...date].join(' ')}</text>` +
    `</a>`
  );
}

/**
 * Draws the timeline as a standalone, accessible SVG string. Items may come in any order; they are
 * drawn and linked in date order (`compareCases`), so the tab order is chronological.
 * @throws Error naming the case, for a bad date or a date outside the axis.
 */
export function timelineSvg(items: readonly TimelineItem[], options: TimelineOptions = {}): string {
  const width = options.width ?? TIMELINE_DEFAULTS.width;
  const prefix = options.idPrefix ?? TIMELINE_DEFAULTS.idPrefix;
  const minGap = options.minGap ?? TIMELINE_DEFAULTS.minGap;
  const stops = options.stops ?? SCALE_STOPS;
  const { fontSize, smallFontSize, lineHeight } = TIMELINE_DEFAULTS;
  const { ink, muted } = TIMELINE_COLOURS;

  // A visible caption says up front that the axis is not uniform.
  const captionText = `Time runs down the page. The scale changes at each break in the axis: years before ${stops[1]?.year ?? ''} are compressed.`;
  const caption = wrapText(captionText, width - 8, smallFontSize);
  const top = TOP + caption.length * lineHeight + 16;

  const sorted = [...items].sort(compareCases);
  const measured = sorted.map((item) => measure(item, stops, top));
  // Events share the column next to the axis; spans take lanes to its right.
  const spanIdx = measured.flatMap((m, i) => (m.isSpan ? [i] : []));
  const spanLanes = assignLanes(
    spanIdx.map((i) => ({
      from: measured[i]?.y0 ?? 0,
      to: Math.max(measured[i]?.y1 ?? 0, (measured[i]?.y0 ?? 0) + DOT_R * 2),
    })),
    3,
  );
  const lanes = measured.map((m, i) => (m.isSpan ? (spanLanes[spanIdx.indexOf(i)] ?? 0) + 1 : 0));
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const labelX = MARK_X + (laneCount - 1) * LANE_GAP + DOT_R + 16;
  const textWidthMax = width - labelX - RIGHT_MARGIN;

  const lines = measured.map((m) => wrapText(m.item.title, textWidthMax, fontSize));
  const dateLines = measured.map((m) => wrapText(m.date, textWidthMax, smallFontSize));
  const heights = lines.map((l, i) => (l.length + (dateLines[i]?.length ?? 0)) * lineHeight);
  const tops = placeLabels(
    measured.map((m) => m.y0 - fontSize / 2),
    heights,
    minGap,
  );
  const laid: Laid[] = measured.map((m, i) => ({
    ...m,
    lane: lanes[i] ?? 0,
    lines: lines[i] ?? [],
    dateLines: dateLines[i] ?? [],
    labelTop: tops[i] ?? 0,
  }));

  const axisEnd = top + (stops.at(-1)?.y ?? 0);
  const labelsEnd = Math.max(
    0,
    ...laid.map((c, i) => c.labelTop + (heights[i] ?? 0)),
    ...laid.map((c) => c.y1),
  );
  const height = Math.ceil(Math.max(axisEnd, labelsEnd) + 12);

  const first = sorted[0];
  const last = sorted.at(-1);
  const span =
    first && last
      ? ` from ${first.title} (${formatRange(first.start, first.end)}) to ${last.title} (${formatRange(last.start, last.end)})`
      : '';
  const desc =
    `${sorted.length} historical cases discussed in the paper, in date order${span}. ` +
    `Time runs down the page on an uneven scale: ${scaleWords(stops)}. ` +
    `Events are dots and spans are bars; each label links to the case's page.`;

  const captionSvg = caption
    .map(
      (line, i) =>
        `<text class="tl-caption" x="4" y="${num(TOP + i * lineHeight)}" font-size="${smallFontSize}" fill="${muted}">${esc(line)}</text>`,
    )
    .join('');

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="tl" viewBox="0 0 ${width} ${height}" width="100%" role="group" ` +
    `aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" fill="${ink}">` +
    `<title id="${prefix}-title">${esc(options.title ?? TIMELINE_DEFAULTS.title)}</title>` +
    `<desc id="${prefix}-desc">${esc(desc)}</desc>` +
    `<g aria-hidden="true">${captionSvg}</g>` +
    axisSvg(stops, top) +
    `<g class="tl-cases">${laid.map((c) => caseSvg(c, labelX)).join('')}</g>` +
    `</svg>`
  );
}
