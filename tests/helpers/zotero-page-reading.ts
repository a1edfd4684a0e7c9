/**
 * What Zotero saves from a page that describes one work, read from its markup by the rules of its
 * own translators (COinS, Embedded Metadata, RDF; translation-server 2.0.5), so that build tests
 * can check the tags that make it save right without running Zotero:
 * - a `span.Z3988` wins: COinS (priority 310) runs before Embedded Metadata (320);
 * - else the Highwire type tags decide (`citation_journal_title` a journal article,
 *   `citation_inbook_title` a book section, `citation_technical_report_institution` a report),
 *   then the RDF translator's: `bibo.type` as `rdf:type`, `DC.type` with a Zotero type name;
 * - `citation_author` and `citation_editor` give the roles, each name cut at its commas into a
 *   family and a given name (a third part, such as "Jr.", is dropped; a lone tag may be read as a
 *   list of names).
 */
import { parseHTML } from 'linkedom';

/** The channel Zotero reads a page through, and what it reads. */
export interface PageReading {
  channel: 'COinS' | 'meta tags';
  itemType: string | undefined;
  /** "Family, Given [role]", as Zotero splits each name. */
  creators: string[];
  /** The values of each meta tag, by name. */
  tags: Map<string, string[]>;
}

/** Zotero's item types that a Dublin Core type may name, as the RDF translator accepts them. */
const ZOTERO_TYPES = new Set([
  'book',
  'bookSection',
  'journalArticle',
  'magazineArticle',
  'newspaperArticle',
  'report',
]);

/** BIBO classes the RDF translator reads from `rdf:type`, and the item type of each. */
const BIBO_TYPES: Record<string, string> = {
  Book: 'book',
  Report: 'report',
  BookSection: 'bookSection',
};

/** A name as Zotero's `cleanAuthor` splits an inverted one: family, given; the rest is lost. */
function splitName(name: string, role: string): string {
  if (!name.includes(',')) {
    // Not inverted: the last word becomes the family name.
    const at = name.lastIndexOf(' ');
    return at < 0 ? `${name} [${role}]` : `${name.slice(at + 1)}, ${name.slice(0, at)} [${role}]`;
  }
  const [family = '', given = ''] = name.split(/, ?/);
  return `${family}, ${given} [${role}]`;
}

/**
 * The names of one role's tags as Embedded Metadata takes them: a lone tag whose text has several
 * commas with spaces on both sides of the first ("Van Wagenen, Richard W.") is read as a list of
 * names; several tags are one name each.
 */
function splitNodes(values: string[]): string[] {
  if (values.length !== 1) return values;
  const [value = ''] = values;
  const parts = value.split(/\s*,\s*/);
  return parts.length > 1 && parts[0]?.includes(' ') && parts[1]?.includes(' ') ? parts : values;
}

function itemType(tags: Map<string, string[]>): string | undefined {
  if (tags.has('citation_journal_title')) return 'journalArticle';
  if (tags.has('citation_inbook_title') || tags.has('citation_book_title')) return 'bookSection';
  if (tags.has('citation_technical_report_institution')) return 'report';
  const bibo = tags.get('bibo.type')?.[0];
  if (bibo !== undefined && BIBO_TYPES[bibo]) return BIBO_TYPES[bibo];
  const dc = tags.get('DC.type')?.[0];
  if (dc !== undefined && ZOTERO_TYPES.has(dc)) return dc;
  // Embedded Metadata's guesses: an ISBN makes a book, a bare title a journal article.
  if (tags.has('citation_isbn')) return 'book';
  return tags.has('citation_title') ? 'journalArticle' : undefined;
}

/** How Zotero reads the page in `html`. */
export function readPageAsZotero(html: string): PageReading {
  const { document } = parseHTML(html);
  const tags = new Map<string, string[]>();
  for (const m of document.querySelectorAll('head meta[name]')) {
    const name = m.getAttribute('name') ?? '';
    tags.set(name, [...(tags.get(name) ?? []), m.getAttribute('content') ?? '']);
  }
  if (document.querySelector('span.Z3988[title]')) {
    return { channel: 'COinS', itemType: undefined, creators: [], tags };
  }
  const creators = (['author', 'editor'] as const).flatMap((role) =>
    splitNodes(tags.get(`citation_${role}`) ?? []).map((name) => splitName(name, role)),
  );
  return { channel: 'meta tags', itemType: itemType(tags), creators, tags };
}
