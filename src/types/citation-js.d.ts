/**
 * The little of citation-js (0.8) that `src/lib/citation/` uses; the packages ship no types.
 * The plugins only register themselves with the core when imported.
 */
declare module '@citation-js/core' {
  /** A CSL-JSON item as citation-js reads and returns it. */
  export type CslData = { id: string; type?: string; [field: string]: unknown };

  /** One cited item of a citation, with an optional pinpoint. */
  export interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
  }

  /** A citation as citeproc takes it: its items and the number of the note it stands in. */
  export interface CitationCluster {
    citationItems: CiteItem[];
    properties: { noteIndex: number };
  }

  interface StyledOptions {
    /** Name of a style registered with the CSL plugin. */
    template: string;
    format: 'html' | 'text';
    lang?: string;
  }

  /** A RIS record as tag → value(s), before it is written out as lines. */
  export type RisRecord = Record<string, string | string[]>;

  export class Cite {
    constructor(data: unknown);
    /** The items, as CSL-JSON. */
    data: CslData[];
    format(
      format: 'bibliography',
      options: StyledOptions & { asEntryArray: true },
    ): [string, string][];
    format(
      format: 'citation',
      options: StyledOptions & { entry: CitationCluster; citationsPre?: CitationCluster[] },
    ): string;
    format(format: 'bibtex'): string;
    format(format: 'ris', options: { format: 'object' }): RisRecord[];
  }

  /** A plugin's registry of named resources, such as the CSL plugin's styles. */
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
  }

  export const plugins: {
    config: {
      get(plugin: '@csl'): { styles: Register<string> };
      get(plugin: '@bibtex'): { format: { checkLabel: boolean } };
    };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
