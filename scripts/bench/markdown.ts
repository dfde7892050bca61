/** The report as Markdown tables, and a one-line summary for the terminal. */
import type { Report } from './report';
import { kindLabel } from './route-kinds';
import { CORE_KINDS, type ScaleResult } from './scale';
import { kB, ms } from '../lib/targets';

const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );

const seconds = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '–' : `${(value / 1000).toFixed(0)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;

function routesTable(report: Report): string {
  const floor = report.floor.js.gzip;
  return table(
    [
      'route (pages)',
      'page measured',
      'HTML gzip',
      'initial JS gzip / brotli (× floor)',
      'CSS gzip / brotli',
      'first paint',
      'first visit gzip (requests)',
      'heaviest HTML of kind',
    ],
    report.routes.map((r) => [
      `${r.label} (${r.pages})`,
      `\`${r.path}\``,
      kB(r.html.gzip),
      `${kB(r.initialJs.gzip)} / ${kB(r.initialJs.brotli)} (${(r.initialJs.gzip / floor).toFixed(2)}×)`,
      `${kB(r.initialCss.gzip)} / ${kB(r.initialCss.brotli)}${r.inlineCss ? ' + inline' : ''}`,
      kB(r.firstPaintGzip),
      r.firstVisit ? `${kB(r.firstVisit.total.gzip)} (${r.firstVisit.requests})` : '–',
      `${kB(r.heaviest.htmlGzip)} \`${r.heaviest.path}\``,
    ]),
  );
}

function lighthouseTable(report: Report): string {
  if (!Array.isArray(report.lighthouse)) return `Lighthouse skipped: ${report.lighthouse.skipped}`;
  return table(
    [
      'route',
      'page',
      'performance',
      'accessibility',
      'best practices',
      'SEO',
      'LCP',
      'TBT',
      'CLS',
      'machine speed (benchmarkIndex)',
    ],
    report.lighthouse.map((r) => [
      r.name,
      `\`${r.path}\``,
      ...Object.values(r.scores).map(String),
      ms(r.lcpMs),
      ms(r.tbtMs),
      r.cls.toFixed(3),
      r.runs.map((run) => Math.round(run.benchmarkIndex)).join(', '),
    ]),
  );
}

function interactionTable(report: Report): string {
  return table(
    ['interaction (4× CPU slowdown)', 'changes', 'click → updated paint p50 / p95 / max', 'Event Timing p50 / p95'],
    report.interaction.map((s) => [
      `${s.what}, from \`${s.page}\``,
      String(s.changes),
      `${ms(s.toPaint.p50)} / ${ms(s.toPaint.p95)} / ${ms(s.toPaint.max)}`,
      `${ms(s.eventTiming.p50)} / ${ms(s.eventTiming.p95)}`,
    ]),
  );
}

/** The earlier build (--before) next to this one, route by route, from the same run. */
function beforeAfterTable(report: Report): string | undefined {
  const { before } = report;
  if (!before || !Array.isArray(report.lighthouse)) return undefined;
  const after = report.lighthouse;
  const arrow = (a: string, b: string) => `${a} → ${b}`;
  const pages = before.lighthouse.flatMap((earlier) => {
    const now = after.find((r) => r.path === earlier.path);
    return now
      ? [
          [
            earlier.name,
            arrow(String(earlier.scores.performance), String(now.scores.performance)),
            arrow(ms(earlier.tbtMs), ms(now.tbtMs)),
            arrow(ms(earlier.lcpMs), ms(now.lcpMs)),
            arrow(earlier.cls.toFixed(3), now.cls.toFixed(3)),
          ],
        ]
      : [];
  });
  const clicks = before.interaction.flatMap((earlier) => {
    const now = report.interaction.find((s) => s.what === earlier.what);
    return now
      ? [
          [
            earlier.what,
            arrow(ms(earlier.toPaint.p95), ms(now.toPaint.p95)),
            arrow(ms(earlier.eventTiming.p95), ms(now.eventTiming.p95)),
          ],
        ]
      : [];
  });
  return [
    `Earlier build: \`${before.build}\`, measured in this run; each route's Lighthouse runs come just before this build's.`,
    table(['route (Lighthouse, median of the runs)', 'performance', 'TBT', 'LCP', 'CLS'], pages),
    table(['interaction (4× CPU slowdown)', 'click → updated paint p95', 'Event Timing p95'], clicks),
  ].join('\n\n');
}

function scalingTable(scaling: ScaleResult[]): string {
  const head = ['', ...scaling.map((s) => `${s.factor}× (${s.scenarios} scenarios, ${s.sources} sources)`)];
  const row = (name: string, cell: (s: ScaleResult) => string) => [name, ...scaling.map(cell)];
  const first = scaling[0];
  const last = scaling.at(-1);
  const raw = (s: ScaleResult | undefined, kind: string) => s?.kinds.find((k) => k.kind === kind)?.html.raw ?? 0;
  // The kinds the issue names, and any other whose page grows by half or more with the library.
  const shown = (first?.kinds ?? []).filter(
    (k) => CORE_KINDS.includes(k.kind) || raw(last, k.kind) >= 1.5 * raw(first, k.kind),
  );
  const steady = (first?.kinds ?? []).filter((k) => !shown.includes(k)).map((k) => kindLabel(k.kind));
  const kindRows = shown.map(({ kind }) =>
    row(kindLabel(kind), (s) => {
      const k = s.kinds.find((x) => x.kind === kind);
      if (!k) return '–';
      const visit = k.firstVisitGzip === undefined ? '' : `; visit ${kB(k.firstVisitGzip, 0)}`;
      return `${kB(k.html.raw, 0)} / ${kB(k.html.gzip, 0)} (data ${kB(k.appDataRaw, 0)})${visit}`;
    }),
  );
  const rows = table(head, [
    row('pages', (s) => String(s.pages)),
    row('`npm run build` (measured)', (s) => seconds(s.fullBuildMs)),
    row('client + server bundles (measured)', (s) =>
      s.clientBuildMs === undefined ? '–' : seconds(s.clientBuildMs + (s.ssrBuildMs ?? 0)),
    ),
    row('prerender', (s) => `${seconds(s.prerenderMs)}${s.prerenderEstimated ? ' (est.)' : ''}`),
    row('HTML written', (s) => `${mb(s.htmlTotalBytes)}${s.prerenderEstimated ? ' (est.)' : ''}`),
    row('content/index.json raw / gzip', (s) => `${kB(s.indexJson.raw, 0)} / ${kB(s.indexJson.gzip)}`),
    ...kindRows,
  ]);
  const note = steady.length
    ? `\n\nPages that do not grow with the library (HTML within half of its 1× size): ${steady.join(', ')}.`
    : '';
  return `Each page cell: HTML raw / gzip (of which hydration data, raw); first-visit transfer (gzip) where measured.\n\n${rows}${note}`;
}

export function toMarkdown(report: Report): string {
  const m = report.machine;
  const beforeAfter = beforeAfterTable(report);
  return [
    `Measured ${report.generatedAt.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, Node ${m.node}, Chromium ${m.chromium}; load average ${m.loadAverage.start[0]?.toFixed(1)} at the start and ${m.loadAverage.end[0]?.toFixed(1)} at the end; the run took ${seconds(report.durationMs)}.`,
    `The React floor (React + ReactDOM rendering one line, same Vite settings): **${kB(report.floor.js.gzip)} gzip** (${kB(report.floor.js.brotli)} brotli, ${kB(report.floor.js.raw, 0)} raw). \`npm run build\`: ${seconds(report.build.ms)} for ${report.build.pages} pages.`,
    '### Targets',
    table(
      ['target', 'goal', 'result', 'met'],
      report.targets.map((t) => [t.target, t.goal, t.result, t.met ? 'yes' : '**no**']),
    ),
    '### Each kind of route',
    routesTable(report),
    `A first visit to \`${report.serviceWorkerVisit.path}\` with service workers allowed: ${kB(report.serviceWorkerVisit.total.gzip)} gzip (${kB(report.serviceWorkerVisit.total.raw, 0)} raw) in ${report.serviceWorkerVisit.requests} requests, ${report.serviceWorkerVisit.fromWorker} of them the worker's precache (${report.serviceWorkerVisit.scenarioFiles} scenario files).`,
    `### Lighthouse (mobile, median of ${Array.isArray(report.lighthouse) ? (report.lighthouse[0]?.runs.length ?? 0) : 0} runs)`,
    lighthouseTable(report),
    ...(report.lighthouseNotes.length ? [report.lighthouseNotes.map((n) => `- ${n}`).join('\n')] : []),
    '### Interaction latency',
    interactionTable(report),
    ...(beforeAfter ? ['### Before and after, in this run', beforeAfter] : []),
    '### Scaling with the size of the library',
    Array.isArray(report.scaling) ? scalingTable(report.scaling) : `Skipped: ${report.scaling.skipped}`,
  ].join('\n\n');
}

export function summaryLine(report: Report): string {
  const met = report.targets.filter((t) => t.met).length;
  const js = Math.max(...report.routes.map((r) => r.initialJs.gzip));
  const visit = Math.max(...report.routes.map((r) => r.firstVisit?.total.gzip ?? 0));
  const perf = Array.isArray(report.lighthouse)
    ? `Lighthouse performance ${Math.min(...report.lighthouse.map((r) => r.scores.performance))}–${Math.max(...report.lighthouse.map((r) => r.scores.performance))}`
    : 'Lighthouse skipped';
  const p95 = report.interaction.map((s) => ms(s.toPaint.p95)).join('/');
  return `bench: ${met} of ${report.targets.length} targets met; initial JS ${kB(js)} gzip = ${(js / report.floor.js.gzip).toFixed(2)}× the React floor (${kB(report.floor.js.gzip)}); HTML ≤ 20 kB on ${report.htmlBudget.within}/${report.htmlBudget.pages} pages; first paint ≤ 14 kB on ${report.firstPaint.fit}/${report.firstPaint.pages}; heaviest first visit ${kB(visit)}; ${perf}; interaction p95 ${p95}.`;
}
