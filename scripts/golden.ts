// Regenerates fixtures/golden/*.json from the current code: `npm run golden`.
// Review the diff before committing: the goldens are the expected behaviour.
import { writeFileSync } from 'node:fs';
import { normalizeArticle } from '../src/index.js';
import { goldenPath, loadFixtures } from '../test/support/fixtures.js';
import { summarize } from '../test/support/summarize.js';

for (const fixture of loadFixtures()) {
  const article = normalizeArticle(fixture.raw, { publishedAt: fixture.publishedAt });
  writeFileSync(goldenPath(fixture.name), `${JSON.stringify(summarize(article), null, 2)}\n`);
  console.log(`wrote ${goldenPath(fixture.name).pathname}`);
}
