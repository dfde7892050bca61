/**
 * `npm run bench -- --update-docs`: writes the latest results between marker comments in
 * docs/performance.md (every table) and README.md (the targets table), leaving the prose alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from './report';

function replaceBetween(file: string, name: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} markers`);
  writeFileSync(file, `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`);
}

export function updateDocs(root: string, report: Report, markdown: string): void {
  replaceBetween(join(root, 'docs', 'performance.md'), 'results', markdown);
  const rows = report.targets.map((t) => `| ${t.target} | ${t.goal} | ${t.result} | ${t.met ? 'yes' : '**no**'} |`);
  const readme = [
    `Latest \`npm run bench\` (${report.generatedAt.slice(0, 10)}, ${report.machine.cpus} cores); details in [docs/performance.md](docs/performance.md).`,
    '',
    '| target | goal | latest | met |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
  replaceBetween(join(root, 'README.md'), 'summary', readme);
}
