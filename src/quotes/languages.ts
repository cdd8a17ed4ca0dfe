/**
 * Attribution in the article's own language (French, Spanish, Portuguese, Italian, German,
 * Dutch): the English rules of `attribute.ts` read English cues and grammar, so a quote in
 * another language is attributed here, by the general orders of news writing there:
 *
 * - after the quote, a cue then its subject (the inverted order is the norm in these
 *   languages): «…», a déclaré le ministre X / „…“, sagte er / “…”, según X / “…”, aldus X;
 * - after the quote, a subject then its cue: «…», X a déclaré;
 * - before the quote, a subject and its cue: X afirmó: «…» / X a déclaré que «…»;
 * - before the quote, a source word: Selon X, «…» / Laut X „…“.
 *
 * The speaker is the nearest person or organization the entity stage found in the phrase
 * beside the cue, else a role noun phrase ("le ministre" → a nominal speaker, as in English),
 * else a subject pronoun ("sagte er", "a-t-il déclaré"), else a run of capitalized words.
 * The cue words are the data of `lexicon/speech-verbs-languages.ts`. Every look is a bounded
 * window beside the quote's marks, so the pass stays linear in the text.
 */
import type { Entity } from '../core/types.js';
import { LANGUAGE_CUES, type LanguageCues } from '../lexicon/speech-verbs-languages.js';
import { escapeRegExp } from '../lexicon/pattern.js';
import type { ScannedQuote } from './scan.js';
import { entityMention, type EntityIndex, type SpeakerMention } from './speaker.js';

/** How far (in characters) beside a quote a cue and its speaker are looked for. */
const WINDOW = 160;
/** At most this many words in a speaker phrase. */
const MAX_PHRASE_WORDS = 8;

/**
 * A quote's attribution in its language: the cue's span and the speaker mention (null when
 * the cue stands with no readable speaker; the quote is speech all the same).
 *
 * @example
 * const a: LanguageAttribution = { cue: { start: 26, end: 37 }, speaker: null };
 */
export interface LanguageAttribution {
  cue: { start: number; end: number };
  speaker: SpeakerMention | null;
}

/** The patterns of one language, built once from its cue data. */
interface Patterns {
  cues: LanguageCues;
  /** A cue at the start of the input: group 1 the whole cue, group 2 a glued pronoun. */
  cueAtStart: RegExp;
  /** A cue usable before a quote, ending the input: group 1 the cue. */
  cueAtEnd: RegExp;
  /** A source word ("selon") at the start of the input. */
  accordingAtStart: RegExp;
  /** The reporting verb forms (not the source words). */
  verbs: ReadonlySet<string>;
  definite: ReadonlySet<string>;
  indefinite: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  stops: ReadonlySet<string>;
}

const WORD_END = '(?![\\p{L}\\p{N}])';
const WORD_START = '(?<![\\p{L}\\p{N}])';

/** Alternatives of forms, longest first, spaces as any run of white space. */
function alternation(forms: readonly string[]): string {
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map((f) => escapeRegExp(f).replace(/ /gu, '\\s+'))
    .join('|');
}

/** A verb form with a pronoun glued after its first word ("a-t-il déclaré", "ajoute-t-elle"). */
function withClitic(form: string, clitics: string): string {
  const [first, ...rest] = form.split(' ');
  const head = `${escapeRegExp(first!)}(${clitics})?`;
  return rest.length ? `${head}\\s+${rest.map(escapeRegExp).join('\\s+')}` : head;
}

const PATTERNS = new Map<string, Patterns>();

function patternsOf(language: string): Patterns | null {
  const known = PATTERNS.get(language);
  if (known) return known;
  const cues = LANGUAGE_CUES.get(language);
  if (!cues) return null;
  const clitics = cues.clitics ? alternation(Object.keys(cues.clitics)) : '';
  const forms = [...cues.verbs, ...cues.afterOnly, ...cues.according].sort((a, b) => b.length - a.length);
  // one group per form (the glued pronoun, or empty): `after` finds the one that matched
  const after = clitics
    ? forms.map((f) => withClitic(f, clitics)).join('|')
    : forms.map((f) => `${escapeRegExp(f).replace(/ /gu, '\\s+')}()`).join('|');
  const p: Patterns = {
    cues,
    cueAtStart: new RegExp(`^(?:${after})${WORD_END}`, 'iu'),
    cueAtEnd: new RegExp(
      `${WORD_START}(${alternation(cues.verbs)})\\s*(?:[:,]\\s*)?(?:(?:${alternation(cues.complementizers)})\\s*)?$`,
      'iu',
    ),
    accordingAtStart: new RegExp(`^(?:${alternation(cues.according)})${WORD_END}`, 'iu'),
    verbs: new Set(cues.verbs),
    definite: new Set(cues.definite),
    indefinite: new Set(cues.indefinite),
    roles: new Set(cues.roles),
    stops: new Set(cues.stops),
  };
  PATTERNS.set(language, p);
  return p;
}

/**
 * True when reporting cues of the language are known (English is read by `attribute.ts`).
 *
 * @example
 * hasLanguageCues('fra'); // true
 * hasLanguageCues('eng'); // false
 */
export function hasLanguageCues(language: string): boolean {
  return LANGUAGE_CUES.has(language);
}

/** A word of a phrase, with its offsets in the text. */
interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * The speaker phrase starting at `from`: its words up to a punctuation mark, a stop word
 * (a preposition or a conjunction opening what follows), a quotation mark or the word limit.
 */
function phraseAfter(text: string, from: number, p: Patterns): Word[] {
  const out: Word[] = [];
  const window = text.slice(from, from + WINDOW); // bounded, so a long run of spaces is read once
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[^\s\p{L}\p{N}]|\n/gu;
  for (let m = re.exec(window); m && out.length < MAX_PHRASE_WORDS; m = re.exec(window)) {
    let w = m[0];
    if (!/^[\p{L}\p{N}]/u.test(w)) break; // punctuation, a mark or a line break ends the phrase
    // an elided article keeps its apostrophe with it ("l’ancien ministre" → "l’", "ancien")
    const elided = /^(\p{L}{1,2}['’])\p{L}/u.exec(w);
    if (elided) {
      w = elided[1]!;
      re.lastIndex = m.index + w.length;
    }
    w = w.replace(/\.$/u, '');
    const lower = w.toLowerCase();
    if (out.length > 0 && p.stops.has(lower)) break;
    out.push({ text: w, lower, start: from + m.index, end: from + m.index + w.length });
  }
  return out;
}

/** The words of the clause ending at `to`, back to its start (a sentence end or a quote), within the window. */
function clauseBefore(text: string, to: number): Word[] {
  const from = Math.max(0, to - WINDOW);
  const slice = text.slice(from, to);
  let cut = -1;
  for (const c of '.!?;:\n«»“”„"') cut = Math.max(cut, slice.lastIndexOf(c));
  const out: Word[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
  re.lastIndex = cut + 1;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const w = m[0].replace(/\.$/u, '');
    out.push({ text: w, lower: w.toLowerCase(), start: from + m.index, end: from + m.index + w.length });
  }
  return out;
}

/** The phrase right before a cue: the clause's words after its last stop word, at most the word limit. */
function phraseBefore(clause: readonly Word[], p: Patterns): Word[] {
  let k = clause.length;
  while (k > 0 && clause.length - k < MAX_PHRASE_WORDS && !p.stops.has(clause[k - 1]!.lower)) k--;
  return clause.slice(k);
}

/** Entity mentions (person or organization) that start in [from, to), in text order. */
function mentionsIn(index: EntityIndex, from: number, to: number): { start: number; end: number; entity: Entity }[] {
  const ms = index.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: { start: number; end: number; entity: Entity }[] = [];
  for (let k = lo; k < ms.length && ms[k]!.start < to; k++) {
    const t = ms[k]!.entity.type;
    if (t === 'person' || t === 'organization') out.push(ms[k]!);
  }
  return out;
}

function isRole(lower: string, p: Patterns): boolean {
  if (p.roles.has(lower)) return true;
  if (!p.cues.compoundRoles) return false;
  for (const r of p.roles) if (lower.length > r.length + 2 && lower.endsWith(r)) return true;
  return false;
}

/**
 * The speaker read in a phrase: the entity nearest the cue, a role phrase, a pronoun, or a
 * capitalized name run. `nearEnd`: the cue follows the phrase (the nearest entity is the last).
 */
function speakerIn(words: readonly Word[], p: Patterns, index: EntityIndex, nearEnd: boolean): SpeakerMention | null {
  if (words.length === 0) return null;
  const from = words[0]!.start;
  const to = words[words.length - 1]!.end;
  const found = mentionsIn(index, from, to);
  const m = nearEnd ? found[found.length - 1] : found[0];
  if (m) return entityMention(m.entity, m.start, m.end);
  // a pronoun: "sagte er", "Il a déclaré"
  const pronounAt = nearEnd ? words.length - 1 : 0;
  const pronoun = p.cues.pronouns[words[pronounAt]!.lower];
  if (pronoun && (nearEnd || words.length === 1 || !/^\p{Lu}/u.test(words[1]!.text))) {
    const w = words[pronounAt]!;
    return { start: w.start, end: w.end, name: w.text, referent: 'person', pronoun };
  }
  // a capitalized name run, after an optional role ("Finanzminister Karl Brenner", "Sánchez")
  let k = 0;
  if (p.definite.has(words[0]!.lower) || p.indefinite.has(words[0]!.lower)) k++;
  while (k < words.length && isRole(words[k]!.lower, p)) k++;
  let e = k;
  while (e < words.length && e - k < 4 && /^\p{Lu}\p{Ll}/u.test(words[e]!.text) && !isRole(words[e]!.lower, p)) e++;
  if (e > k) {
    const first = words[k]!;
    const last = words[e - 1]!;
    const name = words
      .slice(k, e)
      .map((w) => w.text)
      .join(' ');
    return { start: first.start, end: last.end, name, referent: e - k >= 2 || k > 0 ? 'person' : 'unknown' };
  }
  // a role phrase: "le ministre", "un responsable", "die Sprecherin"
  for (let r = 0; r < words.length && r < 4; r++) {
    if (!isRole(words[r]!.lower, p)) continue;
    const opener = words[0]!.lower;
    if (r > 0 && !p.definite.has(opener) && !p.indefinite.has(opener)) return null;
    const start = words[0]!.start;
    const end = words[r]!.end;
    const name = words
      .slice(p.definite.has(opener) || p.indefinite.has(opener) ? 1 : 0, r + 1)
      .map((w) => w.text)
      .join(' ');
    const mention: SpeakerMention = { start, end, name, referent: 'person', nominal: true };
    if (p.indefinite.has(opener)) mention.anonymous = true;
    return mention;
  }
  return null;
}

/**
 * The attribution of a quote in its language (see the module header), or null when no cue of
 * the language stands beside it, or the language has none listed.
 *
 * @example
 * const text = '« Nous devons agir vite », a déclaré le ministre Paul Verdier.';
 * attributeInLanguage(text, scanQuotes(text)[0]!, 'fra', indexEntities(extractEntities(text, { language: 'fra' })));
 * // { cue: { start: 27, end: 37 }, speaker: { name: 'Paul Verdier', ... } }
 */
export function attributeInLanguage(
  text: string,
  quote: ScannedQuote,
  language: string,
  index: EntityIndex,
): LanguageAttribution | null {
  const p = patternsOf(language);
  if (!p) return null;
  return after(text, quote, p, index) ?? before(text, quote, p, index);
}

/** «…», a déclaré X / «…», X a déclaré / «…», selon X. */
function after(text: string, quote: ScannedQuote, p: Patterns, index: EntityIndex): LanguageAttribution | null {
  let k = quote.close;
  // a comma (or a dash) joins the clause: inside the marks ("…," afirmó) or after them
  const comma = /^[ \t]*[,—–-]?[ \t]*/u.exec(text.slice(k, k + 8))![0];
  const inside = /[,!?]$/u.test(text.slice(quote.start, quote.end));
  if (!/[,—–-]/u.test(comma) && !inside) return null;
  k += comma.length;
  const window = text.slice(k, k + WINDOW);
  // the inverted order: cue, then its subject
  const cue = p.cueAtStart.exec(window);
  if (cue) {
    const cueEnd = k + cue[0].length;
    const glued = cue.slice(1).find((g) => g !== undefined && g !== '');
    const clitic = glued ? p.cues.clitics?.[glued.toLowerCase()] : undefined;
    if (clitic) {
      // "a-t-il déclaré": the pronoun is the word after the hyphens
      const word = glued!.replace(/^-(?:t-)?/u, '');
      const at = k + cue[0].toLowerCase().indexOf(glued!.toLowerCase()) + glued!.length - word.length;
      const speaker: SpeakerMention = {
        start: at,
        end: at + word.length,
        name: word,
        referent: 'person',
        pronoun: clitic,
      };
      return { cue: { start: k, end: cueEnd }, speaker };
    }
    const speaker = speakerIn(phraseAfter(text, cueEnd, p), p, index, false);
    // a source word is a cue only with its source ("«…», selon X"; not "„…“, so dass")
    if (!speaker && !p.verbs.has(cue[0].toLowerCase().replace(/\s+/gu, ' '))) return null;
    return { cue: { start: k, end: cueEnd }, speaker };
  }
  // the subject, then its cue: «…», le ministre a déclaré
  const words = phraseAfter(text, k, p);
  for (let w = 1; w < words.length; w++) {
    const rest = text.slice(words[w]!.start, words[w]!.start + 40);
    const late = p.cueAtStart.exec(rest);
    if (!late || p.accordingAtStart.test(rest) || p.cues.afterOnly.includes(words[w]!.lower)) continue;
    const speaker = speakerIn(words.slice(0, w), p, index, true);
    if (!speaker) return null;
    return { cue: { start: words[w]!.start, end: words[w]!.start + late[0].length }, speaker };
  }
  return null;
}

/** X a déclaré : «…» / X afirmó que «…» / Selon X, «…». */
function before(text: string, quote: ScannedQuote, p: Patterns, index: EntityIndex): LanguageAttribution | null {
  const from = Math.max(0, quote.open - WINDOW);
  const lead = text.slice(from, quote.open).replace(/\s+$/u, '');
  const cue = p.cueAtEnd.exec(lead);
  if (cue) {
    const cueStart = from + cue.index;
    const cueEnd = cueStart + cue[1]!.length;
    const speaker = speakerIn(phraseBefore(clauseBefore(text, cueStart), p), p, index, true);
    return { cue: { start: cueStart, end: cueEnd }, speaker };
  }
  // Selon X, «…»: the source word opens the phrase before the quote
  const clause = clauseBefore(text, from + lead.length);
  for (let w = clause.length - 1; w >= 0 && clause.length - w <= MAX_PHRASE_WORDS + 1; w--) {
    const word = clause[w]!;
    if (!p.accordingAtStart.test(word.text)) continue;
    const source = clause.slice(w + 1);
    if (source.length === 0 || !/,\s*$/u.test(lead)) return null;
    const speaker = speakerIn(source, p, index, false);
    return speaker ? { cue: { start: word.start, end: word.end }, speaker } : null;
  }
  return null;
}
