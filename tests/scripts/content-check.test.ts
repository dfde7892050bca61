import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeContentFixture, writeEntry } from '../fixtures/content-fixture';

const script = resolve(import.meta.dirname, '../../scripts/content-check.ts');
const tsx = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

const check = (dir: string) => spawnSync(tsx, [script, dir], { encoding: 'utf8' });

describe('npm run content:check', () => {
  // 4 models × 4 cited claims + 4 outcomes = 20 citations.
  it('exits 0 and prints one summary line of counts for valid content', () => {
    root = writeContentFixture();
    const run = check(root);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(
      'content: 4 models, 1 scenarios, 4 outcomes, 1 sources, 20 citations, 1 glossary terms, 0 myths, 0 recommendations, 0 jurisdictions, 0 questions, 0 decks, 0 unresolved references, 0 uncited outcomes — all good',
    );
  });

  it('exits 1 and names file, field and reason for a broken file', () => {
    root = writeContentFixture();
    writeEntry(root, 'sources', 'study-2020.yaml', 'title: A study\nyear: last year\n');
    const run = check(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('data/sources/study-2020.yaml: year: year must be a number, e.g. 2018');
    expect(run.stdout).toMatch(/unresolved references, \d+ uncited outcomes — \d+ problems to fix/);
  });
});
