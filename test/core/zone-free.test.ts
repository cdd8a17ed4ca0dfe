// Only src/dates/ reads or makes local time. Every other source folder builds dates from
// Date.UTC and reads them with getUTC*, so its results cannot depend on the machine's zone; CI
// therefore reruns under other zones only the test files whose imports reach src/dates/
// (scripts/zone-suites.ts). This test keeps that premise true.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zoneSuites } from '../../scripts/zone-suites.js';

// Each pattern: what it catches, and why that depends on the zone.
const LOCAL_TIME: ReadonlyArray<[RegExp, string]> = [
  [/\bnew Date\((?!Date\.UTC\()/, 'a Date from anything but Date.UTC (a local date string or fields)'],
  [/\bDate\.parse\(/, 'Date.parse reads a string without a zone as local time'],
  [
    /\.(?:get|set)(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)\(|\.getTimezoneOffset\(/,
    'a local-time getter or setter (getUTC*/setUTC* are zone-free)',
  ],
  [/\.to(?:LocaleDateString|LocaleTimeString|DateString|TimeString)\(/, 'a Date printed in local time'],
  [/\bDateTimeFormat\((?![^)]*timeZone)/, 'Intl.DateTimeFormat without a timeZone uses the local one'],
  [/from ['"]chrono-node['"]/, 'chrono reads the local zone unless given one (src/dates gives it)'],
];

function localTimeUses(source: string): string[] {
  const found: string[] = [];
  source.split('\n').forEach((line, i) => {
    if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) return; // comments
    for (const [pattern, why] of LOCAL_TIME) if (pattern.test(line)) found.push(`${i + 1}: ${why}`);
  });
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the scan for local-time date APIs', () => {
  it.each([
    ['const d = new Date(Date.UTC(2021, 0, 3));', 0],
    ['const day = d.getUTCDate();', 0],
    ["new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' })", 0],
    ["const n = count.toLocaleString('en-US');", 0], // numbers print the same in every zone
    ['// new Date(text) in a comment', 0],
    ["const d = new Date('2021-03-04 10:00');", 1],
    ['const t = Date.parse(stamp);', 1],
    ['const h = d.getHours();', 1],
    ['d.setDate(d.getDate() + 1);', 1],
    ['new Intl.DateTimeFormat(locale, { month: "long" })', 1],
    ["import * as chrono from 'chrono-node';", 1],
  ])('%s → %i finding(s)', (line, count) => {
    expect(localTimeUses(line)).toHaveLength(count);
  });
});

describe('only src/dates/ reads local time', () => {
  const files = sourceFiles('src').filter((file) => !file.startsWith(join('src', 'dates')));
  it.each(files)('%s', (file) => {
    expect(localTimeUses(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the zone reruns take the suites that reach src/dates/, and not the others', () => {
    const suites = zoneSuites();
    expect(suites).toContain('test/dates/resolve-dates.test.ts');
    expect(suites).toContain('test/pipeline.test.ts'); // normalizeArticle resolves dates
    expect(suites).not.toContain('test/clean/rules.test.ts');
    expect(suites).not.toContain('test/entities/extract.test.ts');
  });
});
