// CommonJS consumer: the same job through require(), as a Jest or older Node user would.
//   node examples/normalize-fixtures.cjs
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { normalizeArticle, restore } = require('newsnorm');
const { clean } = require('newsnorm/clean');

const fixtures = path.join(__dirname, '..', 'fixtures');
const dates = JSON.parse(readFileSync(path.join(fixtures, 'fixtures.json'), 'utf8'));

let checked = 0;
for (const [name, { publishedAt }] of Object.entries(dates)) {
  const raw = readFileSync(path.join(fixtures, name), 'utf8');
  const article = normalizeArticle(raw, { publishedAt });
  if (restore(article) !== raw) throw new Error(`${name}: restore() did not rebuild the input`);
  if (clean(raw).text !== article.text) throw new Error(`${name}: newsnorm/clean and normalizeArticle disagree`);
  console.log(
    `${name}: ${article.edits.length} edits, ${article.dates.length} dates, ${article.entities.length} entities, ${article.quotes.length} quotes`,
  );
  checked++;
}
console.log(`CJS consumer OK (${checked} articles)`);
