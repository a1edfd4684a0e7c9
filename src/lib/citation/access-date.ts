/**
 * The access date of a citation, changed to another day: the pages give the date of the content
 * (all a static page can know), and their scripts put the reader's today in its place, in what
 * they show and copy. Only the phrases that carry the access date change, never another date
 * (the edition's version, its date of issue): "Accessed November 30, 2026" (Chicago), "Retrieved
 * November 30, 2026" (APA), "Accessed 30 Nov. 2026" (MLA), `urldate = {2026-11-30}` (BibTeX),
 * `Y2  - 2026/11/30/` (RIS) and CSL-JSON's `accessed`, as citation-js writes them (checked in
 * tests/unit/access-date.test.ts against the formatter).
 */

const MONTHS =
  'January February March April May June July August September October November December';
/** The en-US CSL locale's short months, which MLA prints. */
const SHORT_MONTHS = 'Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.';

function parts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`"${iso}" is not an ISO date (YYYY-MM-DD)`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Every phrase that carries `iso` as an access date, in the formats the pages offer. */
export function accessPhrases(iso: string): string[] {
  const [y, m, d] = parts(iso);
  const long = MONTHS.split(' ')[m - 1] ?? '';
  const short = SHORT_MONTHS.split(' ')[m - 1] ?? '';
  return [
    `Accessed ${long} ${d}, ${y}`,
    `Retrieved ${long} ${d}, ${y}`,
    `Accessed ${d} ${short} ${y}`,
    `urldate = {${iso}}`,
    `Y2  - ${y}/${m}/${d}/`,
  ];
}

/** CSL-JSON's access date, however the JSON is indented. */
const CSL_ACCESSED = /("accessed":\s*\{\s*"date-parts":\s*\[\s*\[\s*)(\d+)(,\s*)(\d+)(,\s*)(\d+)/g;

/** `text` with its access date `from` changed to `to` (ISO dates). */
export function withAccessDate(text: string, from: string, to: string): string {
  if (from === to) return text;
  const targets = accessPhrases(to);
  let out = accessPhrases(from).reduce(
    (t, phrase, i) => t.replaceAll(phrase, targets[i] ?? phrase),
    text,
  );
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  out = out.replace(CSL_ACCESSED, (whole, head, y, s1, m, s2, d) =>
    Number(y) === fy && Number(m) === fm && Number(d) === fd
      ? `${head}${ty}${s1}${tm}${s2}${td}`
      : whole,
  );
  return out;
}

/** Today in the reader's time zone, as an ISO date. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
