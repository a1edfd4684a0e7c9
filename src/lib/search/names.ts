/**
 * The names an entry answers to in search, as exact keys: a query that is one of them "names"
 * the entry, which may then come first. A concept answers to its term and its aliases, a case
 * to its title; a name with a trailing parenthesis answers with and without it, and to what it
 * holds when that is a name rather than a date ("ASEAN Regional Forum (ARF)": also "ASEAN
 * Regional Forum" and "ARF"; "East Timor crisis (1999)": also "East Timor crisis").
 */

/** A name or a query as a key: lower case, without diacritics, words split at anything else. */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** The keys of an entry's names, each once. */
export function entryNames(name: string, aliases: readonly string[] = []): string[] {
  const names = [name, ...aliases].flatMap((n) => {
    const [, head, inner] = /^(.*\S)\s*\(([^()]+)\)$/u.exec(n.trim()) ?? [];
    if (!head || !inner) return [n];
    return /\p{L}/u.test(inner) ? [n, head, inner] : [n, head];
  });
  return [...new Set(names.map(nameKey).filter(Boolean))];
}
