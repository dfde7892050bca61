import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { brokenLinks, headingAnchor } from '../../scripts/lib/doc-links';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'doc-links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the docs link check', () => {
  it('passes links to files and headings that exist, and leaves other sites alone', () => {
    const dir = project({
      'README.md':
        '# Title\n\nSee [hosting](docs/hosting.md#on-any-node-host-behind-https), [the top](#title) and [a site](https://example.org/x).\n',
      'docs/hosting.md': '# Hosting\n\n## On any Node host, behind HTTPS\n\n[back](../README.md)\n',
    });
    expect(brokenLinks(dir)).toEqual([]);
  });

  it('names the file, line and target of a missing file or heading', () => {
    const dir = project({
      'README.md': '# Title\n\nLine three [gone](docs/nowhere.md).\n',
      'docs/a.md': '# A\n\n[wrong heading](../README.md#no-such-part)\n[site path](/docs/a.md)\n',
    });
    expect(brokenLinks(dir)).toEqual([
      { file: 'README.md', line: 3, target: 'docs/nowhere.md', reason: 'no such file' },
      {
        file: 'docs/a.md',
        line: 3,
        target: '../README.md#no-such-part',
        reason: 'no heading #no-such-part in README.md',
      },
      {
        file: 'docs/a.md',
        line: 4,
        target: '/docs/a.md',
        reason: 'a site path, not a file: write it relative to this file',
      },
    ]);
  });

  it('ignores links inside code', () => {
    const dir = project({ 'README.md': '# T\n\n`[x](missing.md)`\n\n```md\n[y](missing.md)\n```\n' });
    expect(brokenLinks(dir)).toEqual([]);
  });

  it('makes anchors as GitHub does', () => {
    expect(headingAnchor('Safety, privacy and offline use')).toBe('safety-privacy-and-offline-use');
    expect(headingAnchor('`npm run room`: the room server')).toBe('npm-run-room-the-room-server');
  });
});
