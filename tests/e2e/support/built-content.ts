/** Reads the content the build emitted, so tests derive expectations from real data. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ContentIndex, JurisdictionsIndex, ScenarioPage } from '../../../src/content/payloads';

const dist = resolve(import.meta.dirname, '../../..', process.env.OUT_DIR ?? 'dist');

export function builtIndex(): ContentIndex {
  return JSON.parse(readFileSync(resolve(dist, 'content/index.json'), 'utf8')) as ContentIndex;
}

export function builtScenario(id: string): ScenarioPage {
  return JSON.parse(readFileSync(resolve(dist, `content/scenarios/${id}.json`), 'utf8')) as ScenarioPage;
}

export function builtHtml(path: string): string {
  return readFileSync(resolve(dist, path.replace(/^\//, ''), 'index.html'), 'utf8');
}

export function builtJurisdictions(): JurisdictionsIndex {
  return JSON.parse(readFileSync(resolve(dist, 'content/jurisdictions.json'), 'utf8')) as JurisdictionsIndex;
}
