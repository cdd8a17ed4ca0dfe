/**
 * Lightweight tense of the clause around a temporal expression, so a bare weekday or
 * month resolves the way a news reader resolves it: past narration → the most recent
 * one, future statements → the coming one.
 *
 * Pure string work on a bounded window (the sentence, at most 240 characters on each
 * side), so it costs O(window) per call and never loads an NLP model.
 */

/** Tense of the clause around an expression. */
export type Tense = 'past' | 'future' | 'present' | 'unknown';

const WINDOW = 240;

const FUTURE_WORDS = new Set([
  'will', "'ll", 'shall', 'upcoming', 'forthcoming', 'next', 'scheduled', 'expected', 'due',
  'intends', 'slated', 'set', 'coming', 'tomorrow',
  'later', 'soon', 'until', 'till', 'await', 'awaits', 'awaiting', 'prepares', 'preparing',
]);

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
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'announced', 'reported', 'noted', 'stated', 'according', 'explained', 'stressed', 'insisted', 'claimed', 'wrote', 'declared', 'confirmed', 'indicated', 'estimated']);

const PRESENT_WORDS = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', 'remains', 'continues', 'now', 'currently', 'today']);

/** Words ending in -ed that are not past-tense verbs. */
const ED_EXCEPTIONS = new Set(['based', 'called', 'so-called', 'concerned', 'related', 'involved', 'detailed', 'limited', 'advanced', 'armed', 'alleged', 'supposed', 'accused', 'need', 'seed', 'speed', 'red', 'bed', 'fed', 'led', 'wed', 'shed', 'hundred', 'indeed', 'united', 'proceed', 'exceed', 'succeed', 'bred', 'breed', 'creed', 'greed', 'heed', 'weed', 'steed', 'deed', 'feed', 'reed', 'sled', 'bled', 'fled', 'ted', 'ned', 'fred', 'ed', 'med', 'ped', 'sped', 'shred']);

const SENTENCE_END = /[.!?](?=[\s"”’)\]]|$)|\n/;

/**
 * Sentence bounds around [start, end), capped at WINDOW characters each side.
 *
 * @example
 * sentenceAround('He left. She will go Monday.', 21, 27); // { start: 8, end: 28 }
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = Math.max(0, start - WINDOW);
  const before = text.slice(from, start);
  let cut = -1;
  const re = new RegExp(SENTENCE_END.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(before)) !== null) {
    // an abbreviation like 'Dec.' or 'U.S.' does not end a sentence
    if (m[0] === '.' && /\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Gen|Gov|Sen|Rep|Lt|Col|Inc|Corp|Co|Jr|vs)$/.test(before.slice(0, m.index))) continue;
    cut = m.index + 1;
  }
  if (cut >= 0) from += cut;
  const afterLimit = Math.min(text.length, end + WINDOW);
  const after = text.slice(end, afterLimit);
  const endMatch = SENTENCE_END.exec(after);
  return { start: from, end: endMatch ? end + endMatch.index + 1 : afterLimit };
}

type Marker = { tense: Tense; at: number; weight: number };

function markerOf(word: string, prev: string, prev2: string): Tense | null {
  if (word === 'will' || word === "'ll" || word === 'shall' || word === 'wo') return 'future';
  if (word === 'going' ) return null;
  if (FUTURE_WORDS.has(word)) {
    // 'was scheduled to', 'were expected to': the plan was made in the past; a news reader
    // takes the event as already reached (the most recent such day).
    if (prev === 'was' || prev === 'were' || prev === 'had' || prev2 === 'had') return 'past';
    if (word === 'set' || word === 'due' || word === 'plan' || word === 'coming' || word === 'until' || word === 'till') {
      return prev === 'is' || prev === 'are' || prev === 'be' || prev === "'s" || word === 'coming' ? 'future' : null;
    }
    return 'future';
  }
  if (REPORTING.has(word)) return null;
  // intention reported in the past still points ahead: "planned a rally on Saturday"
  if (word === 'planned' || word === 'planning' || word === 'intended') return 'future';
  if (PAST_IRREGULAR.has(word)) return 'past';
  if (PRESENT_WORDS.has(word)) return 'present';
  if (word.length > 4 && word.endsWith('ed') && !ED_EXCEPTIONS.has(word)) {
    // 'has been', 'is expected' style participles: present perfect or passive
    if (prev === 'has' || prev === 'have' || prev === 'is' || prev === 'are' || prev === 'be' || prev === 'being') return 'present';
    return 'past';
  }
  return null;
}

/**
 * Tense of the clause around [start, end): the nearest tense marker in the sentence wins
 * (future auxiliaries and 'next'/'upcoming', past-tense verbs, present 'is/are/says').
 *
 * @example
 * tenseAround('He will speak with Zelenskiy on Thursday.', 31, 39); // 'future'
 * tenseAround('The leaders held a summit Tuesday.', 26, 33);        // 'past'
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const sentence = sentenceAround(text, start, end);
  const words = /[\p{L}']+/gu;
  const before = text.slice(sentence.start, start).toLowerCase();
  const after = text.slice(end, sentence.end).toLowerCase();
  const markers: Marker[] = [];
  const scan = (part: string, offset: number, side: 'before' | 'after') => {
    const list: { w: string; at: number }[] = [];
    words.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = words.exec(part)) !== null) list.push({ w: m[0].replace(/^'+|'+$/g, (q) => (m![0].startsWith("'ll") ? q : '')), at: m.index });
    for (let i = 0; i < list.length; i++) {
      const token = list[i]!;
      let w = token.w;
      if (w.endsWith("'ll")) w = "'ll";
      const tense = markerOf(w, list[i - 1]?.w ?? '', list[i - 2]?.w ?? '');
      if (!tense) continue;
      const distance = side === 'before' ? part.length - token.at : token.at;
      markers.push({ tense, at: distance, weight: side === 'before' ? 1 : 1.3 });
    }
  };
  scan(before, sentence.start, 'before');
  scan(after, end, 'after');
  if (markers.length === 0) return 'unknown';
  let best = markers[0]!;
  for (const m of markers) if (m.at * m.weight < best.at * best.weight) best = m;
  // A future auxiliary anywhere before the expression in its clause dominates a nearer
  // past participle ('will be held ... on Monday').
  if (best.tense === 'present' && /\b(?:will|shall|'ll|is going to|are going to)\b/.test(before.slice(-120)) && !/[;:]|\bsaid\b|\bwhen\b|\bafter\b/.test(before.slice(before.search(/\b(?:will|shall|'ll|is going to|are going to)\b[^]*$/)))) {
    return 'future';
  }
  return best.tense;
}
