import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { contentPlugin, InvalidContentError } from '../../src/content/node/vite-plugin';
import { writeContentFixture, writeEntry } from '../fixtures/content-fixture';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function startBuild(projectRoot: string) {
  const plugin = contentPlugin();
  const configResolved = plugin.configResolved as (config: unknown) => void;
  const buildStart = plugin.buildStart as () => void;
  configResolved({ root: projectRoot, build: { ssr: false } });
  buildStart();
}

describe('the content build step', () => {
  it('passes on valid content', () => {
    root = writeContentFixture();
    expect(() => startBuild(root)).not.toThrow();
  });

  it('fails the build on invalid content, naming the file and field', () => {
    root = writeContentFixture();
    writeEntry(root, 'glossary', 'term-one.yaml', 'term: Term one\nlastReviewed: "2026-11-25"\n');
    expect(() => startBuild(root)).toThrow(InvalidContentError);
    expect(() => startBuild(root)).toThrow(/data\/glossary\/term-one\.yaml: definition:/);
  });
});
