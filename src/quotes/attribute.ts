/**
 * Attribution: finds the cue and the speaker phrase of each quotation inside its sentence.
 *
 * Rules, tried in order for each quote (every order news writing uses):
 * 1. `after`   — a reporting clause right after the quote: “Q,” X said / “Q,” said X /
 *                “Q,” X, a Y, added / “Q”, a military source told / “Q,” according to X.
 * 2. `before`  — a reporting cue shortly before the quote: X said: “Q” / X said that “Q” /
 *                X told reporters “Q” / According to X, “Q”.
 * 3. `clause`  — the sentence's closing reporting clause covers every quote before it:
 *                Biden “voiced …” and vowed “…”, the White House said in its readout;
 *                then a framing verb shortly before the quote (X vowed “Q”).
 * 4. `sentence` — the nearest cue before the quote in the sentence, then the nearest
 *                reporting cue after it.
 * The speaker of a cue is the phrase before it (skipping adverbs, an appositive or a
 * parenthesis), the phrase after it when the cue is inverted (“Q,” said X), the phrase after
 * "according to", or the sentence's subject for a participle or a coordinated verb
 * ("…, adding that", "… and said"). Passive forms ("it was reported") and nouns ("the call")
 * are not cues. All walks are bounded, so attribution is linear in the number of tokens.
 */
import {
  BETWEEN_SUBJECT_AND_CUE,
  DOCUMENT_NOUNS,
  NP_STOP,
  PASSIVE_AUX,
  PERSON_ROLES,
  POSSESSIVE_PRONOUNS,
  DETERMINERS,
  PRONOMINAL_QUANTIFIERS,
  STUDY_NOUNS,
} from './speaker-words.js';
import { PLURAL_QUANTIFIERS } from '../lexicon/quantifiers.js';
import {
  CUE_NOUN_FORMS,
  CUE_WORDS,
  INVERTED_ONLY_CUES,
  STUDY_CUE_WORDS,
  phraseCueAt,
  type CueStrength,
} from '../lexicon/speech-verbs.js';
import {
  CONTRACTED_PRONOUN,
  MAX_APPOSITIVE_TOKENS,
  phraseEndingAt,
  phraseStartingAt,
  skipBetweenLeft,
  type NounPhrase,
} from './noun-phrase.js';
import type { RuleId } from './rules.js';
import { closingPastVerbAt, isPunct, wordAt, type Sentence, type Token } from './frame-tokens.js';

/**
 * A cue occurrence in a sentence: tokens [at, at + length).
 *
 * @example
 * const cue: Cue = { at: 3, length: 2, strength: 'reporting', according: true }; // "according to"
 */
export interface Cue {
  at: number;
  length: number;
  strength: CueStrength;
  according: boolean;
}

/**
 * How an attribution was found (for debugging and for the kind/speech decision).
 *
 * @example
 * // '“We will respond,” Kremlin spokesman Dmitry Peskov said.': the cue follows the quote
 * const rule: AttributionRule = 'after';
 */
export type AttributionRule = 'after' | 'before' | 'clause' | 'sentence' | 'continuation' | 'context';

/**
 * A quote's attribution: the speaker phrase and the cue, as token ranges of one sentence.
 *
 * @example
 * // '“We will respond,” Kremlin spokesman Dmitry Peskov said.'
 * const a: Attribution = { sentence: 0, np: { from: 1, to: 4, kind: 'name' },
 *   cue: { at: 5, length: 1, strength: 'reporting', according: false }, rule: 'after', id: 'after' };
 */
export interface Attribution {
  sentence: number;
  np: NounPhrase;
  cue: Cue | null;
  /** The rule family (for the kind decision). */
  rule: AttributionRule;
  /** The rule that won (see `rules.ts`). */
  id: RuleId;
}

// prettier-ignore
const IRREGULAR_PARTICIPLES = new Set(['said', 'told', 'written', 'thought', 'felt', 'sought']);

/** Base forms of cue verbs that are also common nouns. */
const NOUN_LIKE_BASES = new Set(
  (
    'comment report call claim note remark post charge demand promise answer hope attack ' +
    'tweet voice counter pledge vow label brand praise blast slam mock warning statement reply respond ' +
    'tout lament whisper quip joke dub rate term quote cite plea fault blame compare reference hail ' +
    'retort muse'
  ).split(' '),
);

// Participles that give a name ("called", "dubbed"): right before a quote they name the noun before them.
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set([
  'called',
  'dubbed',
  'named',
  'nicknamed',
  'labeled',
  'labelled',
  'titled',
  'entitled',
  'termed',
  'branded',
]);

/**
 * The cue starting at token `k`, or null.
 *
 * @example
 * // "according to Bloomberg" → { at: k, length: 2, strength: 'reporting', according: true }
 */
export function cueAt(tokens: readonly Token[], k: number): Cue | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  const next = tokens[k + 1];
  if (t.lower === 'according' && next?.lower === 'to')
    return { at: k, length: 2, strength: 'reporting', according: true };
  // "pointed out", "“…,” Trump went on", "as one editorial put it"
  if (phraseCueAt((i) => wordAt(tokens, i), k)) return { at: k, length: 2, strength: 'reporting', according: false };
  const prev = tokens[k - 1];
  // "the survey found that “…”": a finding verb right after a study, a poll or a document
  if (STUDY_CUE_WORDS.has(t.lower) && prev?.kind === 'word' && STUDY_NOUNS.has(prev.lower))
    return { at: k, length: 1, strength: 'reporting', according: false };
  const strength = CUE_WORDS.get(t.lower);
  if (!strength) return null;
  // A capitalized cue mid-sentence is a name ("State Department"), unless a quote just closed ("measures”Said").
  if (
    /^\p{Lu}/u.test(t.text) &&
    prev &&
    prev.kind !== 'quote' &&
    !(prev.kind === 'punct' && tokens[k - 2]?.kind === 'quote')
  )
    return null;
  if (
    prev &&
    prev.kind === 'punct' &&
    (prev.text === "'" || prev.text === '’') &&
    /s$/u.test(tokens[k - 2]?.lower ?? '')
  )
    return null;
  if (prev && prev.kind === 'word') {
    if (/['’]s$/u.test(prev.lower) && !CONTRACTED_PRONOUN.test(prev.lower)) return null; // "Russia’s claims": a noun
    // A bare form that is also a noun ("a controversial comment", "the report") is a verb only
    // after a plural or pronoun subject or an auxiliary ("they note", "would say").
    if (
      NOUN_LIKE_BASES.has(t.lower) &&
      !/^(i|we|they|you|will|would|did|do|does|to|can|could|should|may|might|must|not|also)$/u.test(prev.lower) &&
      !(prev.lower.endsWith('s') && !prev.lower.endsWith('ss'))
    )
      return null;
    // "the report", "a call" — but "Some chanted", "Many said": a quantifier standing for people
    if (
      DETERMINERS.has(prev.lower) &&
      prev.lower !== 'that' &&
      !(PRONOMINAL_QUANTIFIERS.has(prev.lower) && !CUE_NOUN_FORMS.has(t.lower) && !NOUN_LIKE_BASES.has(t.lower))
    )
      return null;
    // "other reports", "many Nordic states": a form that is also a plural noun, after an
    // adjective or within two words of a plural quantifier
    if (
      CUE_NOUN_FORMS.has(t.lower) &&
      (prev.tags?.has('Adjective') ||
        PLURAL_QUANTIFIERS.has(prev.lower) ||
        PLURAL_QUANTIFIERS.has(tokens[k - 2]?.lower ?? ''))
    )
      return null;
    // "a formula called the “chained index”", "a levy dubbed “the mansion tax”": a naming participle after a
    // common noun names that noun; nobody speaks
    if (
      NAMING_PARTICIPLES.has(t.lower) &&
      prev.tags?.has('Noun') &&
      !prev.tags.has('ProperNoun') &&
      !prev.tags.has('Pronoun') &&
      (next?.kind === 'quote' || (next && /^(a|an|the)$/u.test(next.lower) && tokens[k + 2]?.kind === 'quote'))
    )
      return null;
    const participle = t.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(t.lower);
    if (participle && PASSIVE_AUX.has(prev.lower)) return null; // "it was reported"
  }
  return { at: k, length: 1, strength, according: false };
}

/**
 * Cues of a sentence, with for every token the nearest cue at or before it and at or after it.
 *
 * @example
 * // tokens of '“We will respond,” Kremlin spokesman Dmitry Peskov said.' (quote, 5 words, '.')
 * const { cues, prev, next } = findCues(s.tokens);
 * cues; // [{ at: 5, length: 1, strength: 'reporting', according: false }] ("said")
 * Array.from(prev); // [-1, -1, -1, -1, -1, 0, 0]
 * Array.from(next); // [0, 0, 0, 0, 0, 0, -1]
 */
export interface SentenceCues {
  cues: Cue[];
  /** Index into `cues` of the last cue starting at or before token k, -1 when none. */
  prev: readonly number[];
  /** Index into `cues` of the first cue starting at or after token k, -1 when none. */
  next: readonly number[];
}

/**
 * Finds every cue of a sentence.
 *
 * @example
 * findCues(sentence.tokens).cues.length;
 */
export function findCues(tokens: readonly Token[]): SentenceCues {
  const cues: Cue[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const cue = cueAt(tokens, k);
    if (cue) {
      cues.push(cue);
      k += cue.length - 1;
    }
  }
  // plain arrays, filled in one pass each: small typed arrays cost more to allocate than they save
  const prev: number[] = [];
  const next: number[] = [];
  let c = -1;
  for (let k = 0; k < tokens.length; k++) {
    while (c + 1 < cues.length && cues[c + 1]!.at <= k) c++;
    prev.push(c);
  }
  c = 0; // the first cue at or after k (cues are in token order)
  for (let k = 0; k < tokens.length; k++) {
    while (c < cues.length && cues[c]!.at < k) c++;
    next.push(c < cues.length ? c : -1);
  }
  return { cues, prev, next };
}

/**
 * The subject of the sentence: its first noun phrase after introductory words and phrases.
 *
 * @example
 * // "In a statement, the campaign said …" → the phrase "the campaign"
 */
export function sentenceSubject(tokens: readonly Token[]): NounPhrase | null {
  let tagged = false;
  for (let k = 0; k < tokens.length && k < 8 && !tagged; k++) tagged = tokens[k]!.tags !== undefined;
  let first: NounPhrase | null = null;
  let i = tagged ? afterOpeningParticipleClause(tokens) : 0;
  for (let steps = 0; i < tokens.length && steps < 24; steps++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && (!NP_STOP.has(t.lower) || t.lower === 'it' || t.lower === 'he' || t.lower === 'she')) {
      const np = phraseStartingAt(tokens, i);
      // Without tags the first phrase is the subject; with tags, the first phrase a verb follows
      // ("Hours later, Trump returned …", "Brussels (AFP) – Liberal leader Anna Berg has taken …").
      if (!tagged) return np;
      if (np && verbFollows(tokens, np.to + 1)) return np;
      first ??= np;
      i = np ? np.to + 1 : i + 1;
      continue;
    }
    if (
      t.kind === 'word' &&
      NP_STOP.has(t.lower) &&
      /^(in|on|at|for|from|after|before|during|with|by|since|under|over|according)$/u.test(t.lower)
    ) {
      // Skip an introductory phrase up to its comma ("In a statement, …").
      let m = i + 1;
      while (m < tokens.length && m - i < 10 && !isPunct(tokens[m], ',')) m++;
      if (isPunct(tokens[m], ',')) {
        i = m + 1;
        continue;
      }
    }
    if (t.kind === 'quote') break;
    i++;
  }
  return first;
}

/**
 * "Asked whether the council erred, Ana Ruiz shot back: …", "Continuing to explain his plan, Lind
 * rejected …": a sentence that opens with a participle clause has its subject after the clause's
 * comma, never inside it. The index of the token after that comma, or 0 (also when the participle
 * modifies the noun after it: "Elected officials, angry at the cuts, said …").
 */
function afterOpeningParticipleClause(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (first?.kind !== 'word' || !first.tags?.has('Verb') || first.tags.has('ProperNoun')) return 0;
  if (!(first.tags.has('Gerund') || first.tags.has('PastTense') || first.tags.has('Participle'))) return 0;
  // "Retired teachers, angry at the cuts, said": a participle before a noun or an adjective modifies it
  const next = tokens[1];
  if (next?.kind === 'word' && (next.tags?.has('Noun') || next.tags?.has('Adjective')) && !next.tags.has('Pronoun'))
    return 0;
  for (let k = 1; k < tokens.length && k < 30; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || isPunct(t, '.;:!?')) return 0;
    if (isPunct(t, ',')) return k + 1;
  }
  return 0;
}

/**
 * With tags: a verb at `k`, after adverbs and auxiliaries, a parenthesis or an appositive between commas.
 *
 * @example
 * verbFollows(tokens, np.to + 1); // true for "Trump (R) has said"
 */
export function verbFollows(tokens: readonly Token[], k: number): boolean {
  let j = k;
  if (isPunct(tokens[j], '(')) {
    while (j < tokens.length && j - k < 12 && !isPunct(tokens[j], ')')) j++;
    j++;
  } else if (isPunct(tokens[j], ',')) {
    let m = j + 1;
    while (m < tokens.length && m - j < 16 && !isPunct(tokens[m], ',') && tokens[m]!.kind !== 'quote') m++;
    if (!isPunct(tokens[m], ',')) return false;
    j = m + 1;
  }
  for (let steps = 0; j < tokens.length && steps < 4; steps++, j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (t.tags?.has('Verb') && !t.tags.has('Noun')) return true;
    if (CUE_WORDS.has(t.lower)) return true;
    if (!t.tags?.has('Adverb') && !BETWEEN_SUBJECT_AND_CUE.has(t.lower)) return false;
  }
  return false;
}

/**
 * The speaker phrase of a cue.
 *
 * @example
 * // "Kremlin spokesman Dmitry Peskov said" → the phrase before "said"
 */
export function subjectOfCue(tokens: readonly Token[], cue: Cue): NounPhrase | null {
  if (cue.according) return phraseStartingAt(tokens, cue.at + 2);
  const b = skipBetweenLeft(tokens, cue.at - 1);
  const before = tokens[b];
  // “…,” saying the city …: a participle after a quote opens a clause of the sentence's subject, never an inversion.
  const participle = tokens[cue.at]!.lower.endsWith('ing') && cue.length === 1;
  const inverted =
    !participle && (b < 0 || before!.kind === 'quote' || (isPunct(before, ',—–') && tokens[b - 1]?.kind === 'quote'));
  if (inverted) {
    const np = phraseStartingAt(tokens, cue.at + cue.length);
    if (np) return namedInApposition(tokens, np);
    if (b < 0) return null;
  }
  // "…, says political journalist Tom Hale." / "…, said Dina Boluarte, a lawyer, …": a cue
  // after a comma with a phrase running to the end of the sentence or to a comma is inverted.
  if (isPunct(before, ',') && cue.strength === 'reporting' && !tokens[cue.at]!.lower.endsWith('ing')) {
    const np = phraseStartingAt(tokens, cue.at + cue.length);
    const next = np ? tokens[np.to + 1] : undefined;
    if (np && np.kind !== 'pronoun' && (!next || isPunct(next, '.,;(!?'))) return namedInApposition(tokens, np);
  }
  const lower = tokens[cue.at]!.lower;
  // "X, in particular, has been pounding": an auxiliary makes the -ing form progressive, not a participle clause.
  let progressive = false;
  for (let k = b + 1; k < cue.at; k++) if (AUXILIARIES.has(tokens[k]!.lower)) progressive = true;
  if (
    before &&
    (before.lower === 'and' ||
      before.lower === 'but' ||
      (lower.endsWith('ing') &&
        !progressive &&
        (isPunct(before, ',—–') ||
          before.kind === 'quote' ||
          /^(while|when|after|before|by|in|then)$/u.test(before.lower))))
  ) {
    const subject = sentenceSubject(tokens);
    return subject && subject.from < cue.at ? subject : null;
  }
  if (before && before.lower === 'who') {
    // "Reid, who called it “…”": the speaker is the relative pronoun as written, naming Reid.
    const np = phraseEndingAt(tokens, isPunct(tokens[b - 1], ',') ? b - 2 : b - 1, false);
    return np && np.kind !== 'pronoun' ? { ...np, relative: b } : np;
  }
  // "a statement that described …", "a letter which says …": the phrase the relative clause modifies.
  if (
    before &&
    (before.lower === 'that' || before.lower === 'which') &&
    b >= 1 &&
    tokens[b - 1]!.kind === 'word' &&
    !NP_STOP.has(tokens[b - 1]!.lower)
  ) {
    const np = phraseEndingAt(tokens, b - 1, false);
    if (np && np.kind !== 'pronoun') return issuedBy(tokens, np);
  }
  // "Trump took to Twitter to accuse …": the infinitive's subject is the sentence's.
  if (before && before.lower === 'to' && !inverted && CUE_WORDS.get(lower) === 'framing') {
    const subject = sentenceSubject(tokens);
    if (subject && subject.to < b) return subject;
  }
  if (inverted) return null;
  return issuedBy(tokens, skipModifiers(tokens, phraseEndingAt(tokens, b))) ?? beforeRelativeClause(tokens, b);
}

/** How far back, in tokens, a relative clause between a speaker and its cue may start. */
const MAX_RELATIVE_CLAUSE = 16;

/**
 * "a port clerk who asked us to withhold her name over internal planning said": when the words right
 * before the cue are no speaker, a relative clause ending there leaves the speaker before its
 * "who". The phrase before the nearest "who" (no quote or sentence mark between), or null. A
 * clause with a verb of its own separates the speaker from the cue; without one ("who in 2010
 * said") the relative pronoun is the subject as written, as right before a cue.
 */
function beforeRelativeClause(tokens: readonly Token[], b: number): NounPhrase | null {
  for (let w = b; w > 0 && b - w < MAX_RELATIVE_CLAUSE; w--) {
    const t = tokens[w]!;
    if (t.kind === 'quote' || isPunct(t, '.;:!?')) return null;
    if (t.lower !== 'who') continue;
    const np = phraseEndingAt(tokens, isPunct(tokens[w - 1], ',') ? w - 2 : w - 1, false);
    if (!np || np.kind === 'pronoun') return null;
    let verb = false;
    for (let k = w + 1; k <= b; k++) if (tokens[k]!.tags?.has('Verb')) verb = true;
    return verb ? np : { ...np, relative: w };
  }
  return null;
}

/**
 * "She put out a statement urging …", "The mayor released an ad that calls it …": a document
 * that is the object of the sentence's verb speaks for the sentence's subject, who issued it.
 */
function issuedBy(tokens: readonly Token[], np: NounPhrase | null): NounPhrase | null {
  if (!np || np.kind !== 'nominal' || np.from === 0) return np;
  if (!DOCUMENT_NOUNS.has(tokens[np.to]!.lower)) return np;
  const verb = tokens[np.from - 1]!;
  if (verb.kind !== 'word' || !verb.tags?.has('Verb')) return np;
  const subject = sentenceSubject(tokens);
  return subject && subject.to < np.from - 1 && !DOCUMENT_NOUNS.has(tokens[subject.to]!.lower) ? subject : np;
}

/**
 * "said the president of the region, Marco Bianchi, …": a name in apposition right after a
 * role phrase names the speaker. A role whose field is capitalized ("the councillor of
 * Agriculture, Ana Ruiz") reads as a name phrase; its lower-case first word shows the role.
 * Any other phrase comes back as it was.
 *
 * @example
 * // tokens of "the mayor of Ruda, Paul Gray, declared", np = "the mayor of Ruda" → "Paul Gray"
 */
export function namedInApposition(tokens: readonly Token[], np: NounPhrase): NounPhrase {
  if (np.kind !== 'nominal' && !(np.kind === 'name' && opensWithRoleWord(tokens, np))) return np;
  // (past a place or field the role runs on in: "the Secretary of Economy of the state, …")
  let comma = np.to + 1;
  if (ROLE_EXTENSION.test(tokens[comma]?.lower ?? ''))
    while (comma <= np.to + MAX_ROLE_EXTENSION && tokens[comma]?.kind === 'word') comma++;
  if (!isPunct(tokens[comma], ',')) return np;
  const named = phraseStartingAt(tokens, comma + 1);
  if (!named || named.kind !== 'name') return np;
  const after = tokens[named.to + 1];
  return !after || isPunct(after, ',.;') ? named : np;
}

const ROLE_EXTENSION = /^(?:of|for|in|at)$/u;
const MAX_ROLE_EXTENSION = 6;

// The first word after a determiner is in lower case ("the regional councillor of Agriculture")
// or a person's role ("Minister of Finance").
function opensWithRoleWord(tokens: readonly Token[], np: NounPhrase): boolean {
  const first = DETERMINERS.has(tokens[np.from]!.lower) ? np.from + 1 : np.from;
  return first < np.to && (/^\p{Ll}/u.test(tokens[first]!.text) || PERSON_ROLES.has(tokens[first]!.lower));
}

// prettier-ignore
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'has', 'have', 'had', 'will', 'would']);

const PREPOSITIONS = /^(in|at|on|from|through|across|near|outside|inside|around|with|among)$/u;

/**
 * A phrase that is the object of a preposition or of a participle is not the subject: walk
 * back to the head it modifies ("Fans waiting outside the stadium sang",
 * "Officials in Washington said").
 */
function skipModifiers(tokens: readonly Token[], np: NounPhrase | null): NounPhrase | null {
  if (!np || np.kind === 'pronoun') return np;
  let k = np.from - 1;
  if (!tokens[k] || !PREPOSITIONS.test(tokens[k]!.lower)) return np;
  k--;
  if (tokens[k]?.kind === 'word' && tokens[k]!.lower.endsWith('ing') && !CUE_WORDS.has(tokens[k]!.lower)) k--;
  const head = k >= 0 ? phraseEndingAt(tokens, k, false) : null;
  return head && head.kind !== 'pronoun' ? head : np;
}

function skipBetweenRight(tokens: readonly Token[], i: number): number {
  let k = i;
  let steps = 0;
  while (k < tokens.length && steps < 3 && tokens[k]!.kind === 'word' && skipBetweenLeft(tokens, k) === k - 1) {
    k++;
    steps++;
  }
  return k;
}

/**
 * "― Mara Quist." after a quote: the name's phrase when token `j` is a dash followed by a phrase
 * that is no pronoun and that the clause's end or one of `closers` follows; else null. Read
 * after a quote in its sentence (rule 1) and on the line that signs a quote (pass.ts).
 *
 * @example
 * nameAfterDash(tokens, 1, '.,;'); // the phrase "Mara Quist" in the tokens of "— Mara Quist."
 */
export function nameAfterDash(tokens: readonly Token[], j: number, closers: string): NounPhrase | null {
  if (!isPunct(tokens[j], '―—–-')) return null;
  const np = phraseStartingAt(tokens, j + 1);
  if (!np || np.kind === 'pronoun') return null;
  const after = tokens[np.to + 1];
  return !after || isPunct(after, closers) ? np : null;
}

/** Rule 1: a reporting clause right after the quote. */
function attributeAfter(tokens: readonly Token[], qi: number): { np: NounPhrase; cue: Cue | null } | null {
  let j = qi + 1;
  // “Q” ― Name: a dash and a name closing the sentence (epigraphs, reader quotes).
  if (tokens[qi]!.kind === 'quote') {
    const np = nameAfterDash(tokens, j, '.,(;');
    if (np) return { np, cue: null };
  }
  for (let steps = 0; steps < 2 && isPunct(tokens[j], ',—–-'); steps++) j++;
  // “…,” as a memo put it / as she said: the speaker inside an "as" clause.
  if (tokens[j]?.lower === 'as' && (j > qi + 1 || /,$/u.test(tokens[qi]!.text))) {
    const np = phraseStartingAt(tokens, j + 1);
    const cue = np ? cueAt(tokens, skipBetweenRight(tokens, np.to + 1)) : null;
    if (np && cue && !cue.according) return { np, cue };
  }
  // “…,” were his words / was her reply: the possessor of what the quote is said to be
  if (COPULAS.has(tokens[j]?.lower ?? '') && (j > qi + 1 || /[,.!?…]$/u.test(tokens[qi]!.text))) {
    const owner = possessorAfterCopula(tokens, j + 1);
    if (owner) return { np: owner, cue: { at: j, length: 1, strength: 'reporting', according: false } };
  }
  const direct = cueAt(tokens, j);
  // “Q,” said X needs the comma (inside or outside the marks) or a capitalized cue glued to a
  // broken mark ("measures”Said"); “unmistakably” suggests … is the quote as a subject.
  const quoteText = tokens[qi]!.text;
  const invertible = j > qi + 1 || /[,.!?…]$/u.test(quoteText) || /^\p{Lu}/u.test(tokens[j]?.text ?? '');
  if (direct && (invertible || direct.according)) {
    // “…”, recalling the summit: a participle clause after the quote is the subject's, never inverted.
    if (!direct.according && direct.length === 1 && tokens[j]!.lower.endsWith('ing')) {
      const subject = sentenceSubject(tokens);
      return subject && subject.to < qi ? { np: subject, cue: direct } : null;
    }
    const np = direct.according ? phraseStartingAt(tokens, j + 2) : phraseStartingAt(tokens, j + direct.length);
    return np ? { np: namedInApposition(tokens, np), cue: direct } : null;
  }
  // “…,” affirmed the minister, Ana Ruiz. — a verb only a translation puts before its subject,
  // right after a quote that opens the sentence and is closed by a comma: the phrase after it
  // is the speaker ("The report, “a failure,” considered …" is no such frame)
  if (!direct && qi === 0 && INVERTED_ONLY_CUES.has(tokens[j]?.lower ?? '') && (j > qi + 1 || /,$/u.test(quoteText))) {
    const np = phraseStartingAt(tokens, j + 1);
    if (np && np.kind !== 'pronoun')
      return { np: namedInApposition(tokens, np), cue: { at: j, length: 1, strength: 'reporting', according: false } };
  }
  const np = phraseStartingAt(tokens, j);
  if (!np) return null;
  let speaker = np;
  let e = np.to + 1;
  if (isPunct(tokens[e], ',(')) {
    // An appositive or a parenthesis between the speaker and the cue.
    const close = tokens[e]!.text === '(' ? ')' : ',';
    const m = closingMark(tokens, e + 1, close, e + 25);
    if (m >= 0) {
      // "Lee's cousin, city councillor Ana Ruiz (D-Eastside), shouted": the name in apposition to a role.
      if (close === ',' && np.kind === 'nominal') {
        const named = phraseEndingAt(tokens, m - 1, false);
        if (named && named.kind === 'name' && named.from > e) speaker = named;
      }
      e = m + 1;
      if (close === ')' && isPunct(tokens[e], ',')) {
        // "Sen. Tom Ward (R-Ore.), the party whip …, added"
        const n = closingMark(tokens, e + 1, ',', e + 25);
        if (n >= 0) e = n + 1;
      }
    }
  }
  let cue = cueAt(tokens, skipBetweenRight(tokens, e));
  // "Mara Olsen, 58, a retired nurse in Bergen, Norway, said": an appositive of several
  // comma-separated parts (age, role, place), as long as a cue follows the last one.
  if (isPunct(tokens[np.to + 1], ',')) {
    for (let parts = 1; !cue && parts < MAX_APPOSITIVE_PARTS; parts++) {
      const n = closingMark(tokens, e, ',', np.to + MAX_APPOSITIVE_TOKENS + 2);
      if (n <= e) break; // none, or an empty part
      e = n + 1;
      cue = cueAt(tokens, skipBetweenRight(tokens, e));
    }
  }
  // “…,” it recommended. / “…?” the host pressed. — a verb our table lacks, in the one frame that leaves no other reading
  if (!cue && (j > qi + 1 || /[,?!]$/u.test(quoteText)))
    cue = unlistedReportingVerb(tokens, skipBetweenRight(tokens, e));
  if (cue && !cue.according) return { np: speaker, cue };
  return null;
}

/** True when the cue is followed by a comma or a colon and a quote: He added, “…” / she wrote: “…”. */
function introducesQuote(tokens: readonly Token[], cue: Cue): boolean {
  const k = cue.at + cue.length;
  return isPunct(tokens[k], ',:') && tokens[k + 1]?.kind === 'quote';
}

/**
 * A past-tense verb outside the cue table that closes an inverted attribution: after “…,”
 * (or “…?” / “…!”) and its subject, the verb ends the sentence or opens the next part of the
 * quote (“…,” it recommended. / “…,” she emailed, “…” / “…?” the host pressed.). A quote closed
 * by a comma is an unfinished sentence, and the clause that finishes it is its attribution,
 * whatever its verb; a question or an exclamation followed by its subject and a verb that ends
 * the sentence reads the same way.
 */
function unlistedReportingVerb(tokens: readonly Token[], k: number): Cue | null {
  return closingPastVerbAt(tokens, k) ? { at: k, length: 1, strength: 'reporting', according: false } : null;
}

// An appositive between a speaker and its cue: at most this many comma-separated parts (and
// about MAX_APPOSITIVE_TOKENS tokens from the speaker to the cue).
const MAX_APPOSITIVE_PARTS = 4;

/**
 * The first `close` mark in tokens [from, end) before the clause ends (a quote or . ; ! ?), or -1:
 * where an appositive or a parenthesis between a speaker and its cue closes.
 */
function closingMark(tokens: readonly Token[], from: number, close: string, end: number): number {
  for (let k = from; k < end && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isPunct(t, close)) return k;
    if (t.kind === 'quote' || isPunct(t, '.;!?')) return -1;
  }
  return -1;
}

const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/**
 * "his words", "her curt reply", "their attempts at an explanation" closing the sentence: the
 * possessive pronoun, as the speaker phrase. A possessive that is not followed by one to five
 * lowercase words and the end of the clause ("was her husband’s idea of a joke, she said") is not taken.
 */
function possessorAfterCopula(tokens: readonly Token[], k: number): NounPhrase | null {
  if (!POSSESSIVE_PRONOUNS.has(tokens[k]?.lower ?? '')) return null;
  let e = k + 1;
  while (e < tokens.length && e - k <= 5 && tokens[e]!.kind === 'word' && /^\p{Ll}+$/u.test(tokens[e]!.text)) e++;
  if (e === k + 1) return null;
  return e === tokens.length || isPunct(tokens[e], '.;!?') ? { from: k, to: k, kind: 'pronoun' } : null;
}

/** Rule 2: a cue shortly before the quote. */
function attributeBefore(tokens: readonly Token[], qi: number): { np: NounPhrase; cue: Cue } | null {
  let j = qi - 1;
  for (let steps = 0; steps < 3 && j >= 0 && (isPunct(tokens[j], ':,—–') || tokens[j]!.lower === 'that'); steps++) j--;
  for (let c = j; c >= 0 && j - c <= 10; c--) {
    const t = tokens[c]!;
    if (t.kind === 'quote' || isPunct(t, '.;!?')) break;
    let cue = cueAt(tokens, c);
    if (!cue && t.lower === 'to') cue = cueAt(tokens, c - 1);
    if (!cue) continue;
    if (cue.strength === 'framing' && j - c > 6) continue;
    const np = subjectOfCue(tokens, cue);
    if (np) return { np, cue };
    return null;
  }
  return null;
}

/** Words before "as" that make it a comparison or a name, not a characterization ("known as", "such as"). */
/** Function words that may sit in an active characterizing clause ("has gone after", "would also paint"). */
const CHARACTERIZING_CLAUSE_WORDS =
  /^(?:has|have|had|will|would|after|at|on|to|up|out|down|off|also|again|still|repeatedly|just|even|often|once|long)$/u;

const NOT_CHARACTERIZING =
  /^(known|such|so|same|just|much|many|well|soon|long|far|referred|seen|regarded|viewed|described|billed|designated)$/u;

/**
 * "The senator praises the governor as a “true reformer”", "Ward has attacked the mayor as a “fraud”":
 * the subject of an active clause that casts someone as a quoted phrase. Not for passives
 * ("is being criticized as a “…”") nor names ("known as the “Gang of Eight”").
 */
function characterization(tokens: readonly Token[], qi: number): NounPhrase | null {
  let k = qi - 1;
  if (tokens[k] && /^(a|an|the)$/u.test(tokens[k]!.lower)) k--;
  const as = tokens[k];
  if (!as || as.lower !== 'as' || k < 3) return null;
  const prev = tokens[k - 1]!;
  if (prev.kind !== 'word' || NOT_CHARACTERIZING.test(prev.lower)) return null;
  const subject = sentenceSubject(tokens);
  if (!subject || subject.to >= k - 2 || k - subject.to > 12) return null;
  for (let m = subject.to + 1; m < k; m++) {
    const t = tokens[m]!;
    if (
      t.kind !== 'word' ||
      PASSIVE_AUX.has(t.lower) ||
      (NP_STOP.has(t.lower) && !CHARACTERIZING_CLAUSE_WORDS.test(t.lower))
    )
      return null;
  }
  return subject;
}

/** A quoted sentence announced by a colon without a cue ("… rolling out a new message: “It's about me.”"). */
function attributeColon(tokens: readonly Token[], qi: number): NounPhrase | null {
  if (!isPunct(tokens[qi - 1], ':') || qi < 3) return null;
  return sentenceSubject(tokens);
}

/**
 * Rule 3: the sentence's closing reporting clause (after its last quote).
 *
 * @example
 * // Biden “voiced …” and vowed “…”, the White House said. → "the White House" + "said"
 */
export function closingClause(
  tokens: readonly Token[],
  cues: SentenceCues,
): { np: NounPhrase; cue: Cue; at: number } | null {
  let lastQuote = -1;
  for (let k = tokens.length - 1; k >= 0; k--)
    if (tokens[k]!.kind === 'quote') {
      lastQuote = k;
      break;
    }
  if (lastQuote < 0) return null;
  const first = cues.next[lastQuote] ?? -1;
  if (first < 0) return null;
  for (let c = first; c < cues.cues.length && c < first + 3; c++) {
    const cue = cues.cues[c]!;
    if (cue.at <= lastQuote || cue.strength !== 'reporting') continue;
    const np = subjectOfCue(tokens, cue);
    if (!np) continue;
    const opener = tokens[Math.min(np.from, cue.at) - 1];
    if (opener && (opener.kind === 'quote' || isPunct(opener, ',—–'))) return { np, cue, at: cue.at };
  }
  return null;
}

/**
 * The sentence's main reporting clause: its first cue is a reporting verb whose subject opens
 * the sentence (after an introductory phrase), as in "Trump said during a rally that …".
 *
 * @example
 * mainClause(tokens, findCues(tokens)); // { np: <Trump>, cue: <said> }
 */
export function mainClause(tokens: readonly Token[], cues: SentenceCues): { np: NounPhrase; cue: Cue } | null {
  const cue = cues.cues[0];
  if (!cue || cue.according) return null;
  const np = subjectOfCue(tokens, cue);
  if (!np || np.to > cue.at) return null;
  const opener = tokens[np.from - 1];
  if (
    opener &&
    !isPunct(opener, ',—–:') &&
    opener.kind !== 'quote' &&
    !/^(and|but|so|yet|meanwhile|however|then|now|also|still)$/u.test(opener.lower)
  )
    return null;
  for (let k = 0; k < np.from; k++) if (tokens[k]!.kind === 'quote') return null;
  return { np, cue };
}

/**
 * The reporting clause a phrase is the subject of a complement of ("X said (that) NP …", "X
 * said he expected that NP …"): the outermost such clause's speaker and cue, climbing at most
 * three clauses; null when the phrase is not in reported speech.
 *
 * @example
 * // "Lopez said he hoped that voters will say …", np = <voters> → <Lopez> + "said"
 * embeddingClause(tokens, np, findCues(tokens));
 */
export function embeddingClause(
  tokens: readonly Token[],
  np: NounPhrase,
  cues: SentenceCues,
): { np: NounPhrase; cue: Cue } | null {
  let found: { np: NounPhrase; cue: Cue } | null = null;
  let inner = np;
  for (let level = 0; level < 3; level++) {
    let k = inner.from - 1;
    if (tokens[k]?.lower === 'that') k--;
    const c = k >= 0 ? cues.prev[k]! : -1;
    const cue = c >= 0 ? cues.cues[c]! : null;
    if (!cue || cue.at + cue.length - 1 !== k || cue.according) break;
    const outer = subjectOfCue(tokens, cue);
    if (!outer || outer.to >= cue.at) break;
    found = { np: outer, cue };
    inner = outer;
  }
  return found;
}

/**
 * The attribution rules that look inside the quote's own sentence (see `rules.ts` for the
 * table with their ids, conditions and examples).
 *
 * @example
 * const id: SentenceRuleId = 'after'; // “Q,” X said
 */
export type SentenceRuleId =
  'after' | 'before' | 'clause' | 'main' | 'characterization' | 'colon' | 'nearest-before' | 'nearest-after';

/**
 * One way of attributing a quote: the rule that proposed it, the speaker phrase and the cue.
 *
 * @example
 * const c: Candidate = { id: 'after', sentence: 0, np: { from: 1, to: 4, kind: 'name' },
 *   cue: { at: 5, length: 1, strength: 'reporting', according: false } };
 */
export interface Candidate {
  id: SentenceRuleId;
  sentence: number;
  np: NounPhrase;
  cue: Cue | null;
}

/**
 * Every attribution the in-sentence rules propose for the quote token at `qi`, each rule at
 * most once. Which one wins is decided by the learned ranking in `rules.ts`.
 *
 * @example
 * sentenceCandidates(sentence, 0, findCues(sentence.tokens), 3, true).map((c) => c.id); // ['after']
 */
export function sentenceCandidates(
  s: Sentence,
  qi: number,
  cues: SentenceCues,
  sentenceIndex: number,
  sentenceLike: boolean,
): Candidate[] {
  const tokens = s.tokens;
  const out: Candidate[] = [];
  // “…continue.” He added, “…”: after a quote that ends its sentence, a cue that opens the
  // next quote is that quote's attribution, not this one's.
  const closed = /[.!?…]$/u.test(tokens[qi]!.text);
  const add = (id: SentenceRuleId, np: NounPhrase | null | undefined, cue: Cue | null): void => {
    if (!np) return;
    if (closed && cue && cue.at > qi && introducesQuote(tokens, cue)) return;
    out.push({ id, sentence: sentenceIndex, np, cue });
  };
  const after = attributeAfter(tokens, qi);
  if (after) add('after', after.np, after.cue);
  const before = attributeBefore(tokens, qi);
  if (before) {
    // A quoted phrase in reported speech is the outermost reporting clause's (the reporter
    // answers for the words; PolNeAR annotates it so): "Ward said that her party would
    // keep “fighting for every vote”" → Ward, not "her party". A quoted sentence keeps its cue's speaker.
    const outer = sentenceLike ? null : embeddingClause(tokens, before.np, cues);
    if (outer) add('before', outer.np, outer.cue);
    else add('before', before.np, before.cue);
  }
  // "Biden vowed “…”, the White House said": the closing reporting clause.
  const clause = closingClause(tokens, cues);
  if (clause && clause.at > qi) add('clause', clause.np, clause.cue);
  // A quoted phrase deep in reported speech belongs to the sentence's main reporting clause:
  // "Flynn said Trump was right when he said that “…”", "Clinton says … what she calls a “…”".
  if (!sentenceLike) {
    const main = mainClause(tokens, cues);
    if (main && main.cue.at < qi) add('main', main.np, main.cue);
    add('characterization', characterization(tokens, qi), null);
  } else {
    add('colon', attributeColon(tokens, qi), null);
  }
  // The nearest cue before the quote, then the nearest reporting cue after it.
  let c = qi > 0 ? cues.prev[qi - 1]! : -1;
  for (let steps = 0; c >= 0 && steps < 3; steps++, c--) {
    const np = subjectOfCue(tokens, cues.cues[c]!);
    if (np) {
      add('nearest-before', np, cues.cues[c]!);
      break;
    }
  }
  // A cue later in the sentence only reports a whole quoted sentence, not a phrase ("“hysteria” and maintains").
  c = qi + 1 < tokens.length && sentenceLike ? cues.next[qi + 1]! : -1;
  for (let steps = 0; c >= 0 && c < cues.cues.length && steps < 3; steps++, c++) {
    const cue = cues.cues[c]!;
    if (cue.strength !== 'reporting') continue;
    const np = subjectOfCue(tokens, cue);
    if (np) {
      add('nearest-after', np, cue);
      break;
    }
  }
  return out;
}
