// Turns an entity-level annotation (per article: entities with a type and the forms the article
// writes for them) into span annotations that scripts/train-ner.ts can train on, by marking
// every occurrence of every form in the article's text.
//
//   npx tsx scripts/ner-project-forms.ts --gold GOLD.jsonl[,GOLD2.jsonl] --docs DOCS.jsonl[,DOCS2.jsonl] --out SPANS.jsonl \
//     [--unsure ignore|misc] [--demonyms]
//
// GOLD lines: {"id", "entities": [{"type": "person|organization|place", "forms": [...]}], "unsure": [...]}
// DOCS lines: {"id", "text"} (other fields ignored).
// Output lines: {"id", "text", "entities": [{start, end, text, type: PER|ORG|LOC|MISC}], "ignore": [{start, end}]}
//
// Occurrences are matched case-sensitively at word boundaries, longest form first, and never
// overlap. The forms listed as "unsure" become `ignore` spans (train-ner.ts leaves out the
// sentences that hold one), or with `--unsure misc` MISC spans: what annotators are unsure of
// is mostly what CoNLL-2003 calls MISC (party adjectives, events, laws, works, products).
// `--demonyms` marks the capitalized nationality and creed words the annotation leaves out
// (isDemonymWord) as MISC too, as CoNLL-2003 does, so the extra documents do not teach the
// tagger that "Chinese" is no name while its CoNLL training says it is a MISC one. An annotator lists forms, not offsets, so a form that also occurs
// as an ordinary word is marked there too: forms are names, written with capitals, so this
// is rare, and the report counts forms that never occur (a typo in the annotation).
import { writeFileSync } from 'node:fs';
import { readJsonlFiles } from './jsonl.js';
import { isDemonymWord } from '../src/entities/vocabulary.js';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const goldPaths = arg('gold');
const docPaths = arg('docs');
const out = arg('out');
const unsureAs = arg('unsure') ?? 'ignore';
const demonyms = args.includes('--demonyms');
if (unsureAs !== 'ignore' && unsureAs !== 'misc') {
  console.error(`--unsure must be ignore or misc, got ${unsureAs}`);
  process.exit(2);
}
if (!goldPaths || !docPaths || !out) {
  console.error(
    'usage: tsx scripts/ner-project-forms.ts --gold GOLD.jsonl[,…] --docs DOCS.jsonl[,…] --out SPANS.jsonl',
  );
  process.exit(2);
}

const TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

const texts = new Map(readJsonlFiles(docPaths).map((d) => [d.id as string, d.text as string]));
const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Span {
  start: number;
  end: number;
  type: string;
}

/** Every word-bounded occurrence of `form` in `text` that overlaps no span already taken. */
function occurrences(text: string, form: string, taken: Uint8Array): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const end = at + form.length;
    if (at > 0 && WORD_CHAR.test(text[at - 1]!) && WORD_CHAR.test(form[0]!)) continue;
    if (end < text.length && WORD_CHAR.test(text[end]!) && WORD_CHAR.test(form[form.length - 1]!)) continue;
    let free = true;
    for (let k = at; k < end && free; k++) if (taken[k]) free = false;
    if (free) found.push([at, end]);
  }
  return found;
}

let docs = 0;
let spans = 0;
let missing = 0;
const lines: string[] = [];
for (const g of readJsonlFiles(goldPaths)) {
  const id = g.id as string;
  const text = texts.get(id);
  if (text === undefined) {
    console.error(`no text for ${id}: skipped`);
    continue;
  }
  const forms: Array<{ form: string; type: string | null }> = [];
  for (const e of (g.entities ?? []) as Array<{ type: string; forms: string[] }>) {
    const type = TYPE[e.type];
    if (!type) throw new Error(`${id}: unknown type ${e.type}`);
    for (const form of e.forms) if (form.trim()) forms.push({ form: form.trim(), type });
  }
  const unsureType = unsureAs === 'misc' ? 'MISC' : null;
  for (const form of (g.unsure ?? []) as string[]) if (form.trim()) forms.push({ form: form.trim(), type: unsureType });
  forms.sort((a, b) => b.form.length - a.form.length);
  const taken = new Uint8Array(text.length);
  const entities: Span[] = [];
  const ignore: Array<{ start: number; end: number }> = [];
  for (const { form, type } of forms) {
    const found = occurrences(text, form, taken);
    if (!found.length && !text.includes(form)) missing++;
    for (const [start, end] of found) {
      taken.fill(1, start, end);
      if (type) entities.push({ start, end, type });
      else ignore.push({ start, end });
    }
  }
  if (demonyms) {
    for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (!isDemonymWord(m[0]) || taken.subarray(start, end).some((x) => x === 1)) continue;
      if ((start > 0 && WORD_CHAR.test(text[start - 1]!)) || (end < text.length && WORD_CHAR.test(text[end]!)))
        continue;
      taken.fill(1, start, end);
      entities.push({ start, end, type: 'MISC' });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  spans += entities.length;
  docs++;
  lines.push(
    JSON.stringify({
      id,
      text,
      entities: entities.map((e) => ({ ...e, text: text.slice(e.start, e.end) })),
      ignore,
    }),
  );
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${docs} documents, ${spans} entity spans, ${missing} forms not found in their text -> ${out}`);
