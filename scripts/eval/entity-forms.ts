// Entity accuracy on an entity-level annotation (the blind and development sets of
// docs/entities.md, annotated with docs/annotation-brief.md):
//   npm run eval -- entity-forms GOLD.jsonl[,GOLD2.jsonl] --docs DOCS.jsonl[,DOCS2.jsonl] [--verbose]
//
// GOLD lines: {"id", "entities": [{"type": "person|organization|place", "forms": [...]}], "unsure": [...]}
// DOCS lines: {"id", "text"}.
//
// Scoring (entities, per article): a predicted entity is right when a gold entity of its type
// not yet matched has one of its written forms among the prediction's name and aliases (forms
// compared in lower case, without a leading "the", a possessive 's or a final period); a
// prediction whose forms are all listed as "unsure" counts neither way; every gold entity left
// unmatched is a miss. Per type and micro P / R / F1; `--verbose` lists each EXTRA and MISS.
import { readJsonlFiles } from '../jsonl.js';
import { extractEntities } from '../../src/entities/index.js';

type Type = 'person' | 'organization' | 'place';
const TYPES: readonly Type[] = ['person', 'organization', 'place'];
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** A written form as compared: lower case, quotes and spaces folded, no "the", 's or final period. */
function formKey(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/'s$/, '')
    .replace(/\.$/, '');
}

function f1({ tp, fp, fn }: Counts): string {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  const f = (2 * p * r) / (p + r || 1);
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * f).toFixed(1)} (tp ${tp} fp ${fp} fn ${fn})`;
}

export function run(args: string[]): void {
  const goldPaths = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--docs');
  const docsAt = args.indexOf('--docs');
  const docsPaths = docsAt >= 0 ? args[docsAt + 1] : undefined;
  if (!goldPaths || !docsPaths) {
    console.error('usage: npm run eval -- entity-forms GOLD.jsonl[,…] --docs DOCS.jsonl[,…] [--verbose]');
    process.exit(2);
  }
  const verbose = args.includes('--verbose');
  const texts = new Map(readJsonlFiles(docsPaths).map((d) => [d.id as string, d.text as string]));
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<Type, Counts>;
  let articles = 0;
  for (const g of readJsonlFiles(goldPaths)) {
    const id = g.id as string;
    const text = texts.get(id);
    if (text === undefined) throw new Error(`entity-forms: no text for article ${id} in ${docsPaths}`);
    articles++;
    const gold = (g.entities as Array<{ type: Type; forms: string[] }>).map((e) => ({
      type: e.type,
      forms: new Set(e.forms.map(formKey)),
      used: false,
    }));
    const unsure = new Set(((g.unsure ?? []) as string[]).map(formKey));
    for (const p of extractEntities(text)) {
      const type = p.type as Type;
      const forms = [p.name, ...p.aliases].map(formKey);
      const hit = gold.find((x) => !x.used && x.type === type && forms.some((f) => x.forms.has(f)));
      if (hit) {
        hit.used = true;
        counts[type].tp++;
      } else if (!forms.some((f) => unsure.has(f))) {
        counts[type].fp++;
        if (verbose) console.log(`${id} EXTRA ${type}: ${p.name}`);
      }
    }
    for (const x of gold) {
      if (x.used) continue;
      counts[x.type].fn++;
      if (verbose) console.log(`${id} MISS ${x.type}: ${[...x.forms].join(' / ')}`);
    }
  }
  console.log(`${articles} articles`);
  for (const t of TYPES) console.log(`${t.padEnd(13)} ${f1(counts[t])}`);
  const all = TYPES.reduce((a, t) => ({ tp: a.tp + counts[t].tp, fp: a.fp + counts[t].fp, fn: a.fn + counts[t].fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  console.log(`${'micro'.padEnd(13)} ${f1(all)}`);
}
