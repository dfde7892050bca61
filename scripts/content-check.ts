/**
 * `npm run content:check`: validates everything in data/ and prints one line per problem
 * (file: field: reason), then a summary line of counts. Exits 1 when anything is wrong.
 */
import { resolve } from 'node:path';
import { formatIssue } from '../src/content/node/issues';
import { loadContent } from '../src/content/node/load-content';
import { summaryLine } from '../src/content/node/summary';

const root = resolve(process.argv[2] ?? '.');
const { issues, stats } = loadContent(root);

for (const issue of issues) console.error(formatIssue(issue));
console.log(summaryLine(stats, issues.length));
process.exit(issues.length > 0 ? 1 : 0);
