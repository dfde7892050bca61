/**
 * Finds broken links in the project's Markdown (README.md, docs/): a relative link to a file that
 * does not exist, or to a #heading that the target file does not have. Links to other sites are
 * not fetched (the check runs offline and sends nothing anywhere).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface BrokenLink {
  file: string;
  line: number;
  target: string;
  reason: string;
}

/** Markdown files to check: the README and everything under docs/. */
export function markdownFiles(root: string): string[] {
  const files = [join(root, 'README.md')];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  if (existsSync(join(root, 'docs'))) walk(join(root, 'docs'));
  return files.filter((f) => existsSync(f));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      const base = headingAnchor(heading[1]!);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchors.add(n === 0 ? base : `${base}-${n}`);
    }
  }
  for (const match of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]!);
  return anchors;
}

/** Every [text](target) outside code, with its line number. */
function linksOf(text: string): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = [];
  let fenced = false;
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced) return;
    const prose = line.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g))
      links.push({ target: match[1]!, line: i + 1 });
  });
  return links;
}

export function brokenLinks(root: string, files = markdownFiles(root)): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (path: string) => {
    if (!anchorCache.has(path)) anchorCache.set(path, anchorsOf(readFileSync(path, 'utf8')));
    return anchorCache.get(path)!;
  };
  for (const file of files) {
    const name = relative(root, file);
    for (const { target, line } of linksOf(readFileSync(file, 'utf8'))) {
      if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // another site, or mailto:
      const [pathPart = '', hash] = target.split('#');
      const path = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart));
      if (pathPart.startsWith('/')) {
        broken.push({ file: name, line, target, reason: 'a site path, not a file: write it relative to this file' });
        continue;
      }
      if (!existsSync(path)) {
        broken.push({ file: name, line, target, reason: 'no such file' });
        continue;
      }
      if (hash && path.endsWith('.md') && statSync(path).isFile() && !anchors(path).has(hash)) {
        broken.push({ file: name, line, target, reason: `no heading #${hash} in ${relative(root, path)}` });
      }
    }
  }
  return broken;
}
