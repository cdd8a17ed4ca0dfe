/**
 * First-word gates read from whole pattern sources: the runs of ASCII letters a pattern's match
 * may open with, read more exactly than `openingRuns` (shape.ts) reads them, and looked up by a
 * line's first word keyed once (`firstWordKey`).
 *
 * `openingRuns` gives up (leaves the run as a prefix, often the empty one, which every line
 * fits) at any quantified atom, a class with an escape and a repeated group; the chrome
 * patterns open with `\d+\s+`, `[【\[]?`, `\s*` and `(?:…)+`, so their gates passed every line.
 * Here a quantified atom that holds no ASCII letter (`\s*`, `\d+`, `[|•·]?`) ends the run (or,
 * when it may be absent, is also read past), a class is read member by member (escaped marks,
 * ranges of digits or of other scripts), a lookaround or `\b` is read past (it consumes
 * nothing: the runs are a superset), and a repeated group at a run's start is read once, its
 * repeats then left as a prefix (after letters it leaves the run so far as a prefix: its
 * occurrences may glue on, "FacebookTwitter"). A run longer than `firstWordKey` keys is not
 * kept: such a line goes on to the pattern anyway. What stays unreadable (`.`, `\p{L}`, a letter quantified) leaves the run read so
 * far as a prefix, as `openingRuns` does. Prefixes are kept by their first letter, so a line is
 * compared with the few that open as it does.
 *
 * (A helper for the lead to move beside `openingRuns` in shape.ts.)
 */
import { AsciiKeySet, asciiWordKeys, isAsciiLetter } from '../../../core/word-scan.js';
import { opensWithKeyOf } from '../../shape.js';

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
export function firstRunsOf(patterns: readonly RegExp[]): FirstRuns {
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
