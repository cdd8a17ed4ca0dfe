// Snapshot of clean's full output (text, edits, metadata, flags) on the pages given, for
// checking that a refactor or a speed-up changes nothing: take one before, one after, and
// compare the files byte for byte.
//
//   npx tsx scripts/clean-snapshot.ts before.json PAGES.jsonl page.txt …
//   (change the code)
//   npx tsx scripts/clean-snapshot.ts after.json PAGES.jsonl page.txt … && cmp before.json after.json
//
// A .jsonl input holds one page per line ({"id", "text"}); any other file is one page. Each
// page is cleaned with the default options and with the language hint 'por' (another path
// through the language rules). Keep the snapshots outside the repository (.tmp/): they copy
// the pages' text.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { clean } from '../src/clean/index.js';

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0) {
  console.error('usage: tsx scripts/clean-snapshot.ts OUT.json INPUT.jsonl|INPUT.txt …');
  process.exit(2);
}

const pages: Array<[string, string]> = inputs.flatMap((input) =>
  input.endsWith('.jsonl')
    ? readFileSync(input, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => {
          const row = JSON.parse(line) as { id: string; text: string };
          return [`${input}#${row.id}`, row.text] as [string, string];
        })
    : [[`${input}#${basename(input)}`, readFileSync(input, 'utf8')] as [string, string]],
);

const results: Record<string, unknown> = {};
for (const [key, text] of pages) {
  results[key] = clean(text);
  results[`${key}#por`] = clean(text, { language: 'por' });
}
writeFileSync(out, JSON.stringify(results, null, 1));
console.log(`${pages.length} pages → ${out}`);
