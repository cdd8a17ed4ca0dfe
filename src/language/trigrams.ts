/**
 * franc-min's trigram ranking, computed faster and with the same result.
 *
 * franc-min keeps each language model as an object keyed by trigram strings and, per call,
 * counts every script's characters with one regex match list each, builds the text's
 * trigrams as an object of strings and looks each up in every model of the script: on the
 * short paragraphs the clean stage asks about, about 2 µs per character. Here the models are
 * one table per script from a trigram's three UTF-16 units (a number) to its rank in each
 * model, and a text's script counts come from a per-code-unit table; the distances are the
 * same integer sums, so the ranking (ties kept in franc's order) and the normalized scores
 * are the same numbers. A text holding surrogate pairs is left to franc-min itself (its
 * script patterns match some astral letters as pairs).
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

// A trigram of three UTF-16 units as one exact number: below 2^30 (a small integer, which
// a Map hashes fastest) when each unit is below 1024, as in Latin and Cyrillic text;
// 2^48 and up otherwise, so the two forms never meet.
const keyOf = (a: number, b: number, c: number): number =>
  (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : 281474976710656 + a * 4294967296 + b * 65536 + c;

/** One script's models: language codes in franc's order, and trigram → rank per language (-1: absent). */
interface ScriptModel {
  languages: string[];
  ranks: Map<number, Int16Array>;
}

const MODELS = new Map<string, ScriptModel>();
function modelOf(script: string): ScriptModel {
  let model = MODELS.get(script);
  if (model) return model;
  const languages = Object.keys(data[script]!);
  const ranks = new Map<number, Int16Array>();
  languages.forEach((language, l) => {
    const trigrams = data[script]![language]!.split('|');
    // franc-min assigns ranks from the end, so a repeated trigram keeps its first rank.
    for (let weight = trigrams.length - 1; weight >= 0; weight--) {
      const t = trigrams[weight]!;
      if (t.length !== 3) continue; // a text's trigrams are three units: never matched
      const key = keyOf(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2));
      let row = ranks.get(key);
      if (!row) ranks.set(key, (row = new Int16Array(languages.length).fill(-1)));
      row[l] = weight;
    }
  });
  MODELS.set(script, (model = { languages, ranks }));
  return model;
}

// The indices of a script's languages that `only` allows; kept per frozen list (the
// detector's default candidates), made afresh for a list the caller could still change.
const ALLOWED = new WeakMap<readonly string[], Map<string, number[]>>();
function allowedOf(model: ScriptModel, script: string, only: readonly string[]): number[] {
  const cached = Object.isFrozen(only) ? ALLOWED.get(only)?.get(script) : undefined;
  if (cached) return cached;
  const allowed: number[] = [];
  model.languages.forEach((language, l) => {
    if (only.length === 0 || only.includes(language)) allowed.push(l);
  });
  if (Object.isFrozen(only)) {
    let byScript = ALLOWED.get(only);
    if (!byScript) ALLOWED.set(only, (byScript = new Map()));
    byScript.set(script, allowed);
  }
  return allowed;
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
  if (!text || SURROGATE.test(text)) return francAll(text, { only: [...only], minLength: 1 });
  const value = text.slice(0, MAX_LENGTH);
  // The script with the most characters; the first listed wins a tie (franc's getTopScript).
  const counts = new Int32Array(SCRIPTS.length);
  for (let i = 0; i < value.length; i++) {
    let bits = scriptBits(value.charCodeAt(i));
    for (let s = 0; bits; s++, bits >>>= 1) if (bits & 1) counts[s]!++;
  }
  let top = 0;
  for (let s = 1; s < SCRIPTS.length; s++) if (counts[s]! > counts[top]!) top = s;
  const script = SCRIPTS[top]!;
  if (!Object.hasOwn(data, script)) {
    // A script of one language: that language, when allowed and present.
    return counts[top] === 0 || (only.length > 0 && !only.includes(script)) ? [['und', 1]] : [[script, 1]];
  }
  const model = modelOf(script);
  const allowed = allowedOf(model, script, only);
  if (allowed.length === 0) return [['und', 1]];
  // The text's trigrams with their counts, as trigram-utils cleans and pads it.
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const trigramCounts = new Map<number, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const key = keyOf(cleaned.charCodeAt(i), cleaned.charCodeAt(i + 1), cleaned.charCodeAt(i + 2));
    trigramCounts.set(key, (trigramCounts.get(key) ?? 0) + 1);
  }
  // Integer sums, exact in any order: a trigram no model has adds the penalty to every language.
  const distances = new Float64Array(allowed.length);
  let unknown = 0;
  for (const [key, count] of trigramCounts) {
    const row = model.ranks.get(key);
    if (!row) {
      unknown++;
      continue;
    }
    for (let a = 0; a < allowed.length; a++) {
      const rank = row[allowed[a]!]!;
      distances[a] = distances[a]! + (rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1));
    }
  }
  if (unknown) for (let a = 0; a < allowed.length; a++) distances[a] = distances[a]! + unknown * MAX_DIFFERENCE;
  const ranked: Array<[string, number]> = allowed.map((l, a) => [model.languages[l]!, distances[a]!]);
  ranked.sort((x, y) => x[1] - y[1]);
  // franc's normalize: by the best distance and the sample's length.
  const min = ranked[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const pair of ranked) pair[1] = 1 - (pair[1] - min) / max || 0;
  return ranked;
}
