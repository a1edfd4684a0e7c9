import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compareCases, formatRange } from '../../src/lib/dates.ts';
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
} from '../../src/lib/timeline.ts';

/** The 35 cases as the timeline page would pass them. */
function caseItems(): TimelineItem[] {
  const dir = 'content/cases';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, f), 'utf8'))?.[1] ?? '';
      const data = parseYaml(fm) as { title: string; start: string; end?: string };
      const id = f.replace(/\.md$/, '');
      return { id, title: data.title, start: data.start, end: data.end, href: `/cases/${id}/` };
    });
}

/** linkedom parses leniently, so check well-formedness here: tags nest and close, `&` and `<` are escaped. */
function expectWellFormedXml(xml: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  let at = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const text = xml.slice(at, m.index);
    expect(text, `text before <${m[2]}> at ${m.index}`).not.toMatch(
      /<|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/,
    );
    for (const value of (m[3] ?? '').matchAll(/="([^"]*)"/g))
      expect(value[1]).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/);
    if (m[1]) expect(stack.pop(), `closing </${m[2]}>`).toBe(m[2]);
    else if (!m[4]) stack.push(m[2] ?? '');
    at = m.index + m[0].length;
  }
  expect(xml.slice(at).trim()).toBe('');
  expect(stack).toEqual([]);
}

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
}

/** An attribute as a number; fails the test when it is missing. */
function numAttr(el: Element, name: string): number {
  const v = el.getAttribute(name);
  expect(v, `${el.tagName}@${name}`).not.toBeNull();
  return Number(v);
}

/** A presentation attribute set on the element or inherited from an ancestor. */
function inherited(el: Element | null, name: string): string | null {
  for (let e = el; e; e = e.parentElement) {
    const v = e.getAttribute(name);
    if (v !== null) return v;
  }
  return null;
}

/** WCAG contrast ratio of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

const items = caseItems();
const svg = timelineSvg(items);
const doc = parse(svg);
const root = doc.documentElement;

describe('timelineSvg, drawn from the 35 cases', () => {
  it('is well-formed SVG that parses as XML', () => {
    expectWellFormedXml(svg);
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  });

  it('scales with its container: width 100% and a viewBox, no fixed height', () => {
    expect(root.getAttribute('width')).toBe('100%');
    expect(root.getAttribute('height')).toBeNull();
    expect(root.getAttribute('viewBox')).toMatch(
      new RegExp(`^0 0 ${TIMELINE_DEFAULTS.width} \\d+$`),
    );
  });

  it('has one link per case, in date order, each to /cases/<id>/', () => {
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    const expected = [...items].sort(compareCases).map((c) => `/cases/${c.id}/`);
    expect(hrefs).toHaveLength(35);
    expect(hrefs).toEqual(expected);
  });

  it('draws the links in date order whatever order the items come in', () => {
    const reversed = parse(timelineSvg([...items].reverse()));
    const shuffled = parse(timelineSvg([...items].sort((a, b) => a.title.localeCompare(b.title))));
    const hrefs = (d: Document): (string | null)[] =>
      [...d.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs(reversed)).toEqual(hrefs(doc));
    expect(hrefs(shuffled)).toEqual(hrefs(doc));
  });

  it('names each link by its title and dates', () => {
    const byHref = new Map(items.map((c) => [`/cases/${c.id}/`, c]));
    for (const a of doc.querySelectorAll('a')) {
      const c = byHref.get(a.getAttribute('href') ?? '');
      expect(c).toBeDefined();
      if (c)
        expect(a.getAttribute('aria-label')).toBe(`${c.title}, ${formatRange(c.start, c.end)}`);
    }
  });

  it('is a labelled and described group, not an image, since it holds links', () => {
    expect(root.getAttribute('role')).toBe('group');
    expect(svg).not.toMatch(/role="img"/);
    const title = root.firstElementChild;
    expect(title?.tagName).toBe('title');
    expect(root.getAttribute('aria-labelledby')).toBe(title?.getAttribute('id'));
    const desc = doc.querySelector(`#${root.getAttribute('aria-describedby') ?? 'missing'}`);
    expect(desc?.tagName).toBe('desc');
    expect(desc?.textContent).toMatch(/35 historical cases/);
    expect(desc?.textContent).toMatch(/1640–1890/);
  });

  it('holds no script and no event handlers', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/i);
    }
  });

  it('prefixes every id with tl-, each id once', () => {
    const ids = [...doc.querySelectorAll('[id]')].map((el) => el.getAttribute('id') ?? '');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^tl-/);
    expect(new Set(ids).size).toBe(ids.length);
    const other = parse(timelineSvg(items, { idPrefix: 'tl-home' }));
    expect(other.documentElement.getAttribute('aria-labelledby')).toBe('tl-home-title');
  });

  it('never lets labels overlap: each starts at least the minimum gap below the end of the one before', () => {
    const { lineHeight, minGap } = TIMELINE_DEFAULTS;
    const labels = [...doc.querySelectorAll('text.tl-label')];
    expect(labels).toHaveLength(35);
    for (let i = 1; i < labels.length; i++) {
      const prev = labels[i - 1];
      const cur = labels[i];
      if (!prev || !cur) continue;
      const gap = numAttr(cur, 'y') - numAttr(prev, 'y');
      const prevLines = prev.querySelectorAll('tspan').length;
      expect(gap).toBeGreaterThanOrEqual(minGap);
      expect(gap + 0.05).toBeGreaterThanOrEqual(prevLines * lineHeight + minGap);
    }
  });

  it('writes each line of a label on its own baseline, a line height apart', () => {
    for (const label of doc.querySelectorAll('text.tl-label')) {
      const ys = [...label.querySelectorAll('tspan')].map((t) => numAttr(t, 'y'));
      expect(ys[0]).toBe(numAttr(label, 'y'));
      for (let i = 1; i < ys.length; i++)
        expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeCloseTo(TIMELINE_DEFAULTS.lineHeight, 0);
    }
  });

  it('keeps every line of text inside the drawing', () => {
    for (const t of doc.querySelectorAll('tspan')) {
      const size = Number(inherited(t, 'font-size'));
      expect(numAttr(t, 'x') + textWidth(t.textContent ?? '', size)).toBeLessThanOrEqual(
        TIMELINE_DEFAULTS.width,
      );
    }
  });

  it('sets all text at 13px or more, in colours with at least 4.5:1 contrast on white', () => {
    const texts = [...doc.querySelectorAll('text, tspan')];
    expect(texts.length).toBeGreaterThan(35);
    for (const t of texts) {
      expect(Number(inherited(t, 'font-size'))).toBeGreaterThanOrEqual(13);
      const fill = inherited(t, 'fill') ?? '';
      expect(fill).toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrastOnWhite(fill), `${fill} for “${t.textContent ?? ''}”`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('draws events as dots and spans as bars', () => {
    const events = items.filter((c) => c.end === undefined).length;
    expect(doc.querySelectorAll('a circle')).toHaveLength(events);
    expect(doc.querySelectorAll('a rect')).toHaveLength(items.length - events);
  });

  it('draws a span from its start to the end of its last year', () => {
    const a = doc.querySelector('a[href="/cases/greater-east-asia-co-prosperity-sphere/"]');
    const bar = a?.querySelector('rect');
    expect(bar).toBeTruthy();
    if (!bar) return;
    expect(numAttr(bar, 'height')).toBeCloseTo(scale(1946) - scale(1940), 0);
  });

  it('labels the axis with its ends and each change of scale, and marks each change with a break', () => {
    const ticks = [...doc.querySelectorAll('text.tl-tick')].map((t) => Number(t.textContent));
    for (const stop of SCALE_STOPS) expect(ticks).toContain(stop.year);
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
    // Two slashes across the axis at each interior stop.
    expect(doc.querySelectorAll('.tl-break')).toHaveLength(2 * (SCALE_STOPS.length - 2));
  });
});

describe('timelineSvg, on crowded and bad input', () => {
  const day = (i: number): TimelineItem => ({
    id: `c${i}`,
    title: `Case number ${i}`,
    start: '1907-06-10',
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
    const out = timelineSvg([{ id: 'x', title: 'War & Peace <1812> "quoted"', start: '1812' }]);
    expectWellFormedXml(out);
    // linkedom leaves &amp; undecoded in attributes, so read the attribute as written.
    expect(out).toContain('aria-label="War &amp; Peace &lt;1812&gt; &quot;quoted&quot;, 1812"');
    // The label's lines (title, then date) are separated by a space, as a reader would say them.
    expect(parse(out).querySelector('text.tl-label')?.textContent).toBe(
      'War & Peace <1812> "quoted" 1812',
    );
  });

  it('defaults a link to /cases/<id>/', () => {
    const out = parse(
      timelineSvg([{ id: 'holy-alliance', title: 'Holy Alliance', start: '1815-09-26' }]),
    );
    expect(out.querySelector('a')?.getAttribute('href')).toBe('/cases/holy-alliance/');
  });

  it('names the case whose date is bad or off the axis', () => {
    expect(() => timelineSvg([{ id: 'bad', title: 'Bad', start: '1999-02-30' }])).toThrow(
      /case "bad".*February 1999/,
    );
    expect(() => timelineSvg([{ id: 'early', title: 'Early', start: '1600' }])).toThrow(
      /case "early".*outside the timeline's axis/,
    );
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
