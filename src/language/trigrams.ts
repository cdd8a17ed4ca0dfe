/**
 * franc-min's trigram ranking, computed faster and with the same result.
 *
 * franc-min keeps each language model as an object keyed by trigram strings and, per call,
 * counts every script's characters with one regex match list each, builds the text's
 * trigrams as an object of strings and looks each up in every model of the script: on the
 * short paragraphs the clean stage asks about, about 2 µs per character. Here the models are
 * one table per script and candidate list, from a trigram's three UTF-16 units (a number) to
 * the ranks it has in the allowed languages' models, and a text's script counts come from a
 * per-code-unit table; the distances are the same integer sums, so the ranking (ties kept in
 * franc's order) and the normalized scores are the same numbers. A text holding surrogate
 * pairs is left to franc-min itself (its script patterns match some astral letters as pairs).
 * The Latin table is built on the first Latin text (~15 ms cold), not at import.
 */
import { francAll } from 'franc-min';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

// franc-min's constants (index.js): sample cut, penalty of a trigram the model lacks.
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

const SCRIPTS = Object.keys(expressions);
// Non-global copies of the script patterns, to test one code unit at a time.
const SINGLE = SCRIPTS.map((script) => new RegExp(expressions[script]!.source));

// Bit k set when code unit matches SCRIPTS[k], tabled 256 code units at a time on first use
// (a page of text touches a few pages of the BMP).
const SCRIPT_PAGES: Array<Uint32Array | undefined> = [];
function scriptBits(code: number): number {
  const page = code >> 8;
  let table = SCRIPT_PAGES[page];
  if (!table) {
    table = SCRIPT_PAGES[page] = new Uint32Array(256);
    for (let k = 0; k < 256; k++) {
      const ch = String.fromCharCode((page << 8) | k);
      let bits = 0;
      for (let s = 0; s < SINGLE.length; s++) if (SINGLE[s]!.test(ch)) bits |= 1 << s;
      table[k] = bits;
    }
  }
  return table[code & 0xff]!;
}

// A trigram of three UTF-16 units as one exact number: below 2^30 (a small integer) when each
// unit is below 1024, as in Latin and Cyrillic text; 2^48 and up otherwise, so the two forms
// never meet.
const keyOf = (a: number, b: number, c: number): number =>
  (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : 281474976710656 + a * 4294967296 + b * 65536 + c;

// A key's first slot in an open-addressed table of 2^(32 - shift) slots: the key's low and
// high 32 bits mixed, the top bits of the product.
const slotOf = (key: number, shift: number): number =>
  Math.imul((key | 0) ^ Math.imul((key / 4294967296) | 0, 0x85ebca6b), 0x9e3779b1) >>> shift;

/**
 * One script's models for the languages a candidate list allows (in franc's order): for each
 * trigram, the flat pairs [language slot, rank, …] of the allowed languages whose model has it.
 */
interface ScriptTable {
  languages: string[];
  /**
   * Trigram → where its pairs start in `flat` (times 256) plus their number, as a table open
   * to linear probing (`slotOf` with `shift`): a slot's trigram in `keys`, its value in
   * `pairs`, -1 for a free slot.
   */
  keys: Float64Array;
  pairs: Int32Array;
  shift: number;
  flat: Int16Array;
}

// Per script, per allowed list (its languages joined): the table, bounded like the other
// memos (cleared when full); and for a frozen candidate list (the detector's default), the
// table found without reading the list again.
const TABLES = new Map<string, ScriptTable>();
const MAX_TABLES = 32;
const FROZEN = new WeakMap<readonly string[], Map<string, ScriptTable>>();
function tableOf(script: string, only: readonly string[]): ScriptTable {
  const frozen = Object.isFrozen(only);
  const known = frozen ? FROZEN.get(only)?.get(script) : undefined;
  if (known) return known;
  const table = buildTable(script, only);
  if (frozen) {
    let byScript = FROZEN.get(only);
    if (!byScript) FROZEN.set(only, (byScript = new Map()));
    byScript.set(script, table);
  }
  return table;
}

function buildTable(script: string, only: readonly string[]): ScriptTable {
  const models = data[script]!;
  const languages = Object.keys(models).filter((language) => only.length === 0 || only.includes(language));
  const id = `${script}:${languages.join(',')}`;
  let table = TABLES.get(id);
  if (table) return table;
  if (TABLES.size >= MAX_TABLES) TABLES.clear();
  // Each language's trigram ranks; franc-min assigns ranks from the end, so a repeated
  // trigram keeps its first rank.
  const ranks = languages.map((language) => {
    const trigrams = models[language]!.split('|');
    const rank = new Map<number, number>();
    for (let weight = trigrams.length - 1; weight >= 0; weight--) {
      const t = trigrams[weight]!;
      if (t.length !== 3) continue; // a text's trigrams are three units: never matched
      rank.set(keyOf(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2)), weight);
    }
    return rank;
  });
  // Pairs per trigram counted, laid out one after the other, then filled in language order.
  const pairs = new Map<number, number>();
  for (const rank of ranks) for (const key of rank.keys()) pairs.set(key, (pairs.get(key) ?? 0) + 1);
  let offset = 0;
  for (const [key, count] of pairs) {
    pairs.set(key, offset * 256);
    offset += 2 * count;
  }
  const flat = new Int16Array(offset);
  ranks.forEach((rank, slot) => {
    for (const [key, weight] of rank) {
      const at = pairs.get(key)!;
      const start = Math.floor(at / 256);
      const filled = at % 256;
      flat[start + 2 * filled] = slot;
      flat[start + 2 * filled + 1] = weight;
      pairs.set(key, at + 1);
    }
  });
  // The map laid out as a table at most half full.
  let bits = 4;
  while (1 << bits < 2 * pairs.size) bits++;
  const size = 1 << bits;
  const shift = 32 - bits;
  const keys = new Float64Array(size);
  const values = new Int32Array(size).fill(-1);
  for (const [key, at] of pairs) {
    let h = slotOf(key, shift);
    while (values[h] !== -1) h = (h + 1) & (size - 1);
    keys[h] = key;
    values[h] = at;
  }
  TABLES.set(id, (table = { languages, keys, pairs: values, shift, flat }));
  return table;
}

// Where a trigram's pairs are in a table (see ScriptTable), or -1 when no model has it.
function pairsOf(table: ScriptTable, key: number): number {
  const { keys, pairs } = table;
  const last = pairs.length - 1;
  for (let h = slotOf(key, table.shift); ; h = (h + 1) & last) {
    const at = pairs[h]!;
    if (at === -1 || keys[h] === key) return at;
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Languages of `text` ranked as franc-min's `francAll(text, { only, minLength: 1 })` ranks
 * them: [code, score] pairs, best first, scores in 0..1 (the same numbers).
 *
 * @example
 * rankTrigrams('The talks ended on Tuesday without an agreement', ['eng', 'spa'])[0][0]; // 'eng'
 */
export function rankTrigrams(text: string, only: readonly string[]): Array<[string, number]> {
  const scored = trigramDistances(text, only);
  if (Array.isArray(scored)) return scored;
  const { languages, distances, length } = scored;
  const ranked: Array<[string, number]> = languages.map((language, slot) => [language, distances[slot]!]);
  ranked.sort((x, y) => x[1] - y[1]);
  // franc's normalize: by the best distance and the sample's length.
  const min = ranked[0]![1];
  const max = length * MAX_DIFFERENCE - min;
  for (const pair of ranked) pair[1] = 1 - (pair[1] - min) / max || 0;
  return ranked;
}

/**
 * The first two entries of `rankTrigrams(text, only)` (the second undefined when it has one),
 * found without ranking and normalizing every language: what a detector reads of the ranking.
 *
 * @example
 * topTrigrams('The talks ended on Tuesday without an agreement', ['eng', 'spa'])[0][0]; // 'eng'
 */
export function topTrigrams(
  text: string,
  only: readonly string[],
): [[string, number] | undefined, [string, number] | undefined] {
  const scored = trigramDistances(text, only);
  if (Array.isArray(scored)) return [scored[0], scored[1]];
  const { languages, distances, length } = scored;
  // The sort is stable: the best is the first language with the least distance, the second
  // the first of the others with the least.
  let top = 0;
  for (let slot = 1; slot < languages.length; slot++) if (distances[slot]! < distances[top]!) top = slot;
  let second = -1;
  for (let slot = 0; slot < languages.length; slot++) {
    if (slot !== top && (second < 0 || distances[slot]! < distances[second]!)) second = slot;
  }
  const min = distances[top]!;
  const max = length * MAX_DIFFERENCE - min;
  return [
    [languages[top]!, 1 - (min - min) / max || 0],
    second < 0 ? undefined : [languages[second]!, 1 - (distances[second]! - min) / max || 0],
  ];
}

// Scratch of trigramDistances, reused from call to call: the text's distinct trigrams counted
// in an open-addressed table (keys, counts: 0 marks a free slot) and the slots in use; the
// script counts; the distances it returns (read by its callers before the next call).
let slotKeys = new Float64Array(1024);
let slotCounts = new Int32Array(1024);
let usedSlots = new Int32Array(512);
const SCRIPT_COUNTS = new Int32Array(SCRIPTS.length);
let distanceScratch = new Float64Array(64);

// franc's distances of `text` to the allowed languages' models (unsorted, in the table's
// language order; the first languages.length entries of a scratch array, valid until the next
// call) with the sample length they are normalized by; or, where franc answers
// without distances (no text, astral characters, a script of one language), its ranking.
function trigramDistances(
  text: string,
  only: readonly string[],
): Array<[string, number]> | { languages: string[]; distances: Float64Array; length: number } {
  if (!text || SURROGATE.test(text)) return francAll(text, { only: [...only], minLength: 1 });
  const value = text.slice(0, MAX_LENGTH);
  // The script with the most characters; the first listed wins a tie (franc's getTopScript).
  const scriptCounts = SCRIPT_COUNTS.fill(0);
  let units = 0; // the code units OR-ed: below 0x80 for an ASCII text
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    units |= code;
    let bits = scriptBits(code);
    for (let s = 0; bits; s++, bits >>>= 1) if (bits & 1) scriptCounts[s]!++;
  }
  let top = 0;
  for (let s = 1; s < SCRIPTS.length; s++) if (scriptCounts[s]! > scriptCounts[top]!) top = s;
  const script = SCRIPTS[top]!;
  if (!Object.hasOwn(data, script)) {
    // A script of one language: that language, when allowed and present.
    return scriptCounts[top] === 0 || (only.length > 0 && !only.includes(script)) ? [['und', 1]] : [[script, 1]];
  }
  const table = tableOf(script, only);
  const { languages, flat } = table;
  if (languages.length === 0) return [['und', 1]];
  // The text's trigrams with their counts, as trigram-utils cleans and pads it.
  const cleaned = units < 0x80 ? cleanAscii(value) : cleanText(value);
  // The distinct trigrams and their counts, in a table at most half full (no map of the
  // text's trigrams is built, and no sort is needed to count them).
  const trigrams = cleaned.length - 2;
  let bits = 6;
  while (1 << bits < 2 * trigrams) bits++;
  const size = 1 << bits;
  if (slotKeys.length < size) {
    slotKeys = new Float64Array(size);
    slotCounts = new Int32Array(size);
    usedSlots = new Int32Array(size >> 1);
  }
  slotCounts.fill(0, 0, size);
  const shift = 32 - bits;
  let distinct = 0;
  for (let i = 0; i < trigrams; i++) {
    const key = keyOf(cleaned[i]!, cleaned[i + 1]!, cleaned[i + 2]!);
    let h = slotOf(key, shift);
    while (slotCounts[h] !== 0 && slotKeys[h] !== key) h = (h + 1) & (size - 1);
    if (slotCounts[h] === 0) {
      slotKeys[h] = key;
      usedSlots[distinct++] = h;
    }
    slotCounts[h]!++;
  }
  // franc's distance: per trigram, |count - rank - 1| where the model has it, MAX_DIFFERENCE
  // where not. Every language starts with the penalty for every trigram and is paid back where
  // its model has one; integer sums, exact in any order.
  if (distanceScratch.length < languages.length) distanceScratch = new Float64Array(languages.length);
  const distances = distanceScratch.fill(distinct * MAX_DIFFERENCE, 0, languages.length);
  for (let d = 0; d < distinct; d++) {
    const key = slotKeys[usedSlots[d]!]!;
    const count = slotCounts[usedSlots[d]!]!;
    const at = pairsOf(table, key);
    if (at === -1) continue;
    const start = Math.floor(at / 256);
    const end = start + 2 * (at % 256);
    for (let j = start; j < end; j += 2) {
      const slot = flat[j]!;
      distances[slot] = distances[slot]! - MAX_DIFFERENCE + Math.abs(count - flat[j + 1]! - 1);
    }
  }
  return { languages, distances, length: value.length };
}

// trigram-utils' cleaning as code units: the text with each run of [!-@] and whitespace made
// one space, trimmed, lowercased and padded with a space at each end.
function cleanText(value: string): Uint16Array {
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const units = new Uint16Array(cleaned.length);
  for (let i = 0; i < cleaned.length; i++) units[i] = cleaned.charCodeAt(i);
  return units;
}

// The same for an ASCII text in one pass (no string built): there, whitespace is tab to
// carriage return and space, and lowercasing maps A-Z alone.
let asciiScratch = new Uint16Array(256);
function cleanAscii(value: string): Uint16Array {
  if (asciiScratch.length < value.length + 2) asciiScratch = new Uint16Array(2 * value.length + 2);
  const out = asciiScratch;
  let m = 0;
  out[m++] = 0x20;
  let gap = false; // a run of spaces and [!-@] since the last letter kept, after the first
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x40) || (c >= 0x09 && c <= 0x0d)) {
      gap = m > 1;
      continue;
    }
    if (gap) {
      out[m++] = 0x20;
      gap = false;
    }
    out[m++] = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  }
  out[m++] = 0x20;
  return out.subarray(0, m);
}
