import { describe, expect, it } from 'vitest';
import {
  compareCases,
  dateEndValue,
  dateValue,
  endsBeforeStart,
  formatPartialDate,
  formatRange,
  parsePartialDate,
} from '../../src/lib/entries/dates.ts';

describe('parsePartialDate', () => {
  it('reads a year, a month or a day, with the matching precision and no other fields', () => {
    expect(parsePartialDate('1895')).toStrictEqual({ year: 1895, precision: 'year' });
    expect(parsePartialDate('1996-03')).toStrictEqual({ year: 1996, month: 3, precision: 'month' });
    expect(parsePartialDate('1895-04-23')).toStrictEqual({
      year: 1895,
      month: 4,
      day: 23,
      precision: 'day',
    });
  });

  it('accepts the last day of each month, and 29 February only in leap years', () => {
    expect(parsePartialDate('1999-04-30').day).toBe(30);
    expect(parsePartialDate('1999-12-31').day).toBe(31);
    expect(parsePartialDate('1996-02-29').day).toBe(29);
    expect(parsePartialDate('2000-02-29').day).toBe(29);
    expect(() => parsePartialDate('1999-02-29')).toThrow(/February 1999 has days 1–28/);
    expect(() => parsePartialDate('1900-02-29')).toThrow(/February 1900/);
  });

  it.each([
    ['1999-02-30', /February 1999 has days 1–28/],
    ['1999-04-31', /April 1999 has days 1–30/],
    ['1895-13', /no month 13/],
    ['1895-00', /no month 0/],
    ['1895-04-00', /April 1895 has days/],
    ['95', /not a partial ISO 8601 date/],
    ['1895-4', /not a partial ISO 8601 date/],
    ['1895-04-23T10:00', /not a partial ISO 8601 date/],
    ['1895/04/23', /not a partial ISO 8601 date/],
    ['April 1895', /not a partial ISO 8601 date/],
    [' 1895', /not a partial ISO 8601 date/],
    ['', /not a partial ISO 8601 date/],
  ])('rejects %j with a clear message', (input, why) => {
    expect(() => parsePartialDate(input)).toThrow(why);
    expect(() => parsePartialDate(input)).toThrow(/Write "YYYY", "YYYY-MM" or "YYYY-MM-DD"/);
  });

  it('rejects an unquoted YAML year, which arrives as a number, by saying so', () => {
    expect(() => parsePartialDate(1895 as unknown as string)).toThrow(
      /expected a quoted string, got a number/,
    );
  });
});

describe('formatPartialDate', () => {
  it('writes dates for English readers, day before month', () => {
    expect(formatPartialDate('1895')).toBe('1895');
    expect(formatPartialDate('1996-03')).toBe('March 1996');
    expect(formatPartialDate('1895-04-23')).toBe('23 April 1895');
    expect(formatPartialDate('1951-09-08')).toBe('8 September 1951');
  });
});

describe('formatRange', () => {
  it.each([
    ['1839', '1842', '1839–1842'],
    ['1895-04-23', '1895-11-08', '23 April – 8 November 1895'],
    ['1814-09', '1815-06-09', 'September 1814 – 9 June 1815'],
    ['1895-04-23', '1895-04-25', '23–25 April 1895'],
    ['1996-03', '1996-06', 'March–June 1996'],
    ['1997-07-02', '1998', '2 July 1997 – 1998'],
    ['1644', '1912', '1644–1912'],
  ])('writes %s to %s as %j', (start, end, expected) => {
    expect(formatRange(start, end)).toBe(expected);
  });

  it('writes a single date when there is no end, or the end is the start', () => {
    expect(formatRange('1994-10-21')).toBe('21 October 1994');
    expect(formatRange('1994-10-21', '1994-10-21')).toBe('21 October 1994');
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => formatRange('1895-11-08', '1895-04-23')).toThrow(/ends before it starts/);
    expect(() => formatRange('1842', '1839')).toThrow(/ends before it starts/);
  });
});

describe('endsBeforeStart', () => {
  it('compares what the dates name, whatever their precision', () => {
    expect(endsBeforeStart('1895-04-23', '1895-04')).toBe(false);
    expect(formatRange('1895-04-23', '1895-04')).toBe('23 April – April 1895');
    expect(endsBeforeStart('1895-04-23', '1895')).toBe(false);
    expect(endsBeforeStart('1895-04-23', '1895-03')).toBe(true);
    expect(endsBeforeStart('1842', '1839')).toBe(true);
  });
});

describe('dateValue', () => {
  it('is the decimal year at the start of the period', () => {
    expect(dateValue('1895')).toBe(1895);
    expect(dateValue('1895-01')).toBe(1895);
    expect(dateValue('1895-01-01')).toBe(1895);
    expect(dateValue('1895-07')).toBeCloseTo(1895 + 181 / 365, 10);
    expect(dateValue('2000-03-01')).toBeCloseTo(2000 + 60 / 366, 10);
  });

  it('orders dates of mixed precision chronologically', () => {
    const order = [
      '1894-12-31',
      '1895',
      '1895-04',
      '1895-04-23',
      '1895-04-24',
      '1895-05',
      '1895-12-31',
      '1896',
    ];
    const values = order.map(dateValue);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    expect(new Set(values).size).toBe(values.length);
  });

  it('puts the end of a period at the start of the next', () => {
    expect(dateEndValue('1945')).toBe(1946);
    expect(dateEndValue('1895-12')).toBe(1896);
    expect(dateEndValue('1895-11')).toBe(dateValue('1895-12'));
    expect(dateEndValue('1895-11-08')).toBe(dateValue('1895-11-09'));
  });
});

describe('compareCases', () => {
  it('sorts by start date first, whatever the precision', () => {
    const cases = [
      { title: 'B', start: '1907-08-31' },
      { title: 'A', start: '1907' },
      { title: 'C', start: '1907-06-10' },
    ];
    expect(cases.sort(compareCases).map((c) => c.title)).toEqual(['A', 'C', 'B']);
  });

  it('then by end, an event before a span that starts with it', () => {
    const cases = [
      { title: 'Long', start: '1907-06-10', end: '1907-08-31' },
      { title: 'Short', start: '1907-06-10', end: '1907-07-01' },
      { title: 'Event', start: '1907-06-10' },
    ];
    expect(cases.sort(compareCases).map((c) => c.title)).toEqual(['Event', 'Short', 'Long']);
  });

  it('then by title, ignoring case', () => {
    const cases = [
      { title: 'U.S.–Japan Security Treaty (1951)', start: '1951-09-08', end: '1960-06-23' },
      { title: 'u.s.–Japan alliance', start: '1951-09-08', end: '1960-06-23' },
    ];
    expect(cases.sort(compareCases).map((c) => c.title)).toEqual([
      'u.s.–Japan alliance',
      'U.S.–Japan Security Treaty (1951)',
    ]);
  });
});
