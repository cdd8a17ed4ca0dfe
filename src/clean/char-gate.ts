/**
 * Character gates: an inline or flag rule may declare characters its text must hold to find
 * anything (`requiresChars`: a markup rule needs '<', a quote repair '”'). The characters a
 * paragraph holds are read once, in one pass, and every rule's declaration is tested against
 * them, so a rule is not called on a paragraph where it cannot find anything; before, each
 * rule searched every paragraph for its own characters (twenty searches of each paragraph).
 *
 * A text's characters are a bit set: one bit per ASCII character, and one bit per non-ASCII
 * character some gate names (up to 32 of them; a set naming more is never ruled out).
 *
 * A caller that asks few gates about a text (the flag rules: four of them declare characters)
 * asks the text instead (`gateAllowsText`): each set is a pattern the engine searches for in
 * native code, which stops at the first of the set's characters, where reading the text's
 * characters one by one in script (`charsOf`) costs several times more per character.
 */

/**
 * A rule's declaration compiled: per character set, its ASCII bits and non-ASCII bits.
 *
 * @example
 * const gate: CharGate | undefined = compileGate(['<']);
 */
export interface CharGate {
  /** Per set: four words of ASCII bits then one word of non-ASCII bits (5 numbers a set). */
  readonly sets: Int32Array;
  /** Per set (the same sets, in order): a pattern that matches any one of its characters. */
  readonly tests: readonly RegExp[];
}

/**
 * Compiles a `requiresChars` declaration: a list of strings, each a set of characters of
 * which the text must hold at least one. Undefined for no declaration (or an empty list):
 * nothing is ruled out.
 *
 * @example
 * const gate = compileGate(['.', '0123456789']); // a period and a digit
 * gateAllows(gate!, charsOf('On 7. December')); // true
 * gateAllows(gate!, charsOf('On December')); // false
 */
export function compileGate(requiresChars: readonly string[] | undefined): CharGate | undefined {
  if (!requiresChars?.length) return undefined;
  const sets: number[] = [];
  const tests: RegExp[] = [];
  for (const chars of requiresChars) {
    const words = [0, 0, 0, 0, 0];
    let always = chars.length === 0;
    for (let k = 0; k < chars.length; k++) {
      const c = chars.charCodeAt(k);
      if (c < 128) words[c >> 5]! |= 1 << (c & 31);
      else {
        const slot = slotOf(c);
        if (slot < 0) always = true;
        else words[4]! |= 1 << slot;
      }
    }
    // A set that cannot be ruled out (empty, or past the slots) adds no test.
    if (!always) {
      sets.push(...words);
      tests.push(setPattern(chars));
    }
  }
  return sets.length ? { sets: Int32Array.from(sets), tests } : undefined;
}

// A pattern matching any one code unit of `chars` (each written as an escape, so no character
// means anything to the pattern; no u flag, so a surrogate matches alone, as charsOf reads it).
// One character is a single-character pattern, which the engine finds by a fast search.
function setPattern(chars: string): RegExp {
  let source = '';
  for (let k = 0; k < chars.length; k++) source += `\\u${chars.charCodeAt(k).toString(16).padStart(4, '0')}`;
  return new RegExp(chars.length === 1 ? source : `[${source}]`);
}

/**
 * The characters of `text`, as the bit set gates test (5 numbers: see CharGate), written into
 * `out` when given (a caller that reads many texts reuses one array).
 *
 * @example
 * gateAllows(compileGate(['<'])!, charsOf('a <b> tag')); // true
 */
export function charsOf(text: string, out: Int32Array = new Int32Array(5)): Int32Array {
  let a0 = 0,
    a1 = 0,
    a2 = 0,
    a3 = 0,
    other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 64) {
      if (c < 32) a0 |= 1 << c;
      else a1 |= 1 << (c - 32);
    } else if (c < 128) {
      if (c < 96) a2 |= 1 << (c - 64);
      else a3 |= 1 << (c - 96);
    } else if (SLOTS[c] !== 0) other |= 1 << (SLOTS[c]! - 1);
  }
  out[0] = a0;
  out[1] = a1;
  out[2] = a2;
  out[3] = a3;
  out[4] = other;
  return out;
}

/**
 * True unless the text (its `charsOf`) lacks every character of one of the gate's sets.
 *
 * @example
 * gateAllows(compileGate(['“'])!, charsOf('He said “no”.')); // true
 */
export function gateAllows(gate: CharGate, chars: Int32Array): boolean {
  const { sets } = gate;
  for (let s = 0; s < sets.length; s += 5) {
    if (
      (sets[s]! & chars[0]!) === 0 &&
      (sets[s + 1]! & chars[1]!) === 0 &&
      (sets[s + 2]! & chars[2]!) === 0 &&
      (sets[s + 3]! & chars[3]!) === 0 &&
      (sets[s + 4]! & chars[4]!) === 0
    )
      return false;
  }
  return true;
}

/**
 * True unless `text` lacks every character of one of the gate's sets: `gateAllows` asked of
 * the text itself, each set searched for with its pattern (see the header).
 *
 * @example
 * gateAllowsText(compileGate(['.', '0123456789'])!, 'On 7. December'); // true
 * gateAllowsText(compileGate(['.', '0123456789'])!, 'On December.'); // false
 */
export function gateAllowsText(gate: CharGate, text: string): boolean {
  const { tests } = gate;
  for (let s = 0; s < tests.length; s++) if (!tests[s]!.test(text)) return false;
  return true;
}

// Non-ASCII code unit → its bit + 1 (0: named by no gate). A text read before a gate named a
// character has no bit for it: gates are compiled before the texts they test are read.
const SLOTS = new Uint8Array(0x10000);
let slotsUsed = 0;
function slotOf(code: number): number {
  if (SLOTS[code] === 0) {
    if (slotsUsed === 32) return -1;
    SLOTS[code] = ++slotsUsed;
  }
  return SLOTS[code]! - 1;
}
