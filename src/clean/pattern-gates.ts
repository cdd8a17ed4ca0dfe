/**
 * Gates read from pattern sources: what a rule's anchored patterns may open with, so a line
 * that opens otherwise is turned away before any pattern runs. One home for the three readings
 * the rules use: the first characters in any script (`openingCharsInAnyScript`, `OpeningGate`,
 * a bit per pattern by the line's first character), their ASCII part for a `charSet` gate
 * (`openingChars`), and the runs of ASCII letters a match may open with, looked up by a line's
 * first word (`firstRunsOf`, `fitsRuns`). Each reading is a superset of what the pattern allows
 * (a necessary condition), built once at load from the same sources the patterns are built from,
 * so a word added to a table cannot slip past its gate.
 *
 * How the runs are read: a quantified atom that holds no ASCII letter (`\s*`, `\d+`, `[|•·]?`)
 * ends the run (or, when it may be absent, is also read past), a class is read member by member,
 * a lookaround or `\b` is read past, a repeated group at a run's start is read once and its
 * repeats left as a prefix; what stays unreadable (`.`, `\p{L}`, a quantified letter) leaves the
 * run read so far as a prefix. A run longer than `firstWordKey` keys is not kept (such a line
 * goes on to the pattern anyway).
 */
import { AsciiKeySet, asciiWordKeys, isAsciiLetter } from '../core/word-scan.js';
import { opensWithKeyOf } from './shape.js';

/** The runs a pattern's match may open with, for `fitsRuns`. */
export interface FirstRuns {
  readonly exact: AsciiKeySet;
  // (the empty run: a match may open with a character that is no ASCII letter)
  readonly empty: boolean;
  // prefixes by their first letter (index 1–26), and whether the empty prefix is one
  readonly prefixes: readonly (readonly string[])[];
  readonly anyPrefix: boolean;
}

// The longest word firstWordKey keys.
const MAX_KEYED = 10;
// A marker for "the rest of the pattern is not read" (a repeated group's repeats): the run read
// up to it is a prefix. (A pattern source holds no U+0001.)
const UNREAD = '\u0001';

// The end of a class opening at `open` (the index of its ']'), escapes inside it stepped over.
function classEnd(source: string, open: number): number {
  for (let k = open + 1; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (c === ']') return k;
  }
  return -1;
}

// The end of a group opening at `open` (the index of its ')'), and its top-level alternatives.
function groupEnd(source: string, open: number): { close: number; alternatives: string[] } {
  let depth = 0;
  const alternatives: string[] = [];
  let from = -1;
  for (let k = open; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (c === '[') {
      k = classEnd(source, k);
      if (k < 0) break;
    } else if (c === '(') {
      depth++;
      if (depth === 1) from = source.startsWith('(?:', k) ? k + 3 : k + 1;
    } else if (c === ')' && --depth === 0) {
      alternatives.push(source.slice(from, k));
      return { close: k, alternatives };
    } else if (c === '|' && depth === 1) {
      alternatives.push(source.slice(from, k));
      from = k + 1;
    }
  }
  throw new RangeError(`firstRunsOf: unclosed group in ${JSON.stringify(source)}`);
}

// A quantifier at the start of `rest`: its least and most counts and its length, or null.
function quantifier(rest: string): { least: number; most: number; length: number } | null {
  const q = rest[0];
  let least: number;
  let most: number;
  let length = 1;
  if (q === '?') [least, most] = [0, 1];
  else if (q === '*') [least, most] = [0, Infinity];
  else if (q === '+') [least, most] = [1, Infinity];
  else if (q === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    if (!m) throw new RangeError(`firstRunsOf: unread quantifier in ${JSON.stringify(rest)}`);
    least = Number(m[1]);
    most = m[2] === undefined ? least : m[3] === '' ? Infinity : Number(m[3]);
    length = m[0].length;
  } else return null;
  // (a lazy quantifier matches the same set of strings)
  if (rest[length] === '?') length++;
  return { least, most, length };
}

// What an atom (a character, an escape, a class) may stand for: `letters` the ASCII letters (lower
// case) it may be, `mark` whether it may be an ASCII character that is no letter, `unread` whether
// it may be a letter not read here (\p{L}, \w, a negated class; ſ and the Kelvin sign, which /iu
// folds onto s and k). A character above ASCII adds nothing: firstWordKey does not key a word
// that runs on into one.
interface Atom {
  letters: string;
  mark: boolean;
  unread: boolean;
}
const FOLDING = [0x17f, 0x212a];
function addPoint(atom: Atom, c: number): void {
  if (isAsciiLetter(c)) atom.letters += String.fromCharCode(c | 0x20);
  else if (c < 0x80) atom.mark = true;
  else if (FOLDING.includes(c)) atom.unread = true;
}
function addRange(atom: Atom, from: number, to: number): void {
  for (let c = from; c <= Math.min(to, 0x7f); c++) addPoint(atom, c);
  if (FOLDING.some((f) => f >= from && f <= to)) atom.unread = true;
}
// The length of the escape at `at` (a backslash): two, or a property's \p{…}.
function escapeLength(source: string, at: number): number {
  const e = source[at + 1];
  if ((e === 'p' || e === 'P') && source[at + 2] === '{') {
    const close = source.indexOf('}', at);
    if (close < 0) throw new RangeError(`firstRunsOf: unclosed property in ${JSON.stringify(source)}`);
    return close + 1 - at;
  }
  return 2;
}
// (the escape's text: \s, \d, \., \p{Nd} …)
function addEscape(atom: Atom, escape: string): void {
  // a digit of any script: an ASCII digit ends a run like a mark
  if (escape === '\\p{Nd}' || escape === '\\p{N}') {
    atom.mark = true;
    return;
  }
  const e = escape[1];
  const c = e === undefined ? -1 : e.charCodeAt(0);
  // \s and \d (a space above ASCII adds nothing); an escaped mark
  if (e === 's' || e === 'd' || (c >= 0 && c < 0x80 && !isAsciiLetter(c) && !(c >= 0x30 && c <= 0x39)))
    atom.mark = true;
  // (\p{L}, \w, \S, \1 and the others may be letters)
  else atom.unread = true;
}
function classAtom(body: string): Atom {
  const atom: Atom = { letters: '', mark: false, unread: false };
  if (body.startsWith('^')) {
    atom.unread = true;
    return atom;
  }
  // members as code points, an escape as -1 (its meaning added at once)
  const points: number[] = [];
  for (let k = 0; k < body.length; k++) {
    if (body[k] === '\\') {
      const length = escapeLength(body, k);
      addEscape(atom, body.slice(k, k + length));
      k += length - 1;
      points.push(-1);
      continue;
    }
    const point = body.codePointAt(k)!;
    if (point > 0xffff) k++;
    points.push(point);
  }
  for (let k = 0; k < points.length; k++) {
    const point = points[k]!;
    if (point < 0) continue;
    const to = points[k + 2];
    // (a range: a member, '-', a member; a '-' first or last is itself)
    if (points[k + 1] === 0x2d && to !== undefined && to >= 0) {
      addRange(atom, point, to);
      k += 2;
    } else addPoint(atom, point);
  }
  atom.letters = [...new Set(atom.letters)].join('');
  return atom;
}

/**
 * The runs of ASCII letters (in lower case) a match of the patterns may open with: a line whose
 * first run of ASCII letters (`firstWordKey`) is none of them, and starts with no prefix,
 * matches none of the patterns. Each pattern must be anchored at the line's start (its source
 * opens with `^`, no alternative outside a group); one that is not is an error at load. Where
 * a source ends without `$` the match may go on with a letter, and the run is a prefix.
 *
 * @example
 * const runs = firstRunsOf([/^(?:\d+\s+comments?|leave a comment)$/i]);
 * fitsRuns(firstWordKey('12 comments'), '12 comments', runs); // true
 * fitsRuns(firstWordKey('Leaves fall'), 'Leaves fall', runs); // false
 */
export function firstRunsOf(patterns: ReadonlyArray<{ readonly source: string }>): FirstRuns {
  const sources = patterns.map(({ source }) => {
    if (source.includes(UNREAD)) throw new RangeError('firstRunsOf: a source holds U+0001');
    if (!source.startsWith('^') || groupEnd(`(${source})`, 0).alternatives.length > 1)
      throw new RangeError(`firstRunsOf: ${JSON.stringify(source.slice(0, 80))} is not anchored at the start`);
    return source.slice(1);
  });
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  const expand = (run: string, source: string): void => {
    // (a run of more than ten letters gets no key: firstWordKey leaves a line opening with one to
    // the pattern, and no prefix need say so)
    if (run.length > MAX_KEYED) return;
    if (source === '') {
      prefixes.add(run);
      return;
    }
    const c = source[0]!;
    if (c === UNREAD) {
      prefixes.add(run);
      return;
    }
    if (c === '(') {
      // A lookaround consumes nothing: read past it (a superset of what the pattern allows).
      if (
        source.startsWith('(?=') ||
        source.startsWith('(?!') ||
        source.startsWith('(?<=') ||
        source.startsWith('(?<!')
      ) {
        const { close } = groupEnd(source, 0);
        expand(run, source.slice(close + 1));
        return;
      }
      if (source.startsWith('(?<') || (source.startsWith('(?') && !source.startsWith('(?:'))) {
        prefixes.add(run);
        return;
      }
      const { close, alternatives } = groupEnd(source, 0);
      let rest = source.slice(close + 1);
      const q = quantifier(rest);
      if (q) rest = rest.slice(q.length);
      if (q && q.least === 0) expand(run, rest);
      if (q && q.most === 0) return;
      // A repeated group: after letters the run so far is a prefix (its occurrences may glue on);
      // at a run's start its first occurrence is read, the repeats left as a prefix.
      if (q && q.most > 1 && run !== '') {
        prefixes.add(run);
        return;
      }
      const after = q && q.most > 1 ? UNREAD : rest;
      for (const alternative of alternatives) expand(run, alternative + after);
      return;
    }
    const atom: Atom = { letters: '', mark: false, unread: false };
    let rest: string;
    if (c === '[') {
      const close = classEnd(source, 0);
      if (close < 0) throw new RangeError(`firstRunsOf: unclosed class in ${JSON.stringify(source)}`);
      Object.assign(atom, classAtom(source.slice(1, close)));
      rest = source.slice(close + 1);
    } else if (c === '\\') {
      const e = source[1];
      if (e === 'b' || e === 'B') {
        // (a boundary consumes nothing)
        expand(run, source.slice(2));
        return;
      }
      const length = escapeLength(source, 0);
      addEscape(atom, source.slice(0, length));
      rest = source.slice(length);
    } else if (c === '^' || c === '$') {
      // An anchor: the line ends at $ (what follows the run is no letter).
      if (c === '$') exact.add(run);
      else expand(run, source.slice(1));
      return;
    } else if (c === '.' || c === '|' || c === ')' || c === '*' || c === '+' || c === '?' || c === '{') {
      prefixes.add(run);
      return;
    } else {
      const point = source.codePointAt(0)!;
      addPoint(atom, point);
      rest = source.slice(point > 0xffff ? 2 : 1);
    }
    const q = quantifier(rest);
    if (q) rest = rest.slice(q.length);
    if (q && q.least === 0) expand(run, rest);
    if (q && q.most === 0) return;
    // A letter this does not read, or letters repeated: the run so far is a prefix.
    if (atom.unread || (atom.letters !== '' && q && q.most > 1)) prefixes.add(run);
    else for (const letter of atom.letters) expand(run + letter, rest);
    // A mark or a space ends the run.
    if (atom.mark) exact.add(run);
  };
  for (const source of sources) expand('', source);
  const byFirst: string[][] = Array.from({ length: 27 }, () => []);
  // (a prefix that holds a shorter one says nothing more)
  for (const prefix of prefixes)
    if (prefix !== '' && ![...prefixes].some((other) => other.length < prefix.length && prefix.startsWith(other)))
      byFirst[prefix.charCodeAt(0) - 0x60]!.push(prefix);
  return {
    exact: new AsciiKeySet(asciiWordKeys(exact)),
    empty: exact.has(''),
    prefixes: byFirst,
    anyPrefix: prefixes.has(''),
  };
}

/**
 * True when the text, its first word keyed by `firstWordKey`, may open with a match of the
 * sources `runs` was read from.
 */
export function fitsRuns(key: number, text: string, runs: FirstRuns): boolean {
  if (runs.anyPrefix || (key === 0 ? runs.empty : opensWithKeyOf(key, runs.exact))) return true;
  const first = (text.charCodeAt(0) | 0x20) - 0x60;
  if (first < 1 || first > 26) return false;
  for (const prefix of runs.prefixes[first]!) {
    let k = 1;
    while (k < prefix.length && (text.charCodeAt(k) | 0x20) === prefix.charCodeAt(k)) k++;
    if (k === prefix.length) return true;
  }
  return false;
}

/**
 * The characters (code points, as written) the pattern sources open with, past a leading '^':
 * a leading group's alternatives are read into, and past an optional opening (a group, a class or
 * a character followed by ?, * or {0,n}) the rest's openings count too. An escaped ASCII mark counts as
 * itself. An opening it cannot read (another escape, a class with a range or an escape, '.', a
 * lookaround) is an error at load: the gate would not know what the pattern opens with.
 *
 * @example
 * openingCharsInAnyScript(['^(?:listen|слушайте) now', '^play']); // ['l', 'с', 'p']
 */
export function openingCharsInAnyScript(sources: readonly string[]): string[] {
  const chars = new Set<string>();
  for (const source of sources) {
    if (!source.startsWith('^'))
      throw new RangeError(`openingCharsInAnyScript: ${JSON.stringify(source)} is not anchored`);
    readOpenings(source.slice(1), chars);
  }
  return [...chars];
}

/**
 * The ASCII characters (letters in lower case) the sources (not anchored: words or their
 * patterns as a table holds them) open with, for a `charSet` gate: `openingCharsInAnyScript`'s
 * reading, the characters above ASCII left out (`opensWithFolded`'s `aboveAscii` answers for them).
 *
 * @example
 * openingChars(['(?:listen|hear) now', 'play']); // 'lhp'
 */
export function openingChars(sources: readonly string[]): string {
  const chars = new Set<string>();
  for (const source of sources) readOpenings(source, chars);
  let ascii = '';
  for (const c of chars) if (c.charCodeAt(0) < 0x80) ascii += c.toLowerCase();
  return ascii;
}

// The characters a source (past its anchor) opens with, added to `chars`.
function readOpenings(source: string, chars: Set<string>): void {
  let rest: string;
  if (source.startsWith('(?:')) {
    let depth = 0;
    let close = -1;
    const alternatives: string[] = [];
    let from = 3;
    for (let k = 0; k < source.length && close < 0; k++) {
      const c = source[k];
      if (c === '\\') k++;
      else if (c === '[') {
        k = source.indexOf(']', k);
        if (k < 0) break;
      } else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) close = k;
      else if (c === '|' && depth === 1) {
        alternatives.push(source.slice(from, k));
        from = k + 1;
      }
    }
    if (close < 0) throw new RangeError(`openingCharsInAnyScript: unclosed group in ${JSON.stringify(source)}`);
    alternatives.push(source.slice(from, close));
    for (const alternative of alternatives) readOpenings(alternative, chars);
    rest = source.slice(close + 1);
  } else if (source.startsWith('[')) {
    const close = source.indexOf(']');
    const members = source.slice(1, close);
    if (close < 0 || members.includes('\\') || members.includes('-') || members.startsWith('^'))
      throw new RangeError(`openingCharsInAnyScript: unread class in ${JSON.stringify(source)}`);
    for (const c of members) chars.add(c);
    rest = source.slice(close + 1);
  } else if (source.startsWith('\\')) {
    const c = source.charCodeAt(1);
    const mark = c < 0x80 && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) && !(c >= 0x30 && c <= 0x39);
    if (!mark) throw new RangeError(`openingCharsInAnyScript: unread escape in ${JSON.stringify(source)}`);
    chars.add(source[1]!);
    rest = source.slice(2);
  } else {
    const c = source[0];
    if (c === undefined || c === '(' || c === '.' || c === ')' || c === '|' || c === '^' || c === '$')
      throw new RangeError(`openingCharsInAnyScript: unread opening of ${JSON.stringify(source)}`);
    const point = String.fromCodePoint(source.codePointAt(0)!);
    chars.add(point);
    rest = source.slice(point.length);
  }
  // (a lazy quantifier's own '?' after it; {0,n} is optional too)
  if (rest.startsWith('?') || rest.startsWith('*')) readOpenings(rest.slice(rest[1] === '?' ? 2 : 1), chars);
  else if (rest.startsWith('{0')) {
    const end = rest.indexOf('}') + 1;
    readOpenings(rest.slice(rest[end] === '?' ? end + 1 : end), chars);
  }
}

// Bit 7 of a code unit's mask: its mask has been computed.
const KNOWN = 0x80;

/**
 * For up to seven patterns anchored at the line's start: a bit mask of those whose opening
 * characters hold the line's first character, as each pattern's own flags fold case (under /iu
 * 'ſ' is an s and the Kelvin sign a k; under /u alone case counts). Computed once per code unit
 * (a test of a one-character class), then read from a table. A line opening with half of a
 * surrogate pair, or empty, gets every bit (it is left to the patterns).
 *
 * @example
 * const gate = new OpeningGate([/^follow/iu, /^слушайте/iu]);
 * gate.mask('Слушайте нас'); // 2
 */
export class OpeningGate {
  private readonly classes: readonly RegExp[];
  private readonly masks = new Uint8Array(0x10000);
  private readonly all: number;

  /** The patterns, or their sources and flags (for a pattern compiled only when first needed). */
  constructor(patterns: ReadonlyArray<RegExp | { readonly source: string; readonly flags: string }>) {
    if (patterns.length > 7) throw new RangeError('OpeningGate: at most seven patterns');
    this.all = (1 << patterns.length) - 1;
    this.classes = patterns.map((pattern) => {
      // (^ at a line's start only, and a test from 0)
      if (/[gmy]/.test(pattern.flags))
        throw new RangeError(`OpeningGate: /${pattern.source}/${pattern.flags} has the g, m or y flag`);
      const unicode = pattern.flags.includes('u');
      const members = openingCharsInAnyScript([pattern.source])
        .map((c) =>
          unicode
            ? `\\u{${c.codePointAt(0)!.toString(16)}}`
            : [...Array(c.length).keys()].map((k) => `\\u${c.charCodeAt(k).toString(16).padStart(4, '0')}`).join(''),
        )
        .join('');
      return new RegExp(`^[${members}]`, pattern.flags);
    });
  }

  /** Bit k set: the k-th pattern may match `text`, by its first character. */
  mask(text: string): number {
    const c = text.charCodeAt(0);
    if (!(c >= 0) || (c >= 0xd800 && c <= 0xdfff)) return this.all;
    let mask = this.masks[c]!;
    if (mask === 0) {
      const char = String.fromCharCode(c);
      this.classes.forEach((pattern, k) => {
        if (pattern.test(char)) mask |= 1 << k;
      });
      this.masks[c] = mask |= KNOWN;
    }
    return mask & this.all;
  }
}
