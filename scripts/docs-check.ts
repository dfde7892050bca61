/**
 * `npm run docs:check`: fails on a broken relative link or #anchor in README.md or docs/,
 * naming file, line and target (part of `npm test`).
 */
import { brokenLinks } from './lib/doc-links';

const broken = brokenLinks(process.cwd());
for (const b of broken) console.error(`${b.file}:${b.line}: ${b.target}: ${b.reason}`);
if (broken.length > 0) {
  console.error(`docs:check: ${broken.length} broken ${broken.length === 1 ? 'link' : 'links'}`);
  process.exit(1);
}
console.log('docs:check: every link in README.md and docs/ leads somewhere');
