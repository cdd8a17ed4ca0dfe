// Throughput of the entity stage on the fixture articles: ms per article for
// extractEntities against a bare compromise parse nlp(text) of the same text.
import { readFileSync, readdirSync } from 'node:fs';
import nlp from 'compromise';
import { extractEntities } from '../../src/entities/index.js';

export async function run(): Promise<{ name: string; value: string; note?: string }[]> {
  const dir = new URL('../../fixtures/', import.meta.url);
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const rounds = 20;
  const measure = (fn: (text: string) => unknown): number => {
    for (const t of texts) fn(t); // warm-up
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const t of texts) fn(t);
    return (performance.now() - t0) / (rounds * texts.length);
  };
  const bare = measure((t) => nlp(t));
  const ours = measure((t) => extractEntities(t));
  const note = `${texts.length} fixtures x ${rounds} rounds`;
  return [
    { name: 'compromise nlp(text), ms/article', value: bare.toFixed(2), note },
    { name: 'extractEntities, ms/article', value: ours.toFixed(2), note },
    { name: 'extractEntities overhead over the parse', value: `${(ours / bare).toFixed(2)}x` },
  ];
}
