/**
 * Lighthouse (mobile preset: simulated slow 4G and 4× CPU slowdown) against the served build,
 * in the system Chromium. Each route runs `runs` times; the report keeps the median of each
 * figure, since single Lighthouse runs vary.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { findChromium } from '../../tests/e2e/support/find-chromium';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '../..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  /** Category scores, 0 to 100. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /**
   * Lighthouse's measure of this machine's speed at the time of the run (higher is faster; a
   * typical desktop scores 1,500 to 2,000). Simulated timings scale with it: compare runs only
   * at similar values.
   */
  benchmarkIndex: number;
}

interface LighthouseJson {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { message: string };
  environment: { benchmarkIndex: number };
}

async function runOnce(url: string, outFile: string): Promise<LighthouseResult> {
  const bin = join(repoRoot, 'node_modules', 'lighthouse', 'cli', 'index.js');
  await run(
    process.execPath,
    [
      bin,
      url,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--form-factor=mobile',
      '--output=json',
      `--output-path=${outFile}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: findChromium() }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  const report = JSON.parse(readFileSync(outFile, 'utf8')) as LighthouseJson;
  if (report.runtimeError) throw new Error(`lighthouse ${url}: ${report.runtimeError.message}`);
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    benchmarkIndex: report.environment.benchmarkIndex,
  };
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Median of each figure over `runs` runs; the raw runs' files stay in `outDir`. */
export async function lighthouse(
  url: string,
  runs: number,
  outDir: string,
  name: string,
): Promise<LighthouseResult & { runs: LighthouseResult[] }> {
  mkdirSync(outDir, { recursive: true });
  const results: LighthouseResult[] = [];
  for (let i = 1; i <= runs; i += 1) results.push(await runOnce(url, join(outDir, `${name}-${i}.json`)));
  const med = (pick: (r: LighthouseResult) => number) => median(results.map(pick));
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, med((r) => r.scores[c])])) as LighthouseResult['scores'],
    lcpMs: med((r) => r.lcpMs),
    tbtMs: med((r) => r.tbtMs),
    cls: med((r) => r.cls),
    benchmarkIndex: med((r) => r.benchmarkIndex),
    runs: results,
  };
}
