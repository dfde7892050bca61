/** Reads raw entries from data/: one file per entry, file name = id. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { CONTENT_EXTENSIONS } from './collections';
import type { ContentIssue } from './issues';

export interface RawEntry {
  id: string;
  file: string;
  data: unknown;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function readEntries(root: string, dir: string, issues: ContentIssue[]): RawEntry[] {
  const folder = join(root, 'data', dir);
  if (!existsSync(folder)) return [];
  const seen = new Map<string, string>();
  const entries: RawEntry[] = [];
  for (const name of readdirSync(folder).sort()) {
    const ext = extname(name);
    const file = relative(root, join(folder, name));
    if (name.startsWith('.') || name.toLowerCase() === 'readme.md') continue;
    if (!(CONTENT_EXTENSIONS as readonly string[]).includes(ext)) {
      issues.push({
        file,
        field: '(file)',
        message: `not a content file; use .yaml or .json, or move it out of data/${dir}/`,
      });
      continue;
    }
    const id = name.slice(0, -ext.length);
    if (!KEBAB.test(id)) {
      issues.push({
        file,
        field: '(file name)',
        message: `the file name is the id and must be kebab-case, e.g. "${toKebab(id)}${ext}"`,
      });
      continue;
    }
    const earlier = seen.get(id);
    if (earlier) {
      issues.push({
        file,
        field: '(file name)',
        message: `duplicate id "${id}": ${earlier} has the same id; rename or remove one`,
      });
      continue;
    }
    seen.set(id, file);
    const parsed = parseFile(readFileSync(join(folder, name), 'utf8'), ext);
    if (!parsed.ok) {
      issues.push({ file, field: '(file)', message: parsed.message });
      continue;
    }
    entries.push({ id, file, data: parsed.data });
  }
  return entries;
}

function parseFile(source: string, ext: string): { ok: true; data: unknown } | { ok: false; message: string } {
  if (source.trim() === '') return { ok: false, message: 'the file is empty' };
  if (ext === '.json') {
    try {
      return { ok: true, data: JSON.parse(source) as unknown };
    } catch (error) {
      return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
    }
  }
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0];
    const where = line ? ` (line ${line.line}, column ${line.col})` : '';
    return { ok: false, message: `not valid YAML${where}: ${first.message.split('\n')[0]}` };
  }
  return { ok: true, data: doc.toJS() as unknown };
}

function toKebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}
