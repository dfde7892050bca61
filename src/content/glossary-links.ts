/**
 * Glossary links inside content text: `[[term-id]]` or `[[shown words|term-id]]`.
 * Pure string handling, shared by the build (which checks the ids) and the UI (which renders links).
 */
export type TextPart =
  | { kind: 'text'; value: string }
  | { kind: 'term'; id: string; label: string | undefined };

const LINK = /\[\[([^[\]|]+?)(?:\|([^[\]|]+?))?\]\]/g;

export function splitGlossaryLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', value: text.slice(last, start) });
    const [, first, second] = match;
    const id = (second ?? first ?? '').trim();
    const label = second === undefined ? undefined : first?.trim();
    parts.push({ kind: 'term', id, label });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', value: text.slice(last) });
  return parts;
}

/** The ids of every glossary term a text links to. */
export function glossaryIdsIn(text: string): string[] {
  return splitGlossaryLinks(text).flatMap((p) => (p.kind === 'term' ? [p.id] : []));
}

/** The text as a reader sees it, with link markup removed (for titles, meta descriptions). */
export function plainText(text: string, termName: (id: string) => string | undefined = () => undefined): string {
  return splitGlossaryLinks(text)
    .map((p) => (p.kind === 'text' ? p.value : (p.label ?? termName(p.id) ?? p.id)))
    .join('');
}
