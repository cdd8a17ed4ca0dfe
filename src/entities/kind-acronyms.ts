/**
 * Acronyms a text itself shows to be common nouns, not a body's initials.
 *
 * A tagger trained on newswire reads any word in capitals as an organization's acronym,
 * and most are ("the UN", "NATO"). Web copy also abbreviates kinds of things, plans and
 * conditions, and it says so: it spells the acronym out in lower-case words ("seasonal mood
 * disorder (SMD)", "SBL (start before light)": a body's name is written with capitals,
 * "the Kestrin Democratic Party (KDP)"), or it writes the acronym in the plural ("three new
 * KRAs": a body is one, it has no plural; but a maker's name in the plural may be its products,
 * "two new BMWs", so the plural is weaker evidence). Read once per text; the rules
 * `none/glossed-acronym` and `none/plural-acronym` (rules.ts) read it on every mention.
 */
import { NAME_CONNECTORS } from '../lexicon/name-parts.js';

/** An acronym in parentheses right after the words it stands for: "… (SMD)". */
const ACRONYM_AFTER_GLOSS = /\(\s*(\p{Lu}{2,8})\s*\)/gu;
/** An acronym followed by the words it stands for in parentheses: "SBL (start before light)". */
const ACRONYM_BEFORE_GLOSS = /(?<![\p{L}\d])(\p{Lu}{2,8})\s+\(([^()\n]{3,120})\)/gu;
/** An acronym in the plural, with a lower-case s ("KRAs"; "WAS" in a headline is no plural). */
const PLURAL_ACRONYM = /(?<![\p{L}\d&.-])(\p{Lu}{2,8})s(?![\p{L}\d])/gu;
/** The most words read back from an acronym in parentheses for its gloss. */
const GLOSS_WORDS = 12;

/**
 * The acronyms a text shows to be common nouns: those it spells out in lower-case words
 * (`glossed`) and those it writes in the plural (`plural`).
 */
export interface KindAcronyms {
  readonly glossed: ReadonlySet<string>;
  readonly plural: ReadonlySet<string>;
}

/**
 * The acronyms of a text that it spells out in lower-case words or writes in the plural.
 *
 * @example
 * kindAcronyms('Seasonal mood disorder (SMD) peaks in winter. SMD is treatable.').glossed; // Set { 'SMD' }
 * kindAcronyms('Brokers opened three new KRAs; a KRA pays no tax.').plural; // Set { 'KRA' }
 * kindAcronyms('the Kestrin Democratic Party (KDP) won').glossed; // Set {} (a name with capitals)
 */
export function kindAcronyms(source: string): KindAcronyms {
  const glossed = new Set<string>();
  const plural = new Set<string>();
  for (const m of source.matchAll(PLURAL_ACRONYM)) plural.add(m[1]!);
  for (const m of source.matchAll(ACRONYM_AFTER_GLOSS)) {
    const before = source.slice(Math.max(0, m.index - 160), m.index).split(/\s+/u);
    const words = before.filter(Boolean).slice(-GLOSS_WORDS);
    if (spellsInLowerCase(words, m[1]!, true)) glossed.add(m[1]!);
  }
  for (const m of source.matchAll(ACRONYM_BEFORE_GLOSS)) {
    const words = m[2]!.split(/[\s,]+/u).filter(Boolean);
    if (spellsInLowerCase(words, m[1]!, false)) glossed.add(m[1]!);
  }
  return { glossed, plural };
}

/**
 * True when the words spell `acronym` by their initials, read back from the last word (a
 * connector's letter counted or not, a hyphenated word's parts each or together:
 * "exchange-traded fund" is ETF), and the spelling words are lower case: all of them inside
 * the parentheses after the acronym (`tail` false, every word spells), the last ones before
 * the parentheses (`tail` true) but for the first, which may open a sentence. A sentence's
 * end or a bracket between them stops the gloss.
 */
function spellsInLowerCase(words: readonly string[], acronym: string, tail: boolean): boolean {
  const start = glossStart(words, acronym.toLowerCase());
  if (start === null || (!tail && start !== 0)) return false;
  const gloss = words.slice(start).map(bareWord);
  return gloss.every((w, i) => (tail && i === 0) || !/^\p{Lu}/u.test(w)) && gloss.some((w) => /^\p{Ll}/u.test(w));
}

const bareWord = (word: string): string => word.replace(/^[“"‘'(]+|[,;:”"’')]+$/gu, '');

/** The index of the first word of the gloss that spells `letters` (lower case) back to the last word, or null. */
function glossStart(words: readonly string[], letters: string): number | null {
  // how many of the acronym's last letters the words read so far spell, each way of reading them
  let matched = new Set([0]);
  for (let k = words.length - 1; k >= 0; k--) {
    const raw = words[k]!;
    if (k < words.length - 1 && /[.!?;:()"“”]$/u.test(raw)) return null;
    const word = bareWord(raw).toLowerCase();
    if (!word || !/^\p{L}/u.test(word)) return null;
    // the letters the word may spell: its initial, or its parts' initials ("exchange-traded": e or et)
    const parts = word.split('-').filter(Boolean);
    const spelt = parts.length > 1 ? [word[0]!, parts.map((p) => p[0]!).join('')] : [word[0]!];
    const next = new Set<number>();
    for (const n of matched) {
      const end = letters.length - n;
      if (NAME_CONNECTORS.has(word)) next.add(n);
      for (const s of spelt) if (s.length <= end && letters.slice(end - s.length, end) === s) next.add(n + s.length);
    }
    if (next.has(letters.length)) return k;
    if (next.size === 0) return null;
    matched = next;
  }
  return null;
}
