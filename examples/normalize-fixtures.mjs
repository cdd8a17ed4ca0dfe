// ESM consumer: runs normalizeArticle on the five fixture articles and prints what it found.
//   npm run example                    (builds, then runs this file)
//   npm run example -- --html [DIR]    also writes an HTML report per article (default: reports/)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeArticle, restore } from 'newsnorm';
import { renderReport } from 'newsnorm/report';
import { formatReport } from './report.mjs';

const htmlFlag = process.argv.indexOf('--html');
const htmlDir = htmlFlag === -1 ? undefined : (process.argv[htmlFlag + 1] ?? 'reports');
if (htmlDir) mkdirSync(htmlDir, { recursive: true });

const fixtures = new URL('../fixtures/', import.meta.url);
const dates = JSON.parse(readFileSync(new URL('fixtures.json', fixtures), 'utf8'));

for (const [name, { publishedAt }] of Object.entries(dates)) {
  const raw = readFileSync(new URL(name, fixtures), 'utf8');
  const started = performance.now();
  // 004 carries its own dateline; the others get the date from fixtures.json.
  const article = normalizeArticle(raw, name.startsWith('004') ? {} : { publishedAt });
  const ms = performance.now() - started;
  if (restore(article) !== raw) throw new Error(`${name}: restore() did not rebuild the input`);
  console.log(formatReport(name, article, ms));
  if (htmlDir) {
    const file = join(htmlDir, name.replace(/\.txt$/, '.html'));
    writeFileSync(file, renderReport(article, raw, { title: name }));
    console.log(`  report: ${file}`);
  }
  console.log();
}
