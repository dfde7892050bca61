/** Every string in a content entry, with its path, for checks that read the prose. */
export function eachText(
  node: unknown,
  visit: (text: string, path: PropertyKey[]) => void,
  path: PropertyKey[] = [],
): void {
  if (typeof node === 'string') visit(node, path);
  else if (Array.isArray(node)) node.forEach((child, i) => eachText(child, visit, [...path, i]));
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      // Ids and source lists are not prose.
      if (key !== 'id' && key !== 'sources') eachText(child, visit, [...path, key]);
    }
  }
}
