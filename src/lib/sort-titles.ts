/**
 * Lists of scenarios in title order, as a reader scanning for one expects: "A client turns
 * violent" files under C, not A. The words to skip are the language's articles, which belong to
 * the interface text (messages.titleOrder), so a translation brings its own.
 */
export function titleSortKey(title: string, skipped: readonly string[]): string {
  const words = title.trim().split(/\s+/);
  const first = words[0]?.toLowerCase();
  return (first !== undefined && words.length > 1 && skipped.includes(first) ? words.slice(1) : words).join(' ');
}

export function sortByTitle<T extends { title: string }>(
  items: readonly T[],
  skipped: readonly string[],
  locale?: string,
): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...items].sort((a, b) => collator.compare(titleSortKey(a.title, skipped), titleSortKey(b.title, skipped)));
}
