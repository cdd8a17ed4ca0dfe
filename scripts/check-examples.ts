// Typechecks the @example blocks of the public API: every export of every entry point
// (package.json "exports" → src/**/index.ts) must have an @example, and each example must compile
// against the sources, imported as a user would ('newsnorm', 'newsnorm/clean', …).
//
// Each example becomes its own module. Names it uses without defining are resolved in two passes:
// first the public exports of its entry point (imported for it), then a small table of the
// context examples assume (`raw` is the article text, `article` a result, …), declared ambient.
// A name in neither is an error: the example must define it. Run: npm run check:examples
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('../', import.meta.url).pathname;
const ENTRIES: Record<string, string> = {
  'newsnorm/clean': 'src/clean/index.ts',
  'newsnorm/language': 'src/language/index.ts',
  'newsnorm/dates': 'src/dates/index.ts',
  'newsnorm/entities': 'src/entities/index.ts',
  'newsnorm/quotes': 'src/quotes/index.ts',
  'newsnorm/batch': 'src/batch/index.ts',
  'newsnorm/report': 'src/report/index.ts',
  newsnorm: 'src/index.ts', // last: an example re-exported here was checked under its own subpath
};

// What the examples may take as given (the user's own variables).
const CONTEXT: Record<string, string> = {
  raw: 'string',
  text: 'string',
  html: 'string',
  article: "import('newsnorm').Article",
  result: "import('newsnorm').CleanResult",
  edits: "import('newsnorm').Edit[]",
  entityMention: "import('newsnorm').Span",
  options: "import('newsnorm').NormalizeOptions",
  records: "import('newsnorm/batch').BatchRecord[]",
  myRule: "import('newsnorm/clean').CleanRule",
  ctx: "import('newsnorm/clean').BlockContext",
  block: "import('newsnorm/clean').Block",
};

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: ['node'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
  baseUrl: root,
  paths: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, [v]])),
};

interface Example {
  entry: string;
  name: string;
  file: string;
  code: string;
  exports: Set<string>;
  rootExports: Set<string>;
}

function publicExamples(): { examples: Example[]; missing: string[] } {
  const program = ts.createProgram(
    Object.values(ENTRIES).map((f) => join(root, f)),
    { ...compilerOptions },
  );
  const checker = program.getTypeChecker();
  const examples: Example[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const exportsOf = (file: string) =>
    checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(join(root, file))!)!);
  const rootExports = new Set(exportsOf(ENTRIES.newsnorm!).map((s) => s.name));
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const symbols = exportsOf(file);
    const exportNames = new Set(symbols.map((s) => s.name));
    for (const exported of symbols) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const blocks = (symbol.declarations ?? []).flatMap((d) =>
        ts
          .getJSDocTags(d)
          .filter((t) => t.tagName.text === 'example')
          .map((t) => ({ d, comment: ts.getTextOfJSDocComment(t.comment) ?? '' })),
      );
      if (!blocks.length) missing.push(`${entry}: ${exported.name}`);
      for (const { d, comment } of blocks) {
        const key = `${d.getSourceFile().fileName}:${d.pos}:${comment}`;
        if (seen.has(key)) continue;
        seen.add(key);
        examples.push({
          entry,
          name: exported.name,
          file: relative(root, d.getSourceFile().fileName),
          code: comment.replace(/^```\w*\n?|```$/gm, ''),
          exports: exportNames,
          rootExports,
        });
      }
    }
  }
  return { examples, missing };
}

function moduleFor(example: Example, imports: string[], rootImports: string[], ambient: string[]): string {
  const lines = example.code.split('\n');
  const own = lines.filter((l) => /^\s*import\s/.test(l));
  const body = lines.filter((l) => !/^\s*import\s/.test(l));
  return [
    ...own,
    imports.length ? `import { ${imports.join(', ')} } from '${example.entry}';` : '',
    rootImports.length ? `import { ${rootImports.join(', ')} } from 'newsnorm';` : '',
    ...ambient.map((name) => `declare const ${name}: ${CONTEXT[name]};`),
    'export {};',
    ...body,
  ].join('\n');
}

function diagnose(files: string[]): ts.Diagnostic[] {
  const program = ts.createProgram(files, compilerOptions);
  return files.flatMap((f) => [
    ...program.getSyntacticDiagnostics(program.getSourceFile(f)),
    ...program.getSemanticDiagnostics(program.getSourceFile(f)),
  ]);
}

const { examples, missing } = publicExamples();
const dir = mkdtempSync(join(tmpdir(), 'newsnorm-examples-'));
let failed = 0;
try {
  // pass 1: no help; collect the names each example uses without defining
  const files = examples.map((_, i) => join(dir, `example-${i}.ts`));
  examples.forEach((e, i) => writeFileSync(files[i]!, moduleFor(e, [], [], [])));
  const unknown = new Map<string, Set<string>>();
  for (const d of diagnose(files)) {
    if (d.code !== 2304 && d.code !== 2552 && d.code !== 2582) continue; // cannot find name
    const name = /'([^']+)'/.exec(ts.flattenDiagnosticMessageText(d.messageText, '\n'))?.[1];
    if (!name || !d.file) continue;
    if (!unknown.has(d.file.fileName)) unknown.set(d.file.fileName, new Set());
    unknown.get(d.file.fileName)!.add(name);
  }
  // pass 2: import the public names, declare the context names, and check for real
  examples.forEach((e, i) => {
    const names = [...(unknown.get(files[i]!) ?? [])];
    const own = names.filter((n) => e.exports.has(n));
    const fromRoot = names.filter((n) => !e.exports.has(n) && e.rootExports.has(n));
    writeFileSync(
      files[i]!,
      moduleFor(
        e,
        own,
        fromRoot,
        names.filter((n) => !own.includes(n) && !fromRoot.includes(n) && n in CONTEXT),
      ),
    );
  });
  const errors = diagnose(files);
  const byFile = new Map<string, string[]>();
  for (const d of errors) {
    const where = d.file ? files.indexOf(d.file.fileName) : -1;
    const key = where >= 0 ? `${examples[where]!.file} — @example of ${examples[where]!.name}` : 'global';
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    if (!byFile.has(key)) byFile.set(key, []);
    byFile
      .get(key)!
      .push(
        `  line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}${where >= 0 ? `\n    ${d.file!.text.split('\n')[line - 1]}` : ''}`,
      );
  }
  for (const [key, messages] of byFile) {
    failed++;
    console.error(`${key}\n${messages.join('\n')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const m of missing) console.error(`no @example: ${m}`);
console.log(
  `${examples.length} examples of ${new Set(examples.map((e) => `${e.entry}:${e.name}`)).size} exports checked: ${failed} failing, ${missing.length} exports without an example`,
);
if (failed || missing.length) process.exitCode = 1;
