/**
 * flag/subject-doubling — a sentence whose subject is named and then repeated as a pronoun
 * ("Presidents Joe Biden and Vladimir Putin they had a two hour conversation"). Flagged
 * only when the sentence opens with the name (an opening preposition or adverb, as in
 * "In Moscow they say", is correct English).
 */
import type { FlagHit, FlagRule } from '../../rule.js';
import { quotedRegions } from './quoted-regions.js';

// Found by its pronoun + verb (a cheap literal scan); the name before it is checked backwards.
const PRONOUN_VERB =
  /\b(he|she|they|we|it)\s+(?:had|have|has|was|were|is|are|will|would|could|can|did|do|does|said|say|says|want|wanted|agreed|met|held|spoke|discussed)\b/g;
// From a sentence start: one to seven capitalised words (joined by spaces or "and"/"&"), then the pronoun.
const NAMED_SUBJECT = /(?:^|[.!?]["”’]?\s+)((?:\p{Lu}[\p{L}'’.-]*\s+)(?:(?:and\s+|&\s+)?\p{Lu}[\p{L}'’.-]*\s+){0,6})$/u;
const LOOKBACK = 160;
const NOT_A_SUBJECT =
  /^(?:\p{Lu}\p{Ll}+ly|So|While|Whatever|Whoever|Whenever|Wherever|First|All|Each|Both|Only|Just|Not|Nor|In|On|At|For|From|With|By|After|Before|Since|During|When|While|If|Then|Now|So|But|And|Or|As|Here|There|Yet|Still|Also|Meanwhile|However|Today|Yesterday|Tomorrow|Last|Next|This|That|These|Those|Once|Instead|Together|Later|Earlier|Finally|Perhaps|Maybe|Why|How|What|Where|Who|Until|Although|Though|Because|Unless|Whether|Like|Unlike|Under|Over|Between|Among|Despite|Without|Within|Through|Into|Onto|Upon|Against|Toward|Towards|Across|Behind|Beyond|Near|Outside|Inside|Above|Below|Even|Only|Again|Often|Sometimes|Never|Always|Thus|Hence|Therefore|Otherwise|Indeed|Of|To|Do|Does|Did|Can|Could|Will|Would|Should|Must|May|Might|Have|Has|Had|Is|Are|Was|Were)\s/u;

/**
 * Rule `flag/subject-doubling`: A named subject repeated as a pronoun ("Putin they had").
 *
 * @example
 * clean("Presidents Joe Biden and Vladimir Putin they had a long call.", { rules: [subjectDoublingRule] }).flags[0].text; // "Putin they"
 */
export const subjectDoublingRule: FlagRule = {
  type: 'flag',
  id: 'flag/subject-doubling',
  flagKind: 'subject-doubling',
  category: 'grammar',
  confidence: 0.7,
  description: 'A named subject repeated as a pronoun ("Putin they had")',
  find(paragraph) {
    const hits: FlagHit[] = [];
    let inQuote: ((offset: number) => boolean) | null = null;
    PRONOUN_VERB.lastIndex = 0;
    for (let m = PRONOUN_VERB.exec(paragraph); m; m = PRONOUN_VERB.exec(paragraph)) {
      const before = paragraph.slice(Math.max(0, m.index - LOOKBACK), m.index);
      const subject = NAMED_SUBJECT.exec(before);
      if (!subject || NOT_A_SUBJECT.test(subject[1]!)) continue;
      if (subject.index + subject[0].length - subject[1]!.length === 0 && m.index > LOOKBACK) continue; // cut by the window
      inQuote ??= quotedRegions(paragraph);
      if (inQuote(m.index)) continue;
      const nameEnd = m.index - (subject[1]!.length - subject[1]!.trimEnd().length);
      const nameStart = paragraph.lastIndexOf(' ', nameEnd - 1) + 1;
      hits.push({
        start: nameStart,
        end: m.index + m[1]!.length,
        message: `Subject named and repeated as "${m[1]}": a translation error`,
      });
    }
    return hits;
  },
};
