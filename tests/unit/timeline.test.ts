import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  placeLabels,
  scale,
  SCALE_STOPS,
  textWidth,
  tickYears,
  TIMELINE_DEFAULTS,
  timelineSvg,
  type TimelineItem,
  wrapText,
} from '../../src/lib/entries/timeline.ts';
import { expectWellFormedXml, numAttr, parse } from '../helpers/svg.ts';

describe('timelineSvg, on crowded and bad input', () => {
  const day = (i: number): TimelineItem => ({
    id: `c${i}`,
    title: `Case number ${i}`,
    start: '1907-06-10',
    href: `/cases/c${i}/`,
  });

  it('pushes crowded labels down and draws a leader line to the mark of each one moved', () => {
    const crowd = parse(timelineSvg(Array.from({ length: 8 }, (_, i) => day(i))));
    const ys = [...crowd.querySelectorAll('text.tl-label')].map((t) => numAttr(t, 'y'));
    expect(ys).toHaveLength(8);
    for (let i = 1; i < ys.length; i++)
      expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(TIMELINE_DEFAULTS.minGap);
    expect(crowd.querySelectorAll('.tl-leader')).toHaveLength(7);
    // The first label sits level with its dot and needs no leader.
    expect(crowd.querySelector('a')?.querySelector('.tl-leader')).toBeNull();
  });

  it('keeps a wider minimum gap when asked', () => {
    const crowd = parse(timelineSvg([day(1), day(2)], { minGap: 40 }));
    const [a, b] = [...crowd.querySelectorAll('text.tl-label')];
    if (!a || !b) throw new Error('two labels expected');
    expect(numAttr(b, 'y') - numAttr(a, 'y')).toBeGreaterThanOrEqual(
      2 * TIMELINE_DEFAULTS.lineHeight + 40,
    );
  });

  it('escapes titles, so they cannot break the markup', () => {
    const out = timelineSvg([
      { id: 'x', title: 'War & Peace <1812> "quoted"', start: '1812', href: '/cases/x/' },
    ]);
    expectWellFormedXml(out);
    // linkedom leaves &amp; undecoded in attributes, so read the attribute as written.
    expect(out).toContain('aria-label="War &amp; Peace &lt;1812&gt; &quot;quoted&quot;, 1812"');
    // The label's lines (title, then date) are separated by a space, as a reader would say them.
    expect(parse(out).querySelector('text.tl-label')?.textContent).toBe(
      'War & Peace <1812> "quoted" 1812',
    );
  });

  it('names the case whose date is bad or off the axis', () => {
    expect(() =>
      timelineSvg([{ id: 'bad', title: 'Bad', start: '1999-02-30', href: '/cases/bad/' }]),
    ).toThrow(/case "bad".*February 1999/);
    expect(() =>
      timelineSvg([{ id: 'early', title: 'Early', start: '1600', href: '/cases/early/' }]),
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
