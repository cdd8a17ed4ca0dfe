/**
 * The footer rules' gate on a line's first character: which of a rule's patterns (each anchored
 * at the line's start) may match a line, read from the characters their sources open with, in
 * any script. A line whose first word `firstWordKey` cannot key (a letter above ASCII, or more
 * than ten letters: Cyrillic, Greek, Arabic, CJK lines, "Última …") is otherwise given to every
 * pattern; its first character turns most of them away without a run.
 */

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
  const read = (source: string): void => {
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
      alternatives.forEach(read);
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
    if (rest.startsWith('?') || rest.startsWith('*')) read(rest.slice(rest[1] === '?' ? 2 : 1));
    else if (rest.startsWith('{0')) {
      const end = rest.indexOf('}') + 1;
      read(rest.slice(rest[end] === '?' ? end + 1 : end));
    }
  };
  for (const source of sources) {
    if (!source.startsWith('^'))
      throw new RangeError(`openingCharsInAnyScript: ${JSON.stringify(source)} is not anchored`);
    read(source.slice(1));
  }
  return [...chars];
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
