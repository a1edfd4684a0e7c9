import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { compareCases, dateValue, formatRange } from '../../src/lib/entries/dates.ts';
import { scale, SCALE_STOPS } from '../../src/lib/entries/timeline-axis.ts';
import { textWidth } from '../../src/lib/entries/timeline-labels.ts';
import { TIMELINE_DEFAULTS, type TimelineItem } from '../../src/lib/entries/timeline.ts';
import { DIST, requireBuild } from '../helpers/site.ts';
import { contrastOnWhite, expectWellFormedXml, inherited, numAttr, parse } from '../helpers/svg.ts';

/** The cases as the timeline page passes them. */
function caseItems(): TimelineItem[] {
  return getContent().cases.map(({ id, data }) => ({
    id,
    title: data.title,
    start: data.start,
    end: data.end,
    href: `/cases/${id}/`,
  }));
}

const items = caseItems();
requireBuild();
/** The drawing as /timeline/ serves it. */
const svg =
  /<svg[^>]*class="tl"[\s\S]*?<\/svg>/.exec(
    readFileSync(path.join(DIST, 'timeline', 'index.html'), 'utf8'),
  )?.[0] ?? '';
const doc = parse(svg);
const root = doc.documentElement;

describe('the timeline of /timeline/, drawn from the cases of content/cases', () => {
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
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs).toEqual(expected);
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
    expect(desc?.textContent).toContain(`${items.length} historical cases`);
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
  });

  it('never lets labels overlap: each starts at least the minimum gap below the end of the one before', () => {
    const { lineHeight, minGap } = TIMELINE_DEFAULTS;
    const labels = [...doc.querySelectorAll('text.tl-label')];
    expect(labels).toHaveLength(items.length);
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
    expect(texts.length).toBeGreaterThan(items.length);
    for (const t of texts) {
      expect(Number(inherited(t, 'font-size'))).toBeGreaterThanOrEqual(13);
      const fill = inherited(t, 'fill') ?? '';
      expect(fill).toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrastOnWhite(fill), `${fill} for “${t.textContent ?? ''}”`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('gives every painted element a class the site’s themes colour (the hex values are the drawing’s own fallback)', () => {
    const themed = (el: Element): boolean =>
      Boolean(el.closest('.tl-axis, .tl-case')) ||
      ['tl-caption', 'tl-title', 'tl-date', 'tl-leader'].some((c) => el.classList.contains(c));
    const painted = [...doc.querySelectorAll('[fill], [stroke]')].filter(
      (el) => el !== root && el.getAttribute('fill') !== 'none',
    );
    expect(painted.length).toBeGreaterThan(70);
    for (const el of painted) expect(themed(el), el.outerHTML.slice(0, 80)).toBe(true);
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

describe('the cases of content/cases', () => {
  it('gives every case in content/cases valid dates, ending no earlier than they start', () => {
    const cases = getContent().cases.map((k) => ({ id: k.id, ...k.data }));
    const files = readdirSync(path.join(getContent().root, 'content', 'cases'));
    expect(cases.map((c) => c.id).sort()).toEqual(
      files.map((f) => f.replace(/\.[a-z]+$/, '')).sort(),
    );
    for (const c of cases) {
      expect(() => formatRange(c.start, c.end), c.id).not.toThrow();
    }
  });

  it('orders the cases from the Qing tribute order (1644) to East Timor (1999)', () => {
    const sorted = getContent()
      .cases.map((k) => ({ id: k.id, ...k.data }))
      .sort(compareCases);
    expect(sorted[0]?.id).toBe('qing-tribute-order');
    expect(sorted.at(-1)?.id).toBe('east-timor-1999');
    const starts = sorted.map((c) => dateValue(c.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
