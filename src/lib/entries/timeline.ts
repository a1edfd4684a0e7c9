/**
 * The geometry of the timeline of the historical cases: data in, positions out. Time runs down
 * the page, so the drawing stays legible on a 390 px phone: a year axis on the left
 * (timeline-axis.ts), each case a dot (an event) or a bar (a span) beside it, and its title and
 * dates to the right (timeline-labels.ts), the whole label a link to the case's page.
 * src/components/TimelineChart.astro draws it as SVG at build time: no charting library and no
 * script reach the reader.
 */
import { dateEndValue, dateValue, formatRange, parsePartialDate, compareCases } from './dates.ts';
import { assignLanes, placeLabels, wrapText } from './timeline-labels.ts';
import {
  type Axis,
  axisOf,
  round,
  scale,
  SCALE_STOPS,
  scaleWords,
  type ScaleStop,
  type TextLine,
} from './timeline-axis.ts';

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

/** Layout settings of `timelineLayout`. */
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

const MARK_X = 60;
const LANE_GAP = 9;
const DOT_R = 4.5;
const BAR_W = 5;
const TOP = 20;
const RIGHT_MARGIN = 4;

/** The mark of a case: a dot for an event, a bar for a span. */
export type Mark =
  | { kind: 'dot'; cx: number; cy: number; r: number }
  | { kind: 'bar'; x: number; y: number; width: number; height: number; rx: number };

/** One case as drawn: its link, its mark, its leader (when its label moved) and its label. */
export interface CaseDrawing {
  href: string;
  /** The link's accessible name: title and dates. */
  name: string;
  mark: Mark;
  /** The path (`d`) of the line from the mark to a label pushed away from it. */
  leader?: string;
  /** The label's first baseline. */
  label: { x: number; y: number };
  /** The title's lines, then the dates' lines, each on its own baseline. */
  title: TextLine[];
  date: TextLine[];
}

/** The whole drawing, in user units: what TimelineChart.astro turns into SVG. */
export interface TimelineDrawing {
  width: number;
  height: number;
  ids: { title: string; desc: string };
  title: string;
  desc: string;
  /** The visible caption that says the axis is not uniform. */
  caption: TextLine[];
  axis: Axis;
  /** In date order. */
  cases: CaseDrawing[];
}

/** One case placed on the axis. */
interface Measured {
  item: TimelineItem;
  date: string;
  /** Top and bottom of its mark, in drawing units. */
  y0: number;
  y1: number;
  isSpan: boolean;
}

/** Parses and checks one item, naming the case in any error so the build says what to fix. */
function measure(item: TimelineItem, stops: readonly ScaleStop[], top: number): Measured {
  try {
    const start = parsePartialDate(item.start);
    const end = item.end === undefined ? undefined : parsePartialDate(item.end);
    const y0 = top + scale(dateValue(start), stops);
    // A span runs through its end period: "1940–1945" ends at the close of 1945.
    const y1 =
      end === undefined
        ? y0
        : top + scale(Math.min(dateEndValue(end), stops.at(-1)?.year ?? Infinity), stops);
    return { item, date: formatRange(start, end), y0, y1, isSpan: end !== undefined };
  } catch (e) {
    throw new Error(`Timeline, case "${item.id}": ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  }
}

/** The mark of one case at its lane's x. */
function markOf(c: Measured, x: number): Mark {
  if (!c.isSpan) return { kind: 'dot', cx: x, cy: round(c.y0), r: DOT_R };
  // Spans of a few months would vanish on the axis; never draw a bar shorter than a dot.
  const height = Math.max(c.y1 - c.y0, DOT_R * 2);
  return {
    kind: 'bar',
    x: round(x - BAR_W / 2),
    y: round(c.y0),
    width: BAR_W,
    height: round(height),
    rx: BAR_W / 2,
  };
}

/**
 * Lays out the timeline. Items may come in any order; they are drawn and linked in date order
 * (`compareCases`), so the tab order is chronological.
 * @throws Error naming the case, for a bad date or a date outside the axis.
 */
export function timelineLayout(
  items: readonly TimelineItem[],
  options: TimelineOptions = {},
): TimelineDrawing {
  const width = options.width ?? TIMELINE_DEFAULTS.width;
  const prefix = options.idPrefix ?? TIMELINE_DEFAULTS.idPrefix;
  const minGap = options.minGap ?? TIMELINE_DEFAULTS.minGap;
  const stops = options.stops ?? SCALE_STOPS;
  const { fontSize, smallFontSize, lineHeight } = TIMELINE_DEFAULTS;

  // A visible caption says up front that the axis is not uniform.
  const captionText = `Time runs down the page. The scale changes at each break in the axis: years before ${stops[1]?.year ?? ''} are compressed.`;
  const captionLines = wrapText(captionText, width - 8, smallFontSize);
  const top = TOP + captionLines.length * lineHeight + 16;

  const sorted = [...items].sort(compareCases);
  const measured = sorted.map((item) => measure(item, stops, top));
  // Events share the column next to the axis; spans take lanes to its right.
  const spans = measured.filter((m) => m.isSpan);
  const spanLanes = assignLanes(
    spans.map((m) => ({ from: m.y0, to: Math.max(m.y1, m.y0 + DOT_R * 2) })),
    3,
  );
  const lanes = measured.map((m) => (m.isSpan ? (spanLanes[spans.indexOf(m)] ?? 0) + 1 : 0));
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const labelX = MARK_X + (laneCount - 1) * LANE_GAP + DOT_R + 16;
  const textWidthMax = width - labelX - RIGHT_MARGIN;

  const titles = measured.map((m) => wrapText(m.item.title, textWidthMax, fontSize));
  const dates = measured.map((m) => wrapText(m.date, textWidthMax, smallFontSize));
  const heights = titles.map((t, i) => (t.length + (dates[i]?.length ?? 0)) * lineHeight);
  const tops = placeLabels(
    measured.map((m) => m.y0 - fontSize / 2),
    heights,
    minGap,
  );

  const cases = measured.map((m, i): CaseDrawing => {
    const labelTop = tops[i] ?? 0;
    const markX = MARK_X + (lanes[i] ?? 0) * LANE_GAP;
    const baseline = (line: number) => round(labelTop + fontSize * 0.85 + line * lineHeight);
    const title = (titles[i] ?? []).map((text, l) => ({ x: round(labelX), y: baseline(l), text }));
    const date = (dates[i] ?? []).map((text, l) => ({
      x: round(labelX),
      y: baseline(title.length + l),
      text,
    }));
    // Where the label's first line sits level with its mark, the eye needs no leader.
    const moved = labelTop - (m.y0 - fontSize / 2) > 0.5;
    const leader = `M${round(markX + DOT_R + 1)} ${round(m.y0)}H${round(labelX - 10)}L${round(labelX - 3)} ${round(labelTop + fontSize / 2)}`;
    return {
      href: m.item.href,
      name: `${m.item.title}, ${m.date}`,
      mark: markOf(m, markX),
      ...(moved && { leader }),
      label: { x: round(labelX), y: baseline(0) },
      title,
      date,
    };
  });

  const axisEnd = top + (stops.at(-1)?.y ?? 0);
  const labelsEnd = Math.max(
    0,
    ...tops.map((t, i) => t + (heights[i] ?? 0)),
    ...measured.map((m) => m.y1),
  );

  const first = sorted[0];
  const last = sorted.at(-1);
  const span =
    first && last
      ? ` from ${first.title} (${formatRange(first.start, first.end)}) to ${last.title} (${formatRange(last.start, last.end)})`
      : '';
  return {
    width,
    height: Math.ceil(Math.max(axisEnd, labelsEnd) + 12),
    ids: { title: `${prefix}-title`, desc: `${prefix}-desc` },
    title: options.title ?? TIMELINE_DEFAULTS.title,
    desc:
      `${sorted.length} historical cases mentioned in the paper, in date order${span}. ` +
      `Time runs down the page on an uneven scale: ${scaleWords(stops)}. ` +
      `Events are dots and spans are bars; each label links to the case's page.`,
    caption: captionLines.map((text, i) => ({ x: 4, y: round(TOP + i * lineHeight), text })),
    axis: axisOf(stops, top, smallFontSize),
    cases,
  };
}
