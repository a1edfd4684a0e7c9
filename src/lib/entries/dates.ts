/**
 * Partial dates of the historical cases: "YYYY", "YYYY-MM" or "YYYY-MM-DD" (ISO 8601 with as much
 * precision as the sources give). The cases' frontmatter, the timeline and the case pages all read
 * dates through this module, so that a date is parsed, checked, written out and ordered one way.
 */

/** How much of a date is known. */
export type Precision = 'year' | 'month' | 'day';

/** A date known to the year, the month or the day. `month` and `day` are 1-based. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

/** A date as written in the frontmatter, or already parsed. */
export type DateInput = string | PartialDate;

/** Anything ordered by `compareCases`: a case's title and dates. */
export interface Dated {
  title: string;
  start: DateInput;
  end?: DateInput | undefined;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Four-digit year, then optionally two-digit month, then optionally two-digit day. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Proleptic Gregorian leap years, so that 1700 and 1900 are common years and 2000 is not. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-based) of a given year. */
function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Days before the first of a month (1-based) in a given year. */
function daysBeforeMonth(year: number, month: number): number {
  let days = 0;
  for (let m = 1; m < month; m++) days += daysInMonth(year, m);
  return days;
}

function invalid(s: unknown, why: string): Error {
  return new Error(
    `Invalid date ${JSON.stringify(s)}: ${why}. Write "YYYY", "YYYY-MM" or "YYYY-MM-DD", e.g. "1895", "1895-04" or "1895-04-23".`,
  );
}

/**
 * Parses an ISO 8601 partial date ("1895", "1895-04", "1895-04-23").
 * @throws Error naming the value and the expected forms, for any other string, a month outside
 * 1–12 or a day the month does not have (e.g. "1999-02-30").
 */
export function parsePartialDate(s: string): PartialDate {
  // YAML turns an unquoted 1895 into a number; say so instead of failing on `.match`.
  if (typeof s !== 'string') throw invalid(s, `expected a quoted string, got a ${typeof s}`);
  const match = PARTIAL_DATE.exec(s);
  if (!match) throw invalid(s, 'not a partial ISO 8601 date');
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw invalid(s, `there is no month ${month}`);
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) throw invalid(s, `${MONTHS[month - 1]} ${year} has days 1–${last}`);
  return { year, month, day, precision: 'day' };
}

/** Parses a string, or passes a parsed date through. */
export function toPartialDate(d: DateInput): PartialDate {
  return typeof d === 'string' ? parsePartialDate(d) : d;
}

function monthName(month: number | undefined): string {
  const name = month === undefined ? undefined : MONTHS[month - 1];
  if (!name) throw new Error(`Invalid month ${String(month)} in a partial date.`);
  return name;
}

/** Writes a date for readers in English, day before month: "1895", "March 1996", "23 April 1895". */
export function formatPartialDate(d: DateInput): string {
  const date = toPartialDate(d);
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${monthName(date.month)} ${date.year}`;
  return `${String(date.day)} ${monthName(date.month)} ${date.year}`;
}

/**
 * Decimal year at the start of the period a date names: 1895 → 1895, "1895-07" → 1895.495…,
 * "1895-04-23" → the fraction of 1895 elapsed by that morning. Sorts dates of any precision together.
 */
export function dateValue(d: DateInput): number {
  const date = toPartialDate(d);
  const dayOfYear = daysBeforeMonth(date.year, date.month ?? 1) + (date.day ?? 1) - 1;
  return date.year + dayOfYear / daysInYear(date.year);
}

/**
 * Decimal year at the end of the period a date names: "1945" → 1946, "1895-11" → 1 December 1895.
 * An end date of "1945" means "some time in 1945", so a span drawn to it runs through that year.
 */
export function dateEndValue(d: DateInput): number {
  const date = toPartialDate(d);
  if (date.precision === 'year') return date.year + 1;
  if (date.precision === 'month') {
    const month = date.month ?? 1;
    return month === 12
      ? date.year + 1
      : dateValue({ year: date.year, month: month + 1, precision: 'month' });
  }
  return dateValue(date) + 1 / daysInYear(date.year);
}

/**
 * True when a range's end comes before its start: the period the end names is over before the
 * start's begins. Ends of any precision are compared by what they name, so "1895-04" may end a
 * range that starts on "1895-04-23". The one rule for the cases' check and for `formatRange`.
 */
export function endsBeforeStart(start: DateInput, end: DateInput): boolean {
  return dateEndValue(end) <= dateValue(start);
}

/** True when two dates name the same period at the same precision. */
function samePeriod(a: PartialDate, b: PartialDate): boolean {
  return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * Joins the two ends of a range. Single words close up ("1839–1842", "23–25 April", "March–June");
 * ends that are themselves several words take a spaced dash so the dash does not seem to bind
 * only the nearest words ("23 April – 8 November").
 */
function joinEnds(from: string, to: string, rest = ''): string {
  const dash = from.includes(' ') || to.includes(' ') ? ' – ' : '–';
  return `${from}${dash}${to}${rest ? ` ${rest}` : ''}`;
}

/**
 * Writes a date range for readers, leaving out what both ends share:
 * "1839–1842", "23–25 April 1895", "23 April – 8 November 1895", "September 1814 – 9 June 1815".
 * Without an end, or with an end equal to the start, writes the one date.
 * @throws Error when the end comes before the start.
 */
export function formatRange(start: DateInput, end?: DateInput): string {
  const a = toPartialDate(start);
  if (end === undefined) return formatPartialDate(a);
  const b = toPartialDate(end);
  if (samePeriod(a, b)) return formatPartialDate(a);
  if (endsBeforeStart(a, b)) {
    throw new Error(
      `Date range ${formatPartialDate(a)} to ${formatPartialDate(b)} ends before it starts.`,
    );
  }
  // Shared year (and month) are written once, after the range, as in "23–25 April 1895".
  const bothHaveMonths = a.precision !== 'year' && b.precision !== 'year';
  if (bothHaveMonths && a.year === b.year) {
    if (a.precision === 'day' && b.precision === 'day' && a.month === b.month) {
      return joinEnds(String(a.day), String(b.day), `${monthName(a.month)} ${a.year}`);
    }
    return joinEnds(
      formatPartialDate(a).replace(` ${a.year}`, ''),
      formatPartialDate(b).replace(` ${b.year}`, ''),
      String(a.year),
    );
  }
  return joinEnds(formatPartialDate(a), formatPartialDate(b));
}

const titles = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Orders cases chronologically: by start, then by end (a case without an end, an event, before a
 * span that starts with it), then by title, so that the order never depends on file order.
 */
export function compareCases(a: Dated, b: Dated): number {
  const byStart = dateValue(a.start) - dateValue(b.start);
  if (byStart !== 0) return byStart;
  const endOf = (c: Dated): number => (c.end === undefined ? dateValue(c.start) : dateValue(c.end));
  const byEnd = endOf(a) - endOf(b);
  if (byEnd !== 0) return byEnd;
  return titles.compare(a.title, b.title) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
}
