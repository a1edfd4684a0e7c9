/**
 * Bibliography entries formatted by citation-js with the CSL styles of `content/csl/`: the
 * content layer reads the styles and hands pages a formatter of them (`getContent().formatter`).
 */
import { Cite, plugins, type CslData } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Work } from '../content/schemas.ts';
import { type CitationStyle, CITATION_STYLES } from './styles.ts';
import { cslItem } from './work-fields.ts';

/** The locale of every formatted text, so that output does not depend on the machine. */
const LOCALE = 'en-US';

/**
 * Our template names carry a prefix: citation-js ships its own, older "apa", and caches citeproc
 * engines by style name.
 */
function template(style: CitationStyle): string {
  return `edition-${CITATION_STYLES[style]}`;
}

/** A CSL item as citation-js takes it. */
export type CslInput = CslData & { id: string };

/**
 * The item with the second part of each lower-case hyphenated word protected from title case:
 * citeproc capitalises after a hyphen ("Co-Operation"), which no style wants. `nocase` is CSL's
 * own markup for this, read by every citeproc; it never leaves the formatter.
 */
function protectHyphenatedWords<T extends CslInput>(item: T): T {
  const protect = (text: unknown) =>
    typeof text === 'string'
      ? text.replace(/(\p{L}+)-(\p{Ll}+)/gu, '$1-<span class="nocase">$2</span>')
      : text;
  return {
    ...item,
    title: protect(item['title']),
    'container-title': protect(item['container-title']),
  };
}

/** Formats bibliography entries in the edition's citation styles. */
export interface CitationFormatter {
  /** The bibliography entry of one CSL item; in HTML without citation-js's wrapping `<div>`s. */
  entry(item: CslInput, style: CitationStyle, format: 'html' | 'text'): string;
  /**
   * The bibliography entry of a work.
   * @param format `html` keeps the style's markup (`<i>` for titles) inside no wrapper element;
   *   `text` is plain text for copying.
   */
  reference(work: Work, style: CitationStyle, format: 'html' | 'text'): string;
}

/**
 * A formatter of the styles' CSL texts (the content layer builds it with the content). Their
 * templates are added to citation-js, whose registry is global: adding a name again replaces it.
 */
export function citationFormatter(styles: Record<CitationStyle, string>): CitationFormatter {
  const templates = plugins.config.get('@csl').styles;
  for (const [style, text] of Object.entries(styles) as [CitationStyle, string][])
    templates.add(template(style), text);
  const entry = (item: CslInput, style: CitationStyle, format: 'html' | 'text'): string => {
    const [formatted] = new Cite(protectHyphenatedWords(item)).format('bibliography', {
      template: template(style),
      format,
      lang: LOCALE,
      asEntryArray: true,
    });
    if (!formatted) throw new Error(`citation-js formatted no entry for "${item.id}"`);
    const [, body] = formatted;
    return format === 'html'
      ? body.replace(/^\s*<div[^>]*>([\s\S]*)<\/div>\s*$/, '$1')
      : body.trim();
  };
  return {
    entry,
    reference: (work, style, format) => entry(cslItem(work) as CslInput, style, format),
  };
}
