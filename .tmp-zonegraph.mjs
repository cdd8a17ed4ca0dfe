import { buildSync } from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
const walk = (d) => readdirSync(d).flatMap((f) => { const p = join(d, f); return statSync(p).isDirectory() ? walk(p) : p.endsWith('.test.ts') ? [p] : []; });
for (const f of walk('test').sort()) {
  const r = buildSync({ entryPoints: [f], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
  const inputs = Object.keys(r.metafile.inputs);
  const hits = [...new Set(inputs.filter((p) => /^src\/(dates|cli|report|batch|normalize|index)/.test(p)).map((p) => p.split('/').slice(0, 2).join('/')))];
  console.log(hits.length ? 'Z' : '-', f, hits.join(','));
}
