/**
 * Shared shape of our chrono parsers: a constant case-insensitive pattern plus an
 * `extract` that returns a result with a TIMEX3 spec, or null to reject the match.
 *
 * Patterns are non-global constants (no lastIndex state), so a parser object is
 * immutable and safe to share between calls, like chrono's own parsers.
 */
import type { Parser, ParsingResult } from 'chrono-node/en';
import type { ParsingContext } from '../timex.js';

/**
 * A chrono parser with a stable id.
 *
 * @example
 * const parser: NewsParser = defineParser('year', /\b\d{4}\b/i, (context, match) => null);
 * parser.id; // 'year'
 */
export interface NewsParser extends Parser {
  readonly id: string;
}

/** A pattern that matches nowhere: chrono then runs no extract. */
const NOWHERE = /(?!)/;

/**
 * Builds a parser from an id, a pattern and an extract function.
 *
 * `needs`, when given, is a pattern without assertions (no \b, lookaround or anchor) that
 * every match of `pattern` contains, with its flags: a text without it is not scanned by
 * `pattern` (worth it when `pattern` opens with optional words tried at every position, and
 * `needs` is its required, selective part).
 *
 * @example
 * const p = defineParser('year', /\b\d{4}\b/i, (context, match) => null);
 */
export function defineParser(
  id: string,
  pattern: RegExp,
  extract: (context: ParsingContext, match: RegExpMatchArray) => ParsingResult | null,
  needs?: RegExp,
): NewsParser {
  if (pattern.global || pattern.sticky || needs?.global || needs?.sticky)
    throw new Error(`parser ${id}: pattern must not be global or sticky`);
  const patternFor = needs
    ? (context: ParsingContext) => (needs.test(context.text) ? pattern : NOWHERE)
    : () => pattern;
  return Object.freeze({ id, pattern: patternFor, extract });
}

/** How far before and after a core match the full pattern may reach. */
const LOOK_BEHIND = 80;
const LOOK_AHEAD = 80;

/**
 * Builds a parser that scans for a cheap core token (a digit, "quarter", a unit word) and
 * only then runs its full pattern — whose optional leading words ("the past", "early")
 * would otherwise be tried at every position of the text — on a bounded window around
 * the hit. `extract` receives the full pattern's match, with `index` in text coordinates.
 *
 * `needs`, when given, is a pattern without assertions (no \b, lookaround or anchor) that
 * every match of `full` contains, with `full`'s flags: a window without it holds no match, and
 * the full pattern is not run there (a core that matches far more often than the full
 * pattern, like any number before a word, then costs one cheap test per hit).
 *
 * @example
 * const p = defineAnchoredParser('century', /\bcentury\b/i, /(?:\bthe\s+)?\b(\d{1,2})th\s+century\b/i, (context, match) => null);
 */
export function defineAnchoredParser(
  id: string,
  core: RegExp,
  full: RegExp,
  extract: (context: ParsingContext, match: RegExpMatchArray) => ParsingResult | null,
  needs?: RegExp,
): NewsParser {
  if (core.global || core.sticky) throw new Error(`parser ${id}: pattern must not be global or sticky`);
  // one global scanner per parser, rewound at each hit (extract never re-enters its own parser)
  const scan = new RegExp(full.source, `${full.flags.replace(/[gy]/g, '')}g`);
  return defineParser(id, core, (context, coreMatch) => {
    const text = context.text;
    const coreStart = coreMatch.index!;
    let from = Math.max(0, coreStart - LOOK_BEHIND);
    // start the window at a word boundary so \b and "glued" checks see whole words
    if (from > 0) {
      const space = text.slice(from, coreStart).search(/\s/);
      from = space < 0 ? coreStart : from + space;
    }
    const window = text.slice(from, coreStart + coreMatch[0].length + LOOK_AHEAD);
    if (needs && !needs.test(window)) return null;
    scan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = scan.exec(window)) !== null) {
      if (m[0].length === 0) {
        scan.lastIndex++;
        continue;
      }
      const start = from + m.index;
      if (start > coreStart) break;
      if (start + m[0].length > coreStart) {
        m.index = start;
        const result = extract(context, m);
        if (result) return result;
      }
    }
    return null;
  });
}
