/** A problem found in a content file, phrased so a content editor can act on it. */
export interface ContentIssue {
  /** Path relative to the project root, e.g. data/scenarios/police-find-condoms.yaml */
  file: string;
  /** Dotted path to the field, e.g. outcomes.nordic.sources[0]; "(file)" for the whole file. */
  field: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}
