/**
 * Name consistency inside one article: a reader notices when one person is written two ways.
 *
 * - translation/name-order: the same name parts in another order ("Minister Min-jun Park"
 *   in an article that writes "Park Min-jun" four times): translation reordered a family
 *   name and a given name. The rarer order is flagged.
 * - translation/name-spelling: two spellings of one name of two words or more, within two
 *   edits of each other in a part ("Ibrahim Mohamadu" and "Ibrahim Mohammadu"). The rarer spelling
 *   is flagged. Romanization variants (hyphens, diacritics: "Jia-wei" and "Jiawei", "Zoe"
 *   and "Zoë") are style and are left alone.
 *
 * Names are runs of capitalized words of a person: a run that overlaps a person mention of
 * the entities stage, or that compromise tags as a person. Titles ("President") are not
 * part of a name. Two different people with similar names in one article ("Johnson" and
 * "Johnston") are not compared unless they share their other name parts.
 */
import type { Entity, Flag } from '../core/types.js';
import { editDistance } from '../core/edit-distance.js';
import { pushTo } from '../core/multimap.js';
import type { ParsedText, Token } from '../entities/parse.js';
import { englishBand } from '../lexicon/english-words.js';
import { TITLE_HEADS } from '../lexicon/titles.js';
import { stripMarks } from '../lexicon/pattern.js';

interface NameRun {
  parts: string[];
  start: number;
  end: number;
}

const CAPITALIZED = /^\p{Lu}[\p{L}'’-]*$/u;
const MAX_RUN = 4;

const plain = (s: string) => stripMarks(s).replace(/[-'’]/g, '').toLowerCase();

function isNamePart(token: Token): boolean {
  return (
    CAPITALIZED.test(token.text) &&
    !TITLE_HEADS.has(token.text.toLowerCase()) &&
    !token.tags.has('Determiner') &&
    !token.tags.has('Pronoun')
  );
}

// Runs of adjacent capitalized tokens (only spaces between them), split at titles.
function nameRuns(parse: ParsedText, inPerson: (start: number, end: number) => boolean): NameRun[] {
  const runs: NameRun[] = [];
  const tokens = parse.tokens;
  let k = 0;
  while (k < tokens.length) {
    if (!isNamePart(tokens[k]!)) {
      k++;
      continue;
    }
    let j = k;
    while (
      j + 1 < tokens.length &&
      j - k + 1 < MAX_RUN &&
      isNamePart(tokens[j + 1]!) &&
      /^ $/.test(parse.text.slice(tokens[j]!.end, tokens[j + 1]!.start)) &&
      !tokens[j]!.possessive
    )
      j++;
    // A sentence-initial common word is no name part ("Then Ibrahim Musa left").
    if (
      j > k &&
      tokens[k]!.sentenceStart &&
      !tokens[k]!.tags.has('Person') &&
      englishBand(tokens[k]!.text.toLowerCase()) >= 3
    )
      k++;
    const run = tokens.slice(k, j + 1);
    const start = run[0]!.start;
    const end = run[run.length - 1]!.end;
    const person =
      run.some((t) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName')) ||
      inPerson(start, end);
    // A sentence-initial common word is no name part ("Then Park said").
    const parts = run.map((t) => t.text);
    if (person && !(run[0]!.sentenceStart && run.length === 1)) runs.push({ parts, start, end });
    k = j + 1;
  }
  return runs;
}

// Two spellings of one name part: within two edits (both long enough and sharing the first
// letter), or the same letters with other diacritics or hyphens (a romanization variant).
function variantParts(a: string, b: string): 'spelling' | 'romanization' | null {
  if (a === b) return null;
  if (a === `${b}s` || b === `${a}s`) return null; // "the Tom Greens of the world", "Solutions"
  // Romanization variants ("Jia-wei" and "Jiawei", "Zoe" and "Zoë") are style, not damage.
  if (plain(a) === plain(b)) return 'romanization';
  if (a.length < 5 || b.length < 5 || a.length > 40 || b.length > 40 || a[0] !== b[0]) return null;
  return editDistance(a.toLowerCase(), b.toLowerCase(), 2) <= 2 ? 'spelling' : null;
}

interface Found {
  start: number;
  end: number;
  rule: string;
  kind: string;
  confidence: number;
  message: string;
}

// Forms that can be variants of each other share their length and the first letter of each
// part (without diacritics), or, reordered, their sorted parts: only those are compared.
const MAX_BUCKET = 64;

function buckets(forms: Map<string, NameRun[]>): Array<Array<NameRun[]>> {
  const byKey = new Map<string, Array<NameRun[]>>();
  const add = (key: string, list: NameRun[]) => {
    const bucket = byKey.get(key);
    if (!bucket) byKey.set(key, [list]);
    else if (bucket.length < MAX_BUCKET) bucket.push(list);
  };
  for (const list of forms.values()) {
    const parts = list[0]!.parts;
    add(`s${parts.length}:${parts.map((p) => stripMarks(p[0]!)).join('')}`, list);
    if (parts.length >= 2) add(`o:${[...parts].sort().join(' ')}`, list);
  }
  return [...byKey.values()].filter((b) => b.length > 1);
}

// Two given names ("Sandy" and "Sandra", "Dave" and "David") are a nickname or two people,
// not a misspelling: parts compromise knows as first names are not compared.
function compareRuns(forms: Map<string, NameRun[]>, givenNames: ReadonlySet<string>): Found[] {
  const found: Found[] = [];
  const flagged = new Set<string>();
  for (const bucket of buckets(forms)) {
    for (let x = 0; x < bucket.length; x++)
      for (let y = x + 1; y < bucket.length; y++) compare(bucket[x]!, bucket[y]!, flagged, found, givenNames);
  }
  return found.sort((a, b) => a.start - b.start);
}

// Compares two forms of a name (each with its runs in the text); the rarer one is flagged.
function compare(
  a: NameRun[],
  b: NameRun[],
  flagged: Set<string>,
  found: Found[],
  givenNames: ReadonlySet<string>,
): void {
  const pa = a[0]!.parts;
  const pb = b[0]!.parts;
  if (pa.length !== pb.length) return;
  // the rarer form is the suspect; on a tie, the later one
  const [rare, usual] = b.length < a.length || (b.length === a.length && b[0]!.start > a[0]!.start) ? [b, a] : [a, b];
  const rareKey = rare[0]!.parts.join(' ');
  if (flagged.has(rareKey)) return;
  if (pa.length >= 2 && [...pa].sort().join(' ') === [...pb].sort().join(' ')) {
    flagged.add(rareKey);
    for (const run of rare)
      found.push({
        start: run.start,
        end: run.end,
        rule: 'translation/name-order',
        kind: 'name-order',
        confidence: 0.75,
        message: `"${rareKey}" has the parts of "${usual[0]!.parts.join(' ')}" in another order: a reordered name`,
      });
    return;
  }
  const kinds = pa.map((part, i) =>
    givenNames.has(part) && givenNames.has(pb[i]!) ? null : variantParts(part, pb[i]!),
  );
  const differing = kinds.filter((k) => k !== null);
  const sameElsewhere = pa.every((part, i) => kinds[i] !== null || part === pb[i]);
  if (!differing.length || !sameElsewhere) return;
  // Single-word names are compared only by their other parts' company (never alone), and a
  // difference in diacritics or hyphens only is a romanization variant, not flagged.
  if (pa.length === 1 || differing.every((k) => k === 'romanization')) return;
  flagged.add(rareKey);
  for (const run of rare) {
    found.push({
      start: run.start,
      end: run.end,
      rule: 'translation/name-spelling',
      kind: 'name-spelling',
      confidence: 0.7,
      message: `"${rareKey}" and "${usual[0]!.parts.join(' ')}" in one article: one name spelled two ways`,
    });
  }
}

/**
 * Flags on person names written two ways in one text: parts reordered, or spelled
 * differently. Reads the parse for the name runs and the entities for who is a person.
 *
 * @example
 * nameFlags(parseText('Kim Ji-woo spoke. Later Kim Ji-woo left. Ji-woo Kim returned.'), []).map((f) => f.text); // ['Ji-woo Kim']
 */
export function nameFlags(parse: ParsedText, entities: readonly Entity[]): Flag[] {
  const mentions = entities
    .filter((e) => e.type === 'person')
    .flatMap((e) => e.mentions)
    .sort((a, b) => a.start - b.start);
  // Mentions do not overlap each other: the last one starting before `end` decides.
  const inPerson = (start: number, end: number) => {
    let lo = 0;
    let hi = mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < end) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && mentions[hi]!.end > start;
  };
  const forms = new Map<string, NameRun[]>();
  for (const run of nameRuns(parse, inPerson)) {
    pushTo(forms, run.parts.join(' '), run);
  }
  const givenNames = new Set(parse.tokens.filter((t) => t.tags.has('FirstName')).map((t) => t.text));
  return compareRuns(forms, givenNames).map((f) => ({
    kind: f.kind,
    rule: f.rule,
    category: 'names',
    confidence: f.confidence,
    message: f.message,
    text: parse.text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    rawStart: f.start,
    rawEnd: f.end,
  }));
}
