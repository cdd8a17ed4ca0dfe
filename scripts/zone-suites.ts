// The test files whose results can depend on the machine's time zone: those whose import graph
// reaches src/dates/ (the one stage that reads or makes local time; test/core/zone-free.test.ts
// keeps every other source folder free of local-time date APIs). CI runs the suite again under
// other zones for these files only: a file that never reaches a zone-dependent line would run the
// same code the same way.
//   npx tsx scripts/zone-suites.ts            → one path per line
// Imports are read from the sources (static `import … from`, `export … from`, `import('…')`
// with a literal path); relative paths only: packages are not followed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const ZONE_DEPENDENT = join(ROOT, 'src', 'dates') + '/';
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? testFiles(path) : path.endsWith('.test.ts') ? [path] : [];
  });
}

// A specifier as written ('../src/x.js', './y') to the source file it names, or undefined.
function resolveSource(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.(m?js|cjs)$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((path) => path.endsWith('.ts') && existsSync(path));
}

const reaches = new Map<string, boolean>();
function reachesZone(file: string, path: Set<string> = new Set()): boolean {
  const known = reaches.get(file);
  if (known !== undefined) return known;
  if (file.startsWith(ZONE_DEPENDENT)) return true;
  if (path.has(file)) return false; // a cycle: answered where it started
  path.add(file);
  const source = readFileSync(file, 'utf8');
  let found = false;
  for (const match of source.matchAll(SPECIFIER)) {
    const target = resolveSource(file, match[1]!);
    if (target && reachesZone(target, path)) {
      found = true;
      break;
    }
  }
  path.delete(file);
  reaches.set(file, found);
  return found;
}

/** The test files (paths relative to the repository) whose imports reach src/dates/. */
export function zoneSuites(): string[] {
  return testFiles(join(ROOT, 'test'))
    .filter((file) => reachesZone(file))
    .map((file) => relative(ROOT, file))
    .sort();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  process.stdout.write(`${zoneSuites().join('\n')}\n`);
}
