// ESM consumer: runs normalizeArticle on the five fixture articles and prints what it found.
//   npm run example            (builds, then runs this file)
import { readFileSync } from 'node:fs';
import { normalizeArticle, restore } from 'newsnorm';
import { formatReport } from './report.mjs';

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
  console.log();
}
