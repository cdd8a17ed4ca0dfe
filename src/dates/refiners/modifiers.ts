/**
 * TIMEX3 modifiers written before an expression, taken into its span (TimeML keeps
 * modifiers inside: "late January", "the end of next January", "about 50 or 60 days"):
 * - early / the beginning of / the start of / earlier (this …) / the first (ten) days (weeks, half) of → START
 * - mid / mid- / the middle of / the middle (second) ten days of → MID
 * - late / the end of / end- / later (this …) / the last (ten) days (weeks) of / the second half of → END
 * - about / around / approximately / roughly / some / circa → APPROX; nearly / almost → APPROX
 *   on a date ("nearly four years ago"), LESS_THAN on a duration ("almost thirty years")
 * - more than / over → MORE_THAN, less than / under / fewer than → LESS_THAN,
 *   at least / no less than → EQUAL_OR_MORE, at most / up to / no more than → EQUAL_OR_LESS
 */
import type { TimexMod } from '../../core/types.js';
import { defineRefiner } from './define-refiner.js';
import { getSpec, setSpec, widenLeft } from '../timex.js';

const PERIOD_MOD =
  /(?:\b(the)\s+)?(?:\b(very)\s+)?\b(early|late|mid|end|beginning|start|middle|close|turn|(?:first|last|final|closing|opening)\s+(?:few\s+|two\s+|three\s+|ten\s+|10\s+)?(?:days|weeks)|(?:middle|second)\s+(?:ten|10)\s+days|(?:first|second)\s+half)(?:\s+of\s+(?:the\s+)?|-|\s+)$/i;
const AMOUNT_MOD =
  /\b(about|around|approximately|roughly|nearly|almost|some|circa|more\s+than|over|less\s+than|under|fewer\s+than|at\s+least|no\s+less\s+than|at\s+most|up\s+to|no\s+more\s+than|just\s+over|just\s+under|well\s+over)\s+$/i;
const RELATIVE_MOD = /\b(earlier|later)\s+$/i;

const PERIOD_CODES: Record<string, TimexMod> = {
  early: 'START',
  beginning: 'START',
  start: 'START',
  mid: 'MID',
  middle: 'MID',
  late: 'END',
  end: 'END',
  close: 'END',
  turn: 'END',
};

/**
 * The modifier of a part of a period ("the first days of", "the second half of"). "The first
 * (middle, last) ten days of April" is the dekad of Chinese and Korean trade and weather
 * reports: TIMEX3 has no value for a third of a month, and TimeML marks the first, middle and
 * last part of a period with START, MID and END on the period's own value ("early April" →
 * 2023-04 START), which is what an annotator would write here; the range of a month with
 * those modifiers is exactly the dekad (days 1–10, 11–20, 21 to the end; see range.ts). A
 * DURATION P10D would lose which ten days they are.
 */
function partCode(words: string): TimexMod {
  if (/^(?:first|opening)\b/.test(words)) return 'START';
  return /^(?:middle|second)\s+(?:ten|10)\b/.test(words) ? 'MID' : 'END';
}

function amountCode(word: string, type: string): TimexMod {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  // "almost thirty years", "nearly two months": a length short of the amount (TimeML
  // LESS_THAN, as TimeBank marks most of them); "nearly four years ago" is a date near that point
  if ((w === 'almost' || w === 'nearly') && type === 'DURATION') return 'LESS_THAN';
  if (w === 'more than' || w === 'over' || w === 'just over' || w === 'well over') return 'MORE_THAN';
  if (w === 'less than' || w === 'under' || w === 'fewer than' || w === 'just under') return 'LESS_THAN';
  if (w === 'at least' || w === 'no less than') return 'EQUAL_OR_MORE';
  if (w === 'at most' || w === 'up to' || w === 'no more than') return 'EQUAL_OR_LESS';
  return 'APPROX';
}

/**
 * The refiner of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("in late January", { publishedAt: '2021-12-07' }); // ["late January → 2022-01 END"]
 */
export const modifierRefiner = defineRefiner('modifiers', (context, results) => {
  const text = context.text;
  for (const result of results) {
    const spec = getSpec(result.start);
    if (!spec) continue;
    const before = text.slice(Math.max(0, result.index - 40), result.index);
    if (spec.modDone) {
      // chrono's "end of January": take the article in ("the end of January")
      if (/^(?:end|beginning|start|middle)\s+of\b/i.test(result.text)) {
        const m = /\bthe\s+$/i.exec(before);
        if (m) widenLeft(text, result, m[0].length);
      }
      continue;
    }
    const startsWithQuantity =
      /^(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|several|a\s+few|half)/i.test(
        result.text,
      );
    let m: RegExpExecArray | null;
    let mod: TimexMod | null = null;
    let take = 0;
    if (spec.type === 'DATE' || spec.type === 'TIME') {
      // "will close early on Tuesday": "early on" modifies the verb, not the day
      if (
        (m = PERIOD_MOD.exec(before)) &&
        spec.value !== 'PRESENT_REF' &&
        spec.value !== 'PAST_REF' &&
        spec.value !== 'FUTURE_REF' &&
        !(/^(?:early|late)\s+$/i.test(m[0]) && /^on\s/i.test(result.text))
      ) {
        const word = m[3]!.toLowerCase().replace(/\s+/g, ' ');
        // "the first days of January", "the second half of December": parts of a month or year
        const part = /\s/.test(word);
        // "end" and "beginning" need "of" or a hyphen ("year-end" is handled elsewhere); "turn" needs "the turn of"
        const ok = part
          ? /\bof\s+(?:the\s+)?$/i.test(m[0]) && !/^\d{4}-Q|^\d{4}-H|-W/.test(spec.value ?? '')
          : !/^(?:end|beginning|start|middle|close|turn)$/.test(word) || /\bof\s+(?:the\s+)?$|-$/i.test(m[0]);
        const code = part ? partCode(word) : PERIOD_CODES[word]!;
        if (ok && !(word === 'start' && !m[1])) {
          mod = code;
          take = m[0].length;
        }
      } else if ((m = RELATIVE_MOD.exec(before)) && /^(?:this|last|next|that)\b/i.test(result.text)) {
        mod = m[1]!.toLowerCase() === 'earlier' ? 'START' : 'END';
        take = m[0].length;
      } else if (
        (m = AMOUNT_MOD.exec(before)) &&
        !/^['’]s\b/.test(text.slice(result.index + result.text.length)) &&
        (startsWithQuantity || /^(?:about|around|approximately|roughly|circa|nearly|almost)$/i.test(m[1]!))
      ) {
        if (
          spec.type === 'DATE' &&
          spec.rule !== 'ago' &&
          !/^(?:about|around|approximately|roughly|circa|nearly|almost)$/i.test(m[1]!)
        )
          mod = null;
        else {
          mod = amountCode(m[1]!, spec.type);
          take = m[0].length;
        }
      }
    } else if (spec.type === 'DURATION') {
      if ((m = AMOUNT_MOD.exec(before)) && (startsWithQuantity || !/^(?:over|under|some)$/i.test(m[1]!))) {
        mod = amountCode(m[1]!, spec.type);
        take = m[0].length;
      }
    }
    if (!mod) continue;
    widenLeft(text, result, take);
    setSpec(result.start, { ...spec, mod });
  }
  return results;
});
