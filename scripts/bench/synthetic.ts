/**
 * Synthetic content for the scaling measurement: a copy of data/ with every scenario (and
 * every source a scenario cites) cloned `factor - 1` times under new ids. Each clone cites its
 * own copy of the sources and relates to clones from the same copy, so every reference
 * resolves, every source is cited and the content check passes, as with real content.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse, stringify } from 'yaml';

interface ScenarioFile {
  title: string;
  related?: string[];
  [key: string]: unknown;
}

/** Replaces every id in arrays held under a `sources` key, however deep. */
function renameSources(node: unknown, rename: (id: string) => string, key?: string): unknown {
  if (Array.isArray(node)) {
    return node.map((child) =>
      key === 'sources' && typeof child === 'string' ? rename(child) : renameSources(child, rename, key),
    );
  }
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, child]) => [k, renameSources(child, rename, k)]));
  }
  return node;
}

function citedSources(node: unknown, found = new Set<string>(), key?: string): Set<string> {
  if (Array.isArray(node))
    node.forEach((child) =>
      key === 'sources' && typeof child === 'string' ? found.add(child) : citedSources(child, found, key),
    );
  else if (node && typeof node === 'object')
    for (const [k, child] of Object.entries(node)) citedSources(child, found, k);
  return found;
}

function readYamlFolder(folder: string): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const name of readdirSync(folder).sort()) {
    const ext = extname(name);
    if (!['.yaml', '.yml'].includes(ext)) continue;
    entries.set(name.slice(0, -ext.length), parse(readFileSync(join(folder, name), 'utf8')) as unknown);
  }
  return entries;
}

/** Matches a path with a cloned id in it ("…-x7/"). */
export const CLONE_ID = /-x\d+(\/|$)/;

export interface SyntheticContent {
  root: string;
  scenarios: number;
  sources: number;
}

/** Writes `<root>/data/` holding `factor` times the real scenarios; returns the counts. */
export function writeSyntheticContent(repoRoot: string, root: string, factor: number): SyntheticContent {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const data = join(root, 'data');
  cpSync(join(repoRoot, 'data'), data, { recursive: true });
  const scenarios = readYamlFolder(join(data, 'scenarios')) as Map<string, ScenarioFile>;
  const sources = readYamlFolder(join(data, 'sources'));
  const cited = new Set<string>();
  for (const scenario of scenarios.values()) citedSources(scenario, cited);
  let sourceCount = sources.size;
  for (let copy = 2; copy <= factor; copy += 1) {
    const suffix = `-x${copy}`;
    for (const id of cited) {
      if (!sources.has(id)) continue;
      writeFileSync(join(data, 'sources', `${id}${suffix}.yaml`), stringify(sources.get(id)));
      sourceCount += 1;
    }
    for (const [id, scenario] of scenarios) {
      const clone = renameSources(scenario, (sourceId) =>
        sources.has(sourceId) ? `${sourceId}${suffix}` : sourceId,
      ) as ScenarioFile;
      clone.title = `${scenario.title} (copy ${copy})`;
      if (scenario.related) clone.related = scenario.related.map((r) => `${r}${suffix}`);
      writeFileSync(join(data, 'scenarios', `${id}${suffix}.yaml`), stringify(clone));
    }
  }
  return { root, scenarios: scenarios.size * factor, sources: sourceCount };
}
