/** The benchmark's report: its shape, the targets it is held against, and its Markdown. */
import type { Floor } from './floor';
import type { LatencySeries } from './interaction';
import type { LighthouseResult } from './lighthouse';
import type { RouteBytes } from './measure-routes';
import type { ScaleResult } from './scale';
import type { Bytes } from '../lib/sizes';
import { BUDGETS, kB, ms, TARGETS, type TargetRow } from '../lib/targets';

export interface LighthouseRoute extends LighthouseResult {
  name: string;
  path: string;
  runs: LighthouseResult[];
}

export interface Report {
  generatedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    chromium: string;
    loadAverage: { start: number[]; end: number[] };
  };
  durationMs: number;
  build: { ms: number; prerenderMs: number; pages: number };
  floor: Omit<Floor, 'dist'>;
  routes: RouteBytes[];
  /** Every page's first-paint bytes (gzip HTML + blocking CSS): how many fit, and the worst. */
  firstPaint: { pages: number; fit: number; worst: { path: string; gzip: number }[] };
  htmlBudget: { pages: number; within: number; worst: { path: string; gzip: number }[] };
  /** A first visit with service workers allowed: the page, then the worker's precache. */
  serviceWorkerVisit: { path: string; requests: number; fromWorker: number; total: Bytes; scenarioFiles: number };
  lighthouse: LighthouseRoute[] | { skipped: string };
  lighthouseNotes: string[];
  interaction: LatencySeries[];
  /** An earlier build measured in the same run (--before): Lighthouse and interaction only. */
  before?: { build: string; lighthouse: LighthouseRoute[]; interaction: LatencySeries[] };
  scaling: ScaleResult[] | { skipped: string };
  targets: TargetRow[];
}

const worstOf = <T>(list: readonly T[], value: (t: T) => number): T | undefined =>
  [...list].sort((a, b) => value(b) - value(a))[0];

export function evaluateTargets(report: Omit<Report, 'targets'>): TargetRow[] {
  const rows: TargetRow[] = [];
  const floor = report.floor.js.gzip;
  const js = worstOf(report.routes, (r) => r.initialJs.gzip)!;
  rows.push({
    target: 'Budget: initial JS ≤ 1.6× React floor',
    goal: `≤ ${kB(floor * BUDGETS.initialJsToFloor)} (${BUDGETS.initialJsToFloor} × ${kB(floor)})`,
    result: `${kB(js.initialJs.gzip)} (${(js.initialJs.gzip / floor).toFixed(2)}×)`,
    met: js.initialJs.gzip <= floor * BUDGETS.initialJsToFloor,
  });
  const { htmlBudget, firstPaint } = report;
  rows.push({
    target: 'Budget: HTML ≤ 20 kB gzip, critical CSS inline',
    goal: `every page (${htmlBudget.pages})`,
    result: `${htmlBudget.within} within 20 kB; ${report.routes.filter((r) => r.inlineCss).length} of ${report.routes.length} kinds inline their CSS; heaviest ${htmlBudget.worst[0]?.path} ${kB(htmlBudget.worst[0]?.gzip ?? 0)}`,
    met: htmlBudget.within === htmlBudget.pages && report.routes.every((r) => r.inlineCss),
  });
  rows.push({
    target: 'First paint in the first 14 kB',
    goal: `every page (${firstPaint.pages}): HTML + blocking CSS ≤ ${kB(TARGETS.firstPaintGzip, 0)} gzip`,
    result: `${firstPaint.fit} fit; worst ${firstPaint.worst[0]?.path} ${kB(firstPaint.worst[0]?.gzip ?? 0)}`,
    met: firstPaint.fit === firstPaint.pages,
  });
  const visits = report.routes.filter((r) => r.firstVisit);
  const heaviest = worstOf(visits, (r) => r.firstVisit!.total.gzip);
  rows.push({
    target: 'First visit ≤ 160 kB gzip (service workers blocked)',
    goal: `every kind of route (${visits.length})`,
    result: `${visits.filter((r) => r.firstVisit!.total.gzip <= TARGETS.firstVisitGzip).length} within; heaviest ${heaviest?.path} ${kB(heaviest?.firstVisit?.total.gzip ?? 0)}`,
    met: visits.every((r) => r.firstVisit!.total.gzip <= TARGETS.firstVisitGzip),
  });
  const sw = report.serviceWorkerVisit;
  rows.push({
    target: 'First visit ≤ 160 kB gzip, with the service worker',
    goal: `${sw.path}, service workers allowed`,
    result: `${kB(sw.total.gzip)} in ${sw.requests} requests (${sw.fromWorker} by the worker, ${sw.scenarioFiles} scenario files)`,
    met: sw.total.gzip <= TARGETS.firstVisitGzip,
  });
  if (Array.isArray(report.lighthouse)) {
    const lh = report.lighthouse;
    const perfect = lh.filter((r) => Object.values(r.scores).every((s) => s >= TARGETS.lighthouseScore));
    rows.push({
      target: 'Lighthouse 100 in all four categories',
      goal: `${lh.length} routes`,
      result: `${perfect.length} of ${lh.length}; ${lh.map((r) => `${r.name} ${Object.values(r.scores).join('/')}`).join(', ')}`,
      met: perfect.length === lh.length,
    });
    const metric = (name: string, goal: number, pick: (r: LighthouseRoute) => number, show: (v: number) => string) => {
      const worst = worstOf(lh, pick)!;
      rows.push({
        target: name,
        goal: `≤ ${show(goal)}`,
        result: `worst ${worst.name} ${show(pick(worst))}`,
        met: lh.every((r) => pick(r) <= goal),
      });
    };
    metric('LCP (Lighthouse mobile)', TARGETS.lcpMs, (r) => r.lcpMs, ms);
    metric('TBT (Lighthouse mobile)', TARGETS.tbtMs, (r) => r.tbtMs, ms);
    metric(
      'CLS',
      TARGETS.cls,
      (r) => r.cls,
      (v) => v.toFixed(3),
    );
  }
  for (const series of report.interaction) {
    rows.push({
      target: `Interaction p95: ${series.what}`,
      goal: `≤ ${ms(TARGETS.interactionP95Ms)}`,
      result: `p95 ${ms(series.toPaint.p95)} to updated paint (p50 ${ms(series.toPaint.p50)}); Event Timing p95 ${ms(series.eventTiming.p95)}`,
      met: series.toPaint.p95 <= TARGETS.interactionP95Ms,
    });
  }
  return rows;
}
