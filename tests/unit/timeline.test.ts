import { describe, expect, it } from 'vitest';
import { scale, SCALE_STOPS, tickYears } from '../../src/lib/entries/timeline-axis.ts';
import {
  assignLanes,
  placeLabels,
  textWidth,
  wrapText,
} from '../../src/lib/entries/timeline-labels.ts';
import {
  TIMELINE_DEFAULTS,
  timelineLayout,
  type TimelineItem,
} from '../../src/lib/entries/timeline.ts';

describe('timelineLayout, on crowded and bad input', () => {
  const day = (i: number): TimelineItem => ({
    id: `c${i}`,
    title: `Case number ${i}`,
    start: '1907-06-10',
    href: `/cases/c${i}/`,
  });

  it('pushes crowded labels down and draws a leader line to the mark of each one moved', () => {
    const crowd = timelineLayout(Array.from({ length: 8 }, (_, i) => day(i))).cases;
    const ys = crowd.map((c) => c.label.y);
    expect(ys).toHaveLength(8);
    for (let i = 1; i < ys.length; i++)
      expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(TIMELINE_DEFAULTS.minGap);
    expect(crowd.filter((c) => c.leader)).toHaveLength(7);
    // The first label sits level with its dot and needs no leader.
    expect(crowd[0]?.leader).toBeUndefined();
  });

  it('keeps a wider minimum gap when asked', () => {
    const [a, b] = timelineLayout([day(1), day(2)], { minGap: 40 }).cases;
    if (!a || !b) throw new Error('two labels expected');
    expect(b.label.y - a.label.y).toBeGreaterThanOrEqual(2 * TIMELINE_DEFAULTS.lineHeight + 40);
  });

  it('names each case by its title and dates, and gives its lines in reading order', () => {
    const [c] = timelineLayout([
      { id: 'x', title: 'War & Peace <1812> "quoted"', start: '1812', href: '/cases/x/' },
    ]).cases;
    expect(c?.name).toBe('War & Peace <1812> "quoted", 1812');
    // The label's lines: title, then date, each on its own baseline a line height apart.
    expect(c?.title.map((l) => l.text)).toEqual(['War & Peace <1812> "quoted"']);
    expect(c?.date.map((l) => l.text)).toEqual(['1812']);
    expect(c?.title[0]?.y).toBe(c?.label.y);
    expect((c?.date[0]?.y ?? 0) - (c?.label.y ?? 0)).toBeCloseTo(TIMELINE_DEFAULTS.lineHeight, 0);
  });

  it('lays the cases out in date order whatever order they come in, with dots and bars', () => {
    const items: TimelineItem[] = [
      { id: 'b', title: 'B', start: '1950', end: '1953', href: '/cases/b/' },
      { id: 'a', title: 'A', start: '1905', href: '/cases/a/' },
      { id: 'c', title: 'C', start: '1997-07', href: '/cases/c/' },
    ];
    const hrefs = (list: TimelineItem[]) => timelineLayout(list).cases.map((c) => c.href);
    expect(hrefs(items)).toEqual(['/cases/a/', '/cases/b/', '/cases/c/']);
    expect(hrefs([...items].reverse())).toEqual(hrefs(items));
    expect(timelineLayout(items).cases.map((c) => c.mark.kind)).toEqual(['dot', 'bar', 'dot']);
  });

  it('prefixes its ids, so that two drawings on a page do not collide', () => {
    expect(timelineLayout([day(1)]).ids).toEqual({ title: 'tl-title', desc: 'tl-desc' });
    expect(timelineLayout([day(1)], { idPrefix: 'tl-home' }).ids.title).toBe('tl-home-title');
  });

  it('names the case whose date is bad or off the axis', () => {
    expect(() =>
      timelineLayout([{ id: 'bad', title: 'Bad', start: '1999-02-30', href: '/cases/bad/' }]),
    ).toThrow(/case "bad".*February 1999/);
    expect(() =>
      timelineLayout([{ id: 'early', title: 'Early', start: '1600', href: '/cases/early/' }]),
    ).toThrow(/case "early".*outside the timeline's axis/);
  });
});

describe('scale', () => {
  it('maps 1640 to the top of the axis and 2000 to the bottom', () => {
    expect(scale(1640)).toBe(0);
    expect(scale(2000)).toBe(SCALE_STOPS.at(-1)?.y);
  });

  it('is strictly increasing over the whole axis', () => {
    let prev = -Infinity;
    for (let year = 1640; year <= 2000; year += 0.25) {
      const y = scale(year);
      expect(y).toBeGreaterThan(prev);
      prev = y;
    }
  });

  it('compresses the years before 1890 and expands those after', () => {
    const early = (scale(1890) - scale(1640)) / 250;
    const late = (scale(2000) - scale(1890)) / 110;
    expect(late).toBeGreaterThan(5 * early);
    // The whole of 1640–1890 takes less room than the decade of the 1990s.
    expect(scale(1890) - scale(1640)).toBeLessThan(scale(2000) - scale(1990));
  });

  it('refuses years off the axis instead of drawing them off the page', () => {
    expect(() => scale(1639)).toThrow(RangeError);
    expect(() => scale(2000.5)).toThrow(/outside the timeline's axis/);
  });

  it('places round-year ticks without crowding the stops’ labels', () => {
    const years = tickYears(SCALE_STOPS, 18);
    expect(years).toContain(1700);
    expect(years).not.toContain(1650); // 8 px below 1640
    for (let i = 1; i < years.length; i++)
      expect(scale(years[i] ?? 0) - scale(years[i - 1] ?? 0)).toBeGreaterThanOrEqual(18);
  });
});

describe('layout helpers', () => {
  it('placeLabels leaves free labels where they want to be and pushes crowded ones down', () => {
    expect(placeLabels([0, 100], [20, 20], 6)).toEqual([0, 100]);
    expect(placeLabels([0, 10, 12], [20, 34, 20], 6)).toEqual([0, 26, 66]);
  });

  it('assignLanes gives overlapping spans different lanes and reuses a free lane', () => {
    expect(
      assignLanes(
        [
          { from: 0, to: 100 },
          { from: 50, to: 80 },
          { from: 90, to: 120 },
          { from: 110, to: 130 },
        ],
        3,
      ),
    ).toEqual([0, 1, 1, 0]);
  });

  it('wrapText breaks at spaces within the width and loses no word', () => {
    const title = 'Council for Security Cooperation in the Asia Pacific (CSCAP)';
    const lines = wrapText(title, 200, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(title);
  });
});
