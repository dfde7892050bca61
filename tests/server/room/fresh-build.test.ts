// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildState } from '../../../server/room/fresh-build';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(builtAt: number, sourceAt: number) {
  root = mkdtempSync(join(tmpdir(), 'room-build-'));
  mkdirSync(join(root, 'src/app'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  const source = join(root, 'src/app/app.tsx');
  writeFileSync(source, 'x');
  utimesSync(source, sourceAt, sourceAt);
  for (const dir of [join(root, 'src/app'), join(root, 'src')]) utimesSync(dir, sourceAt, sourceAt);
  writeFileSync(join(root, 'dist/index.html'), '');
  writeFileSync(join(root, 'dist/sw.js'), '');
  utimesSync(join(root, 'dist/sw.js'), builtAt, builtAt);
}

describe('is dist/ up to date?', () => {
  it('is fresh when the build is newer than every source file', () => {
    project(2000, 1000);
    expect(buildState(root, join(root, 'dist'))).toEqual({ kind: 'fresh' });
  });

  it('is stale when a source file changed after the build, naming where', () => {
    project(1000, 2000);
    expect(buildState(root, join(root, 'dist'))).toEqual({ kind: 'stale', newer: 'src' });
  });

  it('is missing without a finished build', () => {
    project(2000, 1000);
    rmSync(join(root, 'dist/sw.js'));
    expect(buildState(root, join(root, 'dist'))).toEqual({ kind: 'missing' });
  });
});
