/**
 * flag/calque — a construction of the source language rendered word for word, which English
 * does not build: "since three weeks" (French "depuis trois semaines", German "seit drei
 * Wochen": English says "for three weeks"), "The most of the fields" ("la plupart des champs":
 * "most of the fields"), "It is what affirms the union" ("c'est ce qu'affirme le syndicat":
 * "the union says so"). Flagged, not repaired: the tense or the subject the English needs is
 * not in the text. Quotations are read too: they were translated as well.
 *
 * Each construction is declared below with the literal every match contains (a native search
 * before the pattern runs) and the English readings it leaves alone.
 */
import type { FlagHit, FlagRule } from '../../rule.js';

interface Calque {
  /** Literals one of which every match contains, searched for before the pattern runs. */
  readonly needs: readonly string[];
  /** The construction; the flag spans group 1. */
  readonly pattern: RegExp;
  readonly message: string;
}

const COUNT =
  'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|many|a few|a couple of|\\d+';
const REPORT_VERB_3SG =
  'says|affirms|claims|states|reports|denounces|explains|assures|underlines|stresses|estimates|indicates|announces|confirms|reveals|writes|notes|argues|maintains|warns|recalls|emphasizes|emphasises|specifies|points out';

/**
 * The constructions, with what English would write.
 *
 * @example
 * CALQUES.length; // 3
 */
export const CALQUES: readonly Calque[] = [
  {
    // "since three weeks", "since a long time" — but "since three weeks ago", "since two years
    // before the vote" are English
    needs: ['since ', 'Since '],
    pattern: new RegExp(
      `\\b(since\\s+(?:(?:${COUNT})\\s+(?:hours?|days?|weeks?|months?|years?|decades?)|a\\s+long\\s+time))\\b(?!\\s+(?:ago|before|earlier|later|after|prior|back)\\b)`,
      'giu',
    ),
    message: '"since" with a length of time: a word-for-word "depuis / seit / desde …" ("for three weeks")',
  },
  {
    // "The most of the fields" opening a clause — not "make the most of the chance"
    needs: ['ost of '],
    pattern:
      /(?:^["“‘«]?|[.!?;:,]["”’]?\s+["“‘«]?|\b(?:and|but)\s+)(the\s+most\s+of\s+(?:the|these|those|them|its|their|our))\b/giu,
    message: '"the most of": a word-for-word "la plupart des / la mayoría de" ("most of the")',
  },
  {
    // "It is what affirms the union": the verb before its subject after "it is what"
    needs: [' what '],
    pattern: new RegExp(
      `\\b((?:it|this)\\s+is\\s+what\\s+(?:${REPORT_VERB_3SG})\\s+(?:the|an?)\\b(?!\\s+most\\b))`,
      'giu',
    ),
    message: '"it is what says the …": a word-for-word "c\'est ce qu\'affirme …" ("… says so")',
  },
];

/**
 * Rule `flag/calque`: A source-language construction rendered word for word ("since three weeks", "The most of the fields").
 *
 * @example
 * clean('The talks have stalled since three weeks.', { rules: [calqueRule] }).flags[0].text; // 'since three weeks'
 */
export const calqueRule: FlagRule = {
  type: 'flag',
  id: 'flag/calque',
  flagKind: 'calque',
  category: 'grammar',
  confidence: 0.8,
  description: 'A source-language construction rendered word for word ("since three weeks", "The most of the fields")',
  find(paragraph) {
    const hits: FlagHit[] = [];
    for (const calque of CALQUES) {
      if (!calque.needs.some((literal) => paragraph.includes(literal))) continue;
      calque.pattern.lastIndex = 0;
      for (let m = calque.pattern.exec(paragraph); m; m = calque.pattern.exec(paragraph)) {
        const start = m.index + m[0].indexOf(m[1]!);
        hits.push({ start, end: start + m[1]!.length, message: calque.message });
      }
    }
    return hits;
  },
};
