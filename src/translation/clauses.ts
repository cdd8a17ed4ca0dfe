/**
 * Clause checks on the compromise parse: damage that only the parts of speech reveal.
 *
 * - translation/verbless-sentence: a sentence of four words or more, inside a paragraph of
 *   running prose, with no verb at all ("…, said the head of the youth branch. Solidarity, the
 *   Northern Chapter."): translation broke one sentence into two or lost the verb. Headlines,
 *   captions and one-sentence lines, quoted fragments ("“Not now.”") and labels with a colon
 *   ("The result: chaos.") are left alone.
 * - translation/speech-inversion: a reporting verb English does not invert, placed before its
 *   subject at the end of a clause (", specified the head of the agency, Jane Doe.",
 *   ", commented Marco Smith, strategist at …"): Spanish, French and Italian word order.
 *   English inverts "said", "added", "asked", "wrote", "explained", "noted" after a quote, and
 *   those are left alone; so is an inversion right after a quotation.
 * - translation/verb-that: a verb that takes an object or a noun in English followed by a
 *   that-clause ("has denounced that they receive", "he has assured that for them"):
 *   another language's construction ("ha denunciado que", "a assuré que").
 * - translation/adjective-one-noun: "a bitter one defeat": "one" between an adjective and a noun
 *   is a source-language article or number left in.
 * - translation/adverb-before-title: "the still minister": an adverb between an article and a
 *   title ("el todavía presidente").
 * - translation/doubled-article-noun: "this is a policy a tool": two "a + noun" phrases
 *   side by side, one a leftover; rates ("a dollar a gallon", "twice a day") are left alone.
 * - translation/article-dropped: "he praised former defensive stalwart.": a singular noun phrase
 *   with "former" and no article at the end of a clause.
 * - translation/repeated-noun: "The agreement must include a binding agreement": the subject's
 *   noun again as the object, after an adjective, within a few words (no such sentence in 924
 *   native PolNeAR articles).
 */
import type { Flag } from '../core/types.js';
import type { ParsedText, Token } from '../entities/parse.js';
import { FUNCTION_WORDS } from '../lexicon/closed-class.js';
import { englishBand } from '../lexicon/english-words.js';
import { isAbbreviation } from '../lexicon/abbreviations.js';
import { isAbbreviationPeriod } from '../lexicon/sentences.js';
import { NEVER_INVERTED_VERBS } from '../lexicon/speech-verbs.js';
import { TITLE_HEADS } from '../lexicon/titles.js';

/** A clause check: id, category, confidence and what it finds in one sentence. */
interface ClauseCheck {
  id: string;
  kind: string;
  confidence: number;
  find(sentence: SentenceView): Array<{ start: number; end: number; message: string }>;
}

/** One sentence of the parse with its tokens and the text around it. */
export interface SentenceView {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Offsets of the sentence in the text (first token start … last token end + its punctuation). */
  readonly start: number;
  readonly end: number;
  /** Number of sentences on the sentence's line. */
  readonly sentencesOnLine: number;
}

const has = (token: Token, tag: string) => token.tags.has(tag);

// Index of the last token at or before `from` that satisfies `test`, or -1.
function lastIndexWhere(tokens: readonly Token[], from: number, test: (t: Token) => boolean): number {
  for (let i = from - 1; i >= 0; i--) if (test(tokens[i]!)) return i;
  return -1;
}
const CONTRACTION = /\b(?:it|that|he|she|what|there|here|who|where|let)['’]s\b|n['’]t\b|['’](?:re|ve|ll|d|m)\b/i;
// prettier-ignore
const FUNCTION_TAGS = ['Determiner', 'Adverb', 'Conjunction', 'Pronoun', 'Preposition'];
// Tags of a word before which a plural is surely a noun ("the rules", "two rules").
// prettier-ignore
const NOUN_PHRASE_TAGS = ['Determiner', 'Value', 'Possessive'];
// After "a"/"an" a word is a noun (or adjective) whatever the lexicon guesses: compromise's
// pre-tagger leaves noun/verb homographs ("a measure", "a step") as verbs.
const nounAfterArticle = (token: Token) =>
  has(token, 'Noun') ||
  (has(token, 'Verb') &&
    (has(token, 'Infinitive') || has(token, 'PresentTense')) &&
    !has(token, 'Copula') &&
    !has(token, 'Modal') &&
    !has(token, 'Auxiliary'));
const isVerb = (token: Token) =>
  has(token, 'Verb') || has(token, 'Copula') || has(token, 'Modal') || has(token, 'Auxiliary');

const verblessSentence: ClauseCheck = {
  id: 'translation/verbless-sentence',
  kind: 'verbless-sentence',
  confidence: 0.55,
  find(s) {
    const words = s.tokens;
    if (words.length < 4 || s.sentencesOnLine < 2) return [];
    const last = words[words.length - 1]!;
    if (!last.post.includes('.') || words.some(isVerb)) return [];
    const sentenceText = s.text.slice(s.start, s.end);
    if (/[:;“”"«»‘]|^\W|\d/.test(sentenceText) || CONTRACTION.test(sentenceText)) return [];
    // A quoted fragment or the end of a quotation.
    if (/[“"«]/.test(s.text.slice(Math.max(0, s.start - 2), s.start)) || /[”"»]/.test(last.post)) return [];
    if (words.some((w) => has(w, 'Gerund') || has(w, 'Participle'))) return [];
    // Native prose has stylistic fragments ("So good luck with that.", "A terrible influence
    // for the country."); a name that opens a verbless sentence is a broken one.
    const first = words[0]!;
    const name = has(first, 'ProperNoun') || (has(first, 'Noun') && englishBand(first.text.toLowerCase()) < 3);
    if (!name || !/^\p{Lu}/u.test(first.text) || FUNCTION_TAGS.some((tag) => has(first, tag))) return [];
    // compromise reads some verbs as plural nouns ("the country's economy relies on …").
    if (
      words.some(
        (w, k) =>
          k > 0 &&
          has(w, 'Plural') &&
          /^\p{Ll}/u.test(w.text) &&
          !NOUN_PHRASE_TAGS.some((tag) => has(words[k - 1]!, tag)),
      )
    )
      return [];
    // The sentence before ended on an abbreviation ("said Del. Stacey Plaskett …"): a split, not a sentence.
    const before = s.text.slice(Math.max(0, s.start - 40), s.start).trimEnd();
    if (before.endsWith('.') && isAbbreviationPeriod(before, before.length - 1)) return [];
    return [
      {
        start: s.start,
        end: s.end,
        message: 'A sentence without a verb inside running text: a broken or split translation',
      },
    ];
  },
};

const speechInversion: ClauseCheck = {
  id: 'translation/speech-inversion',
  kind: 'speech-inversion',
  confidence: 0.65,
  find(s) {
    const out: Array<{ start: number; end: number; message: string }> = [];
    const words = s.tokens;
    for (let k = 1; k < words.length - 1; k++) {
      const verb = words[k]!;
      if (!NEVER_INVERTED_VERBS.has(verb.text.toLowerCase())) continue;
      const before = s.text.slice(words[k - 1]!.end, verb.start);
      if (!/^,\s*$/.test(before) || /[”"»’]/.test(words[k - 1]!.post)) continue; // after a comma, not after a quote
      const next = words[k + 1]!;
      if (isAbbreviation(next.text)) continue; // "denounced Mr. Smith's remarks": a split at "Mr."
      // The words before the comma make a clause with a verb, not an appositive: "X, a
      // Republican who served …, denounced Smith" is subject, appositive, verb.
      const clauseStart = lastIndexWhere(words, k - 1, (t) => /[,;:]/.test(t.post)) + 1;
      const clause = words.slice(clauseStart, k);
      if (!clause.some(isVerb) || (clauseStart > 0 && has(clause[0]!, 'Determiner'))) continue;
      const subject = next.text.toLowerCase() === 'the' ? words[k + 2] : next;
      if (!subject) continue;
      const isName =
        next.text !== 'the' && /^\p{Lu}/u.test(next.text) && (has(next, 'Person') || has(next, 'ProperNoun'));
      const isTitled = next.text.toLowerCase() === 'the' && has(subject, 'Noun') && !has(subject, 'Pronoun');
      if (!isName && !isTitled) continue;
      // The clause ends with the subject: no verb follows in the sentence.
      if (words.slice(k + 1).some(isVerb)) continue;
      out.push({
        start: verb.start,
        end: subject.end,
        message: `"${verb.text}" before its subject: another language's word order`,
      });
    }
    return out;
  },
};

const NO_THAT_CLAUSE =
  /\b(?:(?:has|have|had)\s+)?(denounced|criticized|criticised|detailed|valued|assured)\s+that\s+(?:they|he|she|it|we|the|this|there|for|in|a)\b/giu;
const ASSURED_PASSIVE = /\b(?:rest|be|been|being|is|are|was|were|am|feel|felt|remain|remained|remains)\s+$/i;

const verbThat: ClauseCheck = {
  id: 'translation/verb-that',
  kind: 'verb-that',
  confidence: 0.7,
  find(s) {
    const sentence = s.text.slice(s.start, s.end);
    if (!/ that /.test(sentence)) return [];
    const out: Array<{ start: number; end: number; message: string }> = [];
    NO_THAT_CLAUSE.lastIndex = 0;
    for (let m = NO_THAT_CLAUSE.exec(sentence); m; m = NO_THAT_CLAUSE.exec(sentence)) {
      if (ASSURED_PASSIVE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        message: `"${m[1]} that": English takes an object here, not a that-clause`,
      });
    }
    return out;
  },
};

// prettier-ignore
const CLOSED_AFTER_ONE = ['Adverb', 'Preposition', 'Conjunction', 'Pronoun', 'Determiner', 'Date', 'Value', 'Copula', 'Modal', 'Auxiliary', 'PastTense', 'Gerund'];

const adjectiveOneNoun: ClauseCheck = {
  id: 'translation/adjective-one-noun',
  kind: 'adjective-one-noun',
  confidence: 0.6,
  find(s) {
    const out: Array<{ start: number; end: number; message: string }> = [];
    const w = s.tokens;
    for (let k = 2; k < w.length - 1; k++) {
      if (w[k]!.text.toLowerCase() !== 'one' || !has(w[k - 1]!, 'Adjective') || !/^an?$/i.test(w[k - 2]!.text))
        continue;
      const next = w[k + 1]!;
      if (w[k]!.post.trim() !== '' || w[k - 1]!.post.trim() !== '' || /^\p{Lu}/u.test(next.text)) continue;
      if (CLOSED_AFTER_ONE.some((tag) => has(next, tag)) || next.text.length < 3) continue;
      out.push({
        start: w[k - 2]!.start,
        end: next.end,
        message: '"one" between an adjective and a noun: a source-language article or number left in',
      });
    }
    return out;
  },
};

// prettier-ignore
const ADVERBS_BEFORE_TITLE = new Set(['still', 'already', 'always', 'now', 'yet', 'even', 'never']);

const adverbBeforeTitle: ClauseCheck = {
  id: 'translation/adverb-before-title',
  kind: 'adverb-before-title',
  confidence: 0.65,
  find(s) {
    const out: Array<{ start: number; end: number; message: string }> = [];
    const w = s.tokens;
    for (let k = 1; k < w.length - 1; k++) {
      const adverb = w[k]!;
      if (
        !ADVERBS_BEFORE_TITLE.has(adverb.text.toLowerCase()) ||
        !has(w[k - 1]!, 'Determiner') ||
        adverb.post.trim() !== ''
      )
        continue;
      const noun = w[k + 1]!;
      if (
        !(has(noun, 'Actor') || TITLE_HEADS.has(noun.text.toLowerCase())) ||
        has(noun, 'Adjective') ||
        has(noun, 'Plural')
      )
        continue;
      out.push({
        start: w[k - 1]!.start,
        end: noun.end,
        message: `"${adverb.text}" between an article and a title: another language's "the still minister"`,
      });
    }
    return out;
  },
};

// Rates ("a dollar a gallon", "twice a day") repeat "a" + noun on purpose.
// prettier-ignore
const RATE_NOUNS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'second', 'night', 'time', 'piece', 'head', 'person', 'pop', 'shot', 'game', 'season', 'gallon', 'pound', 'mile', 'share', 'barrel', 'ton', 'tonne', 'kilo', 'kilogram', 'liter', 'litre', 'unit', 'dozen', 'decade', 'semester', 'quarter', 'term', 'meal', 'round', 'visit']);

const NAMING_VERBS =
  /^(?:call|calls|called|calling|name|names|named|naming|consider|considers|considered|make|makes|made|making|declare|declares|declared|deem|deems|deemed|label|labels|labeled|labelled|dub|dubs|dubbed|brand|brands|branded|elect|elects|elected|appoint|appoints|appointed|find|finds|found|think|thinks|thought|give|gives|gave|given|offer|offers|offered|send|sends|sent|buy|buys|bought|pay|pays|paid|cost|costs|charge|charges|charged)$/i;

const doubledArticleNoun: ClauseCheck = {
  id: 'translation/doubled-article-noun',
  kind: 'doubled-article-noun',
  confidence: 0.55,
  find(s) {
    const out: Array<{ start: number; end: number; message: string }> = [];
    const w = s.tokens;
    const article = (t: Token) => /^an?$/i.test(t.text);
    for (let k = 0; k + 3 < w.length; k++) {
      const [a1, n1, a2, n2] = [w[k]!, w[k + 1]!, w[k + 2]!, w[k + 3]!];
      if (!article(a1) || !article(a2) || !nounAfterArticle(n1) || !nounAfterArticle(n2)) continue;
      if ([a1, n1, a2].some((t) => t.post.trim() !== '')) continue;
      const rate = [n1, n2].some(
        (n) =>
          RATE_NOUNS.has(n.text.toLowerCase()) ||
          ['Unit', 'Currency', 'Date', 'Duration', 'Value'].some((tag) => has(n, tag)),
      );
      if (rate || has(n1, 'ProperNoun') || has(n2, 'ProperNoun')) continue;
      // The second phrase ends there ("a policy a tool for growth"); "a point a top adviser
      // made" goes on as a relative clause.
      const after = w[k + 4];
      if (after && !/[,.;:!?)]/.test(n2.post) && !['Preposition', 'Conjunction'].some((tag) => has(after, tag)))
        continue;
      // "call a plan a success": object and complement of a naming verb.
      if (k > 0 && NAMING_VERBS.test(w[k - 1]!.text)) continue;
      out.push({
        start: a1.start,
        end: n2.end,
        message: `"${s.text.slice(a1.start, n2.end)}": two noun phrases side by side, one of them a leftover translation`,
      });
    }
    return out;
  },
};

// "he praised former defensive stalwart." — a singular noun phrase with "former" and no article.
const FORMER_WITHOUT_ARTICLE =
  /\bformer((?:\s+\p{Ll}[\p{Ll}-]*){1,3})(?=\s*[.;]|,\s+(?:he|she|they|said|says|added)\b)/gu;
// A determiner, possessive or coordinator among the words before "former" ("Bush's former chief
// strategist", "a disgruntled former employee", "one former official") gives the phrase its article.
const DETERMINED =
  /(?:^|\s)(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|one|each|every|some|any|no|another|and|or|as|of|for|with|by|\S+['’]s?)(?:\s+\S+){0,2}\s+$/iu;

const articleDropped: ClauseCheck = {
  id: 'translation/article-dropped',
  kind: 'article-dropped',
  confidence: 0.5,
  find(s) {
    const sentence = s.text.slice(s.start, s.end);
    if (!sentence.includes('former')) return [];
    const out: Array<{ start: number; end: number; message: string }> = [];
    FORMER_WITHOUT_ARTICLE.lastIndex = 0;
    for (let m = FORMER_WITHOUT_ARTICLE.exec(sentence); m; m = FORMER_WITHOUT_ARTICLE.exec(sentence)) {
      const words = m[1]!.trim().split(/\s+/);
      // "former employees" (plural), "freed former managers from blame" (a phrase goes on)
      if (/s$/.test(words[words.length - 1]!) || words.some((x) => FUNCTION_WORDS.has(x)) || m.index === 0) continue;
      const before = sentence
        .slice(0, m.index)
        .split(/[,;:(]/)
        .pop()!;
      if (DETERMINED.test(` ${before}`)) continue;
      out.push({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        message: 'A singular noun phrase without its article: a translation that dropped "the"',
      });
    }
    return out;
  },
};

const repeatedNoun: ClauseCheck = {
  id: 'translation/repeated-noun',
  kind: 'repeated-noun',
  confidence: 0.5,
  find(s) {
    const w = s.tokens;
    // The subject's head noun right after an opening article ("The agreement …").
    const head = has(w[0]!, 'Determiner') ? w[1] : undefined;
    if (
      !head ||
      !has(head, 'Noun') ||
      has(head, 'ProperNoun') ||
      has(head, 'Pronoun') ||
      head.text.length < 5 ||
      !/^\p{Ll}/u.test(head.text)
    )
      return [];
    let verb = false;
    for (let j = 2; j <= 7 && j < w.length; j++) {
      const t = w[j]!;
      if (isVerb(t)) verb = true;
      if (verb && t.text.toLowerCase() === head.text.toLowerCase() && has(w[j - 1]!, 'Adjective')) {
        return [
          {
            start: w[0]!.start,
            end: t.end,
            message: `"${head.text}" is both the subject and the object of its verb: a translation that lost a word`,
          },
        ];
      }
    }
    return [];
  },
};

/** The clause checks, in order. */
export const CLAUSE_CHECKS: readonly ClauseCheck[] = Object.freeze([
  verblessSentence,
  speechInversion,
  verbThat,
  adjectiveOneNoun,
  adverbBeforeTitle,
  doubledArticleNoun,
  articleDropped,
  repeatedNoun,
]);

/**
 * The sentences of a parse, with their offsets and how many share their line.
 *
 * @example
 * sentenceViews(parseText('It rained. Then it stopped.')).length; // 2
 */
export function sentenceViews(parse: ParsedText): SentenceView[] {
  const text = parse.text;
  const groups: Token[][] = [];
  let current = -1;
  for (const token of parse.tokens) {
    if (token.sentence !== current || token.sentenceStart) {
      groups.push([]);
      current = token.sentence;
    }
    groups[groups.length - 1]!.push(token);
  }
  // The line of each group (the offset of the newline before it), in one forward pass: the
  // groups come in text order.
  const lines: number[] = [];
  let newline = -1;
  let scanned = 0;
  for (const g of groups) {
    const at = g[0]!.start;
    for (; scanned < at; scanned++) if (text.charCodeAt(scanned) === 10) newline = scanned;
    lines.push(newline);
  }
  const perLine = new Map<number, number>();
  for (const line of lines) perLine.set(line, (perLine.get(line) ?? 0) + 1);
  return groups.map((tokens, i) => {
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    const punctuation = /^[^\s]*/.exec(text.slice(last.end, last.end + 4))?.[0].length ?? 0;
    return {
      text,
      tokens,
      start: first.start,
      end: last.end + punctuation,
      sentencesOnLine: perLine.get(lines[i]!) ?? 1,
    };
  });
}

/**
 * Flags on clauses of the parsed text (offsets in the parsed text; rawStart/rawEnd equal to them).
 *
 * @example
 * clauseFlags(parseText('It rained. Then it stopped.')); // []
 */
export function clauseFlags(parse: ParsedText): Flag[] {
  const flags: Flag[] = [];
  for (const sentence of sentenceViews(parse)) {
    for (const check of CLAUSE_CHECKS) {
      for (const hit of check.find(sentence)) {
        flags.push({
          kind: check.kind,
          rule: check.id,
          category: 'grammar',
          confidence: check.confidence,
          message: hit.message,
          text: parse.text.slice(hit.start, hit.end),
          start: hit.start,
          end: hit.end,
          rawStart: hit.start,
          rawEnd: hit.end,
        });
      }
    }
  }
  return flags;
}
