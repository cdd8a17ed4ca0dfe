/**
 * Lightweight tense of the clause around a temporal expression, so a bare weekday or
 * month resolves the way a news reader resolves it: past narration → the most recent
 * one, future statements → the coming one.
 *
 * How it reads a sentence, in order:
 * 1. the words right before the expression, where wire copy puts its strongest cues:
 *    "said Friday" (the day of a report: past), "since April" (past), "payable Dec. 7", "effective Feb. 1",
 *    "as soon as Tuesday", "extended to Nov. 6", "extend talks … into January" (ahead), "the vote is Saturday" (ahead);
 * 2. otherwise the nearest tense marker, counted in words, preferring the clause that
 *    holds the expression (commas, quotes, "that/which/when/and" open a new clause) and
 *    the verb before the expression over the one after it. Markers: future auxiliaries
 *    and modals, plans and schedules followed by "to" ("plans to", "is to", "set to",
 *    "due to", "expected to"), past-tense verbs, present "is/are/has".
 *
 * Pure string work on a bounded window (the sentence, as the shared segmenter in
 * `src/lexicon/sentences.ts` cuts it, at most 240 characters on each side), so it costs
 * O(window) per call and never loads an NLP model. Reporting verbs come from the shared
 * speech-verb table (`src/lexicon/speech-verbs.ts`).
 */
import { sentenceAround } from '../lexicon/sentences.js';
import { REPORT_PAST_PATTERN, TENSE_NEUTRAL_VERBS } from '../lexicon/speech-verbs.js';

/**
 * Tense of the clause around an expression.
 *
 * @example
 * const tense: Tense = tenseAround('The leaders held a summit Tuesday.', 26, 33); // 'past'
 */
export type Tense = 'past' | 'future' | 'present' | 'unknown';

// prettier-ignore
const FUTURE_WORDS = new Set([
  'will', "'ll", 'shall', 'upcoming', 'forthcoming', 'next', 'scheduled', 'expected', 'due',
  'intends', 'slated', 'set', 'coming', 'tomorrow',
  'soon', 'until', 'till', 'await', 'awaits', 'awaiting', 'prepares', 'preparing',
]);

// prettier-ignore
const PAST_IRREGULAR = new Set([
  'was', 'were', 'had', 'did', 'met', 'held', 'took', 'came', 'went', 'made', 'gave',
  'saw', 'left', 'began', 'won', 'lost', 'spoke', 'got', 'found', 'thought', 'became', 'brought',
  'bought', 'sold', 'paid', 'sent', 'fell', 'rose', 'led', 'ran', 'kept', 'wrote', 'knew', 'felt',
  'ago', 'last', 'yesterday', 'earlier', 'previously', 'flew', 'drew', 'grew', 'threw', 'struck',
  'fought', 'caught', 'taught', 'sought', 'stood', 'understood', 'broke', 'chose', 'spent', 'built',
  'lent', 'meant', 'heard', 'swore', 'wore', 'tore', 'forgot', 'overtook', 'undertook', 'withdrew',
  'shot', 'hid', 'rode', 'drove', 'ate', 'sank', 'sang', 'rang', 'shook', 'woke', 'arose', 'froze',
  'stole', 'slid', 'fled', 'fed', 'bled', 'dealt', 'slept', 'swept', 'wept', 'crept', 'knelt',
  'sat', 'lay', 'laid', 'hung', 'clung', 'stung', 'swung', 'dug', 'saw', 'beat', 'bore', 'sprang',
  'recently', 'former', 'once', 'previous',
]);

/** Reporting verbs frame quoted or reported speech; they say nothing about the event's time. */
const REPORTING: ReadonlySet<string> = new Set([...TENSE_NEUTRAL_VERBS, 'according']);

// prettier-ignore
const PRESENT_WORDS = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', 'remains', 'continues', 'now', 'currently', 'today']);

/** Words ending in -ed that are not past-tense verbs. */
// prettier-ignore
const ED_EXCEPTIONS = new Set(['aged', 'eyed', 'based', 'called', 'so-called', 'concerned', 'related', 'involved', 'detailed', 'limited', 'advanced', 'armed', 'alleged', 'supposed', 'accused', 'need', 'seed', 'speed', 'red', 'bed', 'fed', 'led', 'wed', 'shed', 'hundred', 'indeed', 'united', 'proceed', 'exceed', 'succeed', 'bred', 'breed', 'creed', 'greed', 'heed', 'weed', 'steed', 'deed', 'feed', 'reed', 'sled', 'bled', 'fled', 'ted', 'ned', 'fred', 'ed', 'med', 'ped', 'sped', 'shred']);

/** A word (lower case, "'s" dropped) or a boundary mark, with its text as written. */
export type Token = { w: string; raw: string; boundary: boolean };

/** Words that open a new clause: a marker behind one says less about the expression. */
// prettier-ignore
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'although', 'though', 'but', 'where', 'whereas', 'if', 'unless', 'and', 'or', 'since', 'after', 'before', 'as']);

/** Plans and schedules that point ahead when an infinitive follows ("plans to", "set to"). */
// prettier-ignore
const PLAN_WORDS = new Set(['plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'expect', 'expects', 'expected', 'hope', 'hopes', 'aims', 'scheduled', 'set', 'due', 'slated', 'poised', 'ready', 'supposed', 'likely', 'going', 'is', 'are', 'am', 'prepared', 'preparing', 'prepares']);

/** Verbs of scheduled events in the simple present: "meet Monday" is a plan, not a report. */
// prettier-ignore
const SCHEDULE_PRESENT = new Set(['meet', 'meets', 'return', 'returns', 'leave', 'leaves', 'heads', 'flies', 'ends', 'finishes', 'concludes', 'begin', 'begins', 'start', 'starts', 'open', 'opens', 'resume', 'resumes', 'reopen', 'reopens', 'convene', 'convenes', 'depart', 'departs', 'arrive', 'arrives', 'travel', 'travels', 'visit', 'visits', 'testify', 'testifies', 'vote', 'votes', 'face', 'faces', 'host', 'hosts', 'play', 'plays', 'kick', 'kicks', 'launch', 'launches', 'expire', 'expires', 'close', 'closes']);

/** Past forms of plan words: "planned to" narrates, "plans to" looks ahead. */
// prettier-ignore
const PAST_PLANS = new Set(['planned', 'intended', 'expected', 'hoped', 'prepared', 'scheduled']);

/** Verbs whose past tense is written like the present. */
// prettier-ignore
const SAME_FORM_VERBS = new Set(['set', 'put', 'cut', 'hit', 'let', 'quit', 'shut', 'spread', 'cast', 'cost', 'hurt', 'bid', 'upset']);

/** Present-tense verbs of expectation: what they govern lies ahead. */
// prettier-ignore
const EXPECT_PRESENT = new Set(['expect', 'expects', 'anticipate', 'anticipates', 'forecast', 'forecasts', 'predict', 'predicts', 'project', 'projects', 'foresee', 'foresees']);

// prettier-ignore
const MODALS = new Set(['would', 'could', 'might', 'may', 'can', 'should', 'must']);

/** Past forms of reporting verbs: "said Friday" dates the report, which is behind us. */
const PAST_REPORTING = new RegExp(`\\b(?:${REPORT_PAST_PATTERN})\\s+(?:on\\s+|late\\s+|early\\s+)?$`);
/**
 * Words right before a date that put it ahead: "payable Dec. 7", "as soon as Tuesday", "with results
 * due in November" (a noun then "due": what is due has not come; "was due in March" narrates).
 */
const AHEAD_BEFORE =
  /\b(?:effective|payable|(?<!\b(?:was|were|been|is|are|be)\s+)due(?:\s+(?:in|on|by|at))?|of\s+record|as\s+(?:soon|early)\s+as|no\s+later\s+than|(?:(?:planned|scheduled|slated|set)\s+|(?:proposed|convened|arranged|booked)\s+(?:[\p{L}'’-]+\s+){0,8}|called\s+(?:[\p{L}'’-]+\s+){1,8})for(?:\s+(?:early|late|mid))?|(?:extend(?:ed|s|ing)?|postpon(?:ed|es|ing|e)|delay(?:ed|s|ing)?|adjourn(?:ed|s)?|push(?:ed|es)?\s+back|put\s+off|moved)\s+(?:[\p{L}'’-]+\s+){0,8}(?:to|until|till|into))\s+(?:on\s+)?$/u;
/** A past auxiliary right after a date: "… for Saturday was canceled", "… for Friday had been put off". */
const PAST_PASSIVE_AFTER = /^[\s,]*(?:was|were|had)\s/;
/**
 * "since" right before a date (maybe with a period modifier): the date is a starting point,
 * behind us. Test it on the text before the date.
 *
 * @example
 * SINCE_BEFORE.test('has raised $63 million since '); // true
 * SINCE_BEFORE.test('rates have jumped since early '); // true
 */
export const SINCE_BEFORE = /\bsince\s+(?:early\s+|late\s+|mid-?\s*|the\s+(?:start|beginning|end|middle)\s+of\s+)?$/i;

/** A copula right before a date: "the vote is Saturday" (ahead), "the vote was Saturday" (behind). */
const COPULA_BEFORE = /\b(?:(is|are|'s)|(was|were))\s+(?:on\s+)?$/;

const LETTER = /^\p{L}$/u;
// Whether each BMP character is a letter (\p{L}): 0 not looked up yet, 1 a letter, 2 not.
const BMP_LETTER = new Uint8Array(0x10000);
// Boundary marks that are tokens on their own: , ; : ( ) " “ ” — –
const PUNCTUATION: ReadonlySet<number> = new Set([...',;:()"“”—–'].map((c) => c.charCodeAt(0)));

/** Length (1 or 2 code units) of the letter that starts at `i`, 0 when none does. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = BMP_LETTER[c]!;
  if (known === 0) BMP_LETTER[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/**
 * The words and boundary marks of a stretch of text, as the pattern
 * /(\p{L}[\p{L}'’]*)|``|''|--|[,;:()"“”—–]/gu reads them (a word: a letter, then letters and
 * apostrophes; anything else is punctuation, a clause boundary), scanned by hand: tenseAround
 * tokenizes up to 480 characters per call, and a regex exec and a lower-casing per token cost
 * more than the rest of it.
 *
 * @example
 * tokenize("He'll go, she said").map((t) => t.w); // ["'ll", 'go', ',', 'she', 'said']
 */
export function tokenize(part: string): Token[] {
  const out: Token[] = [];
  // Lower-case the stretch once (a two-byte string lower-cases a token at a time slowly): its
  // slices are the tokens' own lower case unless a character changes length (İ) or a final
  // sigma reads differently in a longer context (Σ).
  const whole = part.toLowerCase();
  const sliceable = whole.length === part.length && !part.includes('Σ');
  const n = part.length;
  let i = 0;
  while (i < n) {
    let end = i + letterAt(part, i);
    const word = end > i;
    if (word) {
      while (end < n) {
        const c = part.charCodeAt(end);
        const step = c === 0x27 || c === 0x2019 ? 1 : letterAt(part, end);
        if (step === 0) break;
        end += step;
      }
    } else {
      const c = part.charCodeAt(i);
      if ((c === 0x60 || c === 0x27 || c === 0x2d) && part.charCodeAt(i + 1) === c) end = i + 2;
      else if (PUNCTUATION.has(c)) end = i + 1;
      else {
        i++;
        continue;
      }
    }
    const raw = part.slice(i, end);
    const lower = sliceable ? whole.slice(i, end) : raw.toLowerCase();
    i = end;
    const w = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    const boundary = !word || CLAUSE_WORDS.has(w);
    out.push({ w: w.endsWith("'ll") ? "'ll" : w.endsWith("'s") ? w.slice(0, -2) : w, raw, boundary });
  }
  return out;
}

function markerOf(tokens: Token[], i: number, beforeExpression = true, afterOpeningDate = false): Tense | null {
  const token = tokens[i]!;
  const word = token.w;
  const prev = tokens[i - 1]?.w ?? '';
  const prev2 = tokens[i - 2]?.w ?? '';
  const next = tokens[i + 1]?.w ?? '';
  const next2 = tokens[i + 2]?.w ?? '';
  if (word === 'will' || word === "'ll" || word === 'shall' || word === 'wo') return 'future';
  // "in the last week of June", "the last day of the fair": the final one, not a past marker
  if (word === 'last' && prev === 'the') return null;
  // "will last from Monday", "is set to last until June": the verb, timed by what governs it
  if (word === 'last' && (prev === 'will' || prev === "'ll" || prev === 'to' || MODALS.has(prev))) return null;
  if (MODALS.has(word)) {
    if (word === 'may' && token.raw === 'May') return null; // the month
    if (next === 'have' || (next === 'not' && next2 === 'have')) return 'past';
    // "could"/"would" are also the past of "can"/"will" in narration ("could be located Wednesday")
    if (next === 'not' || word === 'could') return null;
    return 'future';
  }
  if (PLAN_WORDS.has(word) && next === 'to') {
    // 'was scheduled to', 'were expected to': the plan was made in the past; a news reader
    // takes the event as already reached (the most recent such day).
    if (
      (prev === 'was' || prev === 'were' || prev === 'had' || prev2 === 'had') &&
      word !== 'planning' &&
      word !== 'going'
    )
      return 'past';
    if (word === 'going' && prev !== 'is' && prev !== 'are' && prev !== 'am' && prev !== "'re") return null;
    return 'future';
  }
  // "The tribunal had ruled that … and set Friday as the deadline": a verb whose past and present
  // look alike ("set", "put", "cut"), coordinated by "and", shares the tense of the sentence's
  // first verb
  if (SAME_FORM_VERBS.has(word) && prev === 'and' && beforeExpression) {
    for (let j = 0; j < i - 1; j++) {
      const first = markerOf(tokens, j);
      if (first === 'past' || first === 'future') return first;
    }
  }
  if (FUTURE_WORDS.has(word)) {
    if (word === 'next' && next === 'to') return null; // "next to the embassy"
    if (prev === 'was' || prev === 'were' || prev === 'had' || prev2 === 'had') return 'past';
    if (word === 'set' || word === 'due' || word === 'coming' || word === 'until' || word === 'till') {
      return prev === 'is' || prev === 'are' || prev === 'be' || word === 'coming' ? 'future' : null;
    }
    return 'future';
  }
  // "has scheduled a news conference Thursday"; "planned a rally on Saturday"
  if (word === 'scheduled' && (prev === 'has' || prev === 'have')) return 'future';
  if (
    (word === 'planned' || word === 'planning' || word === 'intended') &&
    /^(?:a|an|the|to|their|its|his|her)$/.test(next) &&
    prev !== 'previously' &&
    prev !== 'originally'
  )
    return 'future';
  // "Arafat and Netanyahu meet separately Monday", "the trial opens Tuesday": a scheduled
  // event in the simple present lies ahead (not after "to", "did" or "and" of a past series)
  // (a verb before the date, written in lower case: "the Oct. 1 launch", "the US Open" are
  // nouns; after a clause-opening date, "On Monday, schools reopen", the main verb)
  if (
    SCHEDULE_PRESENT.has(word) &&
    (beforeExpression || afterOpeningDate) &&
    token.raw === word &&
    !/^(?:to|did|does|do|not|never|n't|the|a|an|its|their|his|her|this|that|of|was|were|been)$/.test(prev) &&
    !nounAfterAdjective(prev, prev2)
  )
    return 'future';
  // "Strategists expect more modest gains in the second half": an expectation looks ahead
  if (EXPECT_PRESENT.has(word) && token.raw === word) return 'future';
  // "will be held", "would still be made", "to be completed", "will be announced" (a reporting
  // verb's participle too): a passive under a future auxiliary
  if (
    (prev === 'be' || prev === 'been') &&
    /(?:^|\s)(?:will|'ll|shall|would|might|may|should|must|to)(?:\s|$)/.test(
      `${tokens[i - 2]?.w ?? ''} ${tokens[i - 3]?.w ?? ''}`,
    ) &&
    (PAST_IRREGULAR.has(word) || word.endsWith('ed'))
  )
    return 'future';
  if (PAST_REPORTING.test(word + ' ')) return prev === 'has' || prev === 'have' ? 'present' : 'past';
  if (REPORTING.has(word)) {
    // "will say on Friday", "is expected to say Monday": the auxiliary before it tells the tense
    if (word === 'say' && (prev === 'to' || prev === 'will' || prev === "'ll" || MODALS.has(prev))) return null;
    return word === 'says' || word === 'say' || word === 'tells' || word === 'adds' ? 'present' : null;
  }
  // "when the appeal is heard in June": an irregular participle after a present copula is a present passive
  if (
    PAST_IRREGULAR.has(word) &&
    /^(?:is|are|am|be|being)$/.test(prev) &&
    !/^(?:was|were|had|did|ago|last|yesterday|earlier|previously|recently|former|once|previous)$/.test(word)
  )
    return 'present';
  if (PAST_IRREGULAR.has(word)) return 'past';
  // "museums will have free entry", "it will be held": a verb after "will" is future
  if (PRESENT_WORDS.has(word))
    return /^(?:will|'ll|shall)$/.test(prev) || (prev === 'not' && /^(?:will|'ll|shall|wo)$/.test(prev2))
      ? 'future'
      : 'present';
  if (word.length > 3 && word.endsWith('ed') && !ED_EXCEPTIONS.has(word)) {
    // adjectives: "the planned acquisition", "untouched", "unspecified"
    if (/^(?:the|a|an|its|their|his|her|our|this|these|those|newly|recently)$/.test(prev) || word.startsWith('un'))
      return null;
    // "should remain very disturbed", "is deeply divided": a degree adverb before the participle
    // is passed over, so the verb before it decides
    const at = DEGREE_ADVERBS.has(prev) ? i - 1 : i;
    const verb = tokens[at - 1]?.w ?? '';
    // "must submit revised plans": a participle after a verb governed by a modal or "to" is an adjective
    if (
      /^(?:will|would|must|should|can|could|may|might|shall|to|'ll)$/.test(tokens[at - 2]?.w ?? '') &&
      !/ed$/.test(verb) &&
      !PAST_IRREGULAR.has(verb) &&
      !/^(?:be|been|have|has|had)$/.test(verb)
    )
      return null;
    // object complements: "will keep the government funded", "wants the deal signed"
    for (let j = i - 2; j >= Math.max(0, i - 4) && !tokens[j]!.boundary; j--) {
      if (
        /^(?:keep|keeps|keeping|leave|leaves|leaving|get|gets|getting|want|wants|need|needs|see|sees)$/.test(
          tokens[j]!.w,
        )
      )
        return null;
    }
    // 'has been', 'is expected' style participles: present perfect or passive
    if (verb === 'has' || verb === 'have' || verb === 'is' || verb === 'are' || verb === 'be' || verb === 'being')
      return 'present';
    return 'past';
  }
  return null;
}

/** Adverbs of degree that may stand between a verb and its participle ("remain very disturbed"). */
// prettier-ignore
const DEGREE_ADVERBS = new Set(['very', 'so', 'too', 'quite', 'rather', 'fairly', 'highly', 'deeply', 'heavily', 'badly', 'severely', 'seriously', 'largely', 'partly', 'partially', 'fully', 'completely', 'totally', 'entirely', 'strongly', 'widely', 'greatly', 'extremely', 'particularly', 'increasingly', 'somewhat']);

/**
 * True when the expression stands in an aside set off by commas that opens with a past
 * participle: "The money, agreed at a council meeting on Tuesday evening, will be spent …" —
 * the aside tells a past event, whatever the tense of the main verb ("expected", "scheduled"
 * and other words of a plan look ahead and are left to the clause).
 *
 * @example
 * inPastParticipleAside(tokenize('The law, passed on '), tokenize(', will take effect')); // true
 */
export function inPastParticipleAside(before: readonly Token[], after: readonly Token[]): boolean {
  let k = before.length - 1;
  while (k >= 0 && !before[k]!.boundary) k--;
  if (k < 1 || before[k]!.w !== ',') return false;
  const first = before[k + 1]?.w;
  if (!first || FUTURE_WORDS.has(first) || PLAN_WORDS.has(first)) return false;
  const participle =
    PAST_IRREGULAR.has(first) || (first.length > 3 && first.endsWith('ed') && !ED_EXCEPTIONS.has(first));
  if (!participle) return false;
  for (const t of after) if (t.boundary) return t.w === ',';
  return false;
}

/** Adjectives that make the next word a noun: "a strong start", "their best close". */
const NOUN_ADJECTIVES =
  /^(?:strong|slow|good|bad|poor|weak|fast|quick|solid|rocky|shaky|flying|promising|fresh|new|early|late|final|first|last|great|big|record|sharp|steep|modest|firm|flat|lower|higher|dismal)$|est$/;

/**
 * True when a word is a noun because an article or possessive and an adjective come
 * before it: "off to a strong start", "their best close" (not the verb of a schedule).
 *
 * @example
 * nounAfterAdjective('strong', 'a'); // true
 * nounAfterAdjective('players', 'the'); // false ("the players start Monday")
 */
export function nounAfterAdjective(prev: string, prev2: string): boolean {
  if (/^(?:a|an)$/.test(prev2)) return true;
  return /^(?:the|its|their|his|her|our|this|that)$/.test(prev2) && NOUN_ADJECTIVES.test(prev);
}

/** Prepositions and modifiers that may open a clause before a date ("In early January, ...", "Over the weekend, ..."). */
// prettier-ignore
const LEADING_WORDS = new Set(['in', 'on', 'at', 'by', 'during', 'over', 'throughout', 'since', 'until', 'till', 'from', 'of', 'early', 'late', 'mid', 'last', 'this', 'next', 'the', 'also', 'then', 'later', 'earlier', 'until']);

/** Clause penalty (in words) for every boundary between a marker and the expression. */
const BOUNDARY_COST = 6;

/**
 * Tense of the clause around [start, end): strong cues right before the expression
 * first, then the nearest tense marker, preferring the expression's own clause.
 *
 * @example
 * tenseAround('He will speak with Zelenskiy on Thursday.', 31, 39); // 'future'
 * tenseAround('The leaders held a summit Tuesday.', 26, 33);        // 'past'
 * tenseAround('"We will win," Smith said Friday.', 26, 32);          // 'past'
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  // chrono's spans may carry a trailing comma or a leading preposition
  while (end > start && /[\s,;:.]/.test(text[end - 1]!)) end--;
  const sentence = sentenceAround(text, start, end);
  const lead = text
    .slice(Math.max(sentence.start, start - 60), start)
    .toLowerCase()
    .replace(/’/g, "'");
  // (unless the clause goes on in the past: "a service planned for Saturday was canceled")
  if (AHEAD_BEFORE.test(lead) && !PAST_PASSIVE_AFTER.test(text.slice(end, end + 16))) return 'future';
  // "has raised $63 million since April": a starting point lies behind us
  if (SINCE_BEFORE.test(lead)) return 'past';
  // (not a reporting verb under "will" or "to": "will announce Friday", "will be announced on Friday")
  if (
    PAST_REPORTING.test(lead) &&
    !/\b(?:will|would|shall|to)\s+(?:be\s+)?\S+\s+(?:on\s+|late\s+|early\s+)?$/.test(lead)
  )
    return 'past';
  const copula = COPULA_BEFORE.exec(lead);
  if (copula) return copula[1] ? 'future' : 'past';
  const before = tokenize(text.slice(sentence.start, start));
  const after = tokenize(text.slice(end, sentence.end));
  if (inPastParticipleAside(before, after)) return 'past';
  // Markers need their neighbours across the expression ("planned to" split by nothing).
  const all = [...before, { w: '', raw: '', boundary: false }, ...after];
  const split = before.length;
  // Words before the expression in its own clause: when none (clause-initial "On Friday,"),
  // the first boundary after it does not separate it from its verb.
  let ownBefore = 0;
  // a parenthetical restatement "at 6 in the evening (6 p.m. Wednesday)" belongs to the clause before it
  const ownFrom = before[split - 1]?.w === '(' ? split - 2 : split - 1;
  for (let i = ownFrom; i >= 0 && !before[i]!.boundary; i--) if (!LEADING_WORDS.has(before[i]!.w)) ownBefore++;
  let best = null as { tense: Tense; score: number; ownClause: boolean } | null;
  let boundaries = 0;
  let words = 0;
  for (let i = split - 1; i >= 0; i--) {
    const token = all[i]!;
    if (token.boundary && !/^(?:that|as|since|after|before)$/.test(token.w)) {
      boundaries++;
      continue;
    }
    if (token.boundary) boundaries++;
    words++;
    const tense = markerOf(all, i);
    if (!tense) continue;
    const score = words + boundaries * BOUNDARY_COST;
    if (!best || score < best.score) best = { tense, score, ownClause: boundaries === 0 };
    break;
  }
  boundaries = 0;
  words = 0;
  let skippedFirst = ownBefore > 0;
  for (let i = split + 1; i < all.length; i++) {
    const token = all[i]!;
    if (token.boundary) {
      if (!skippedFirst && /^[,:—–-]+$/.test(token.w)) {
        skippedFirst = true;
        continue;
      }
      boundaries++;
      if (!/^(?:that|as|since|after|before)$/.test(token.w)) continue;
    }
    words++;
    let tense = markerOf(all, i, false, ownBefore === 0);
    if (!tense) continue;
    // "On Friday, the government planned to pay": a date opening its clause times the main
    // verb, so a plan told in the past tense is past (after the verb, "planned to leave on
    // Thursday", the date times the infinitive and looks ahead)
    if (
      ownBefore === 0 &&
      tense === 'future' &&
      PAST_PLANS.has(token.w) &&
      all[i + 1]?.w === 'to' &&
      !/^(?:is|are|am|be|been|has|have|'s)$/.test(all[i - 1]?.w ?? '')
    )
      tense = 'past';
    // a trailing attribution (", Sullivan said.") dates the report, not the event
    if (boundaries > 0 && ownBefore > 0 && (REPORTING.has(token.w) || PAST_REPORTING.test(token.w + ' '))) continue;
    const score = words * 1.5 + 1 + boundaries * BOUNDARY_COST;
    if (!best || score < best.score) best = { tense, score, ownClause: boundaries === 0 };
    break;
  }
  // "stay in Lisbon until June 6": a deadline points ahead unless its own clause is past
  if (/\b(?:until|till)\s+$/.test(lead) && (!best || best.tense !== 'past' || !best.ownClause)) return 'future';
  return best ? best.tense : 'unknown';
}
