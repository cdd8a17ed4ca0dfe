/**
 * Tokens and sentences around the scanned quotes.
 *
 * Attribution reasons over the text outside the quote marks (the "frame"), so each
 * top-level quotation becomes one opaque `quote` token and only the frame is split into words.
 * Sentences are cut in the frame only (a period inside a quotation never splits its sentence):
 * at . ! ? before a capital or a quote, after a closed quote that ends in . ! ? when a capital
 * follows, and at every line break outside quotes. Periods of abbreviations and initials
 * ("Mr.", "U.S.", "G.K.") stay on their word and end nothing. Abbreviations and the test
 * for where a sentence may start are the shared segmenter's (`src/lexicon/sentences.ts`).
 * One linear pass.
 */
import { joinedWordEnd } from '../core/word-scan.js';
import { isAbbreviation } from '../lexicon/abbreviations.js';
import { startsSentenceAfter } from '../lexicon/sentences.js';
import { CUE_WORDS, phraseCueAt } from '../lexicon/speech-verbs.js';
import type { ScannedQuote } from './scan.js';

/**
 * A word, a punctuation mark, a line break or a whole quotation.
 *
 * @example
 * const text = '“We will respond,” Kremlin spokesman Dmitry Peskov said.';
 * const [sentence] = segment(text, scanQuotes(text));
 * sentence!.tokens[0]; // { kind: 'quote', text: 'We will respond,', lower: '', start: 0, end: 18, quote: 0 }
 * sentence!.tokens[1]; // { kind: 'word', text: 'Kremlin', lower: 'kremlin', start: 19, end: 26 }
 */
export interface Token {
  kind: 'word' | 'punct' | 'quote';
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index into the scanned quotes, for `quote` tokens. */
  quote?: number;
  /** Part-of-speech tags of a word from the shared compromise parse, when one was given. */
  tags?: ReadonlySet<string>;
}

/**
 * A sentence of frame tokens; `paragraph` counts line breaks outside quotes.
 *
 * @example
 * const text = '“We will respond,” Kremlin spokesman Dmitry Peskov said. “It is too early,” he added.';
 * segment(text, scanQuotes(text)).map((s) => [s.start, s.end, s.paragraph]); // [[0, 56, 0], [57, 85, 0]]
 */
export interface Sentence {
  tokens: Token[];
  paragraph: number;
  start: number;
  end: number;
}

/**
 * End of the word starting at `i`, or -1 when no word starts there: runs of letters, digits and
 * marks joined by single - ' ’ ‘ . & / ("U.S", "Jean-Marie", "AT&T", "9/11").
 */
function wordEndAt(text: string, i: number): number {
  const end = joinedWordEnd(text, i, 'LNM', "-'’‘.&/");
  return end === i ? -1 : end;
}

/** `word.toLowerCase()`, without the call for a word already in lower-case ASCII (most words). */
function lowerCase(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 0x41 && c <= 0x5a) || c > 0x7f) return word.toLowerCase();
  }
  return word;
}

/** White space (as `\s`), by code: ASCII first, the rare others by the regex. */
function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && /\s/u.test(String.fromCharCode(code));
}

function isUpperStart(s: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(s);
}

/**
 * Splits `text` into sentences of tokens, with each scanned quote as one token.
 *
 * @example
 * segment('“Hi,” he said.', scanQuotes('“Hi,” he said.'))[0].tokens.map((t) => t.kind);
 * // ['quote', 'word', 'word', 'punct']
 */
export function segment(text: string, quotes: readonly ScannedQuote[]): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Token[] = [];
  let paragraph = 0;
  let q = 0;
  let i = 0;

  const flush = (): void => {
    if (current.length > 0) {
      sentences.push({ tokens: current, paragraph, start: current[0]!.start, end: current[current.length - 1]!.end });
      current = [];
    }
  };

  while (i < text.length) {
    const quote = quotes[q];
    if (quote && i >= quote.open) {
      const end = Math.max(quote.close, quote.end);
      if (isNickname(text, quote, current[current.length - 1])) {
        // Marcia "Cia" Price: a nickname inside a name is part of the name, not a quote.
        const word = text.slice(quote.open, end);
        current.push({ kind: 'word', text: word, lower: word.toLowerCase(), start: quote.open, end });
        q++;
        i = end;
        continue;
      }
      current.push({
        kind: 'quote',
        text: text.slice(quote.start, quote.end),
        lower: '',
        start: quote.open,
        end,
        quote: q,
      });
      q++;
      i = end;
      continue;
    }
    const c = text[i]!;
    if (c === '\n') {
      // A run of line breaks (a blank line) is one paragraph break.
      flush();
      paragraph++;
      while (i < text.length && isSpace(text.charCodeAt(i)) && !(quotes[q] && i >= quotes[q]!.open)) i++;
      continue;
    }
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = wordEndAt(text, i);
    if (end >= 0) {
      let word = text.slice(i, end);
      // Keep the period of an abbreviation or an initial on its word.
      if (text[end] === '.') {
        // "R-Ky., said": a period right before a comma ends an abbreviation, not a sentence.
        if (isAbbreviation(word) || text[end + 1] === ',') {
          end++;
          word += '.';
        }
      }
      current.push({ kind: 'word', text: word, lower: lowerCase(word), start: i, end });
      i = end;
      continue;
    }
    current.push({ kind: 'punct', text: c, lower: c, start: i, end: i + 1 });
    i++;
    if ((c === '.' || c === '!' || c === '?' || c === '…') && endsSentence(text, i, quotes[q])) flush();
  }
  flush();
  return splitAfterClosedQuotes(text, sentences, quotes);
}

/** A short capitalized quote between two capitalized words of a name. */
function isNickname(text: string, quote: ScannedQuote, prev: Token | undefined): boolean {
  if (!quote.closed || !prev || prev.kind !== 'word' || !isUpperStart(prev.text)) return false;
  const inner = text.slice(quote.start, quote.end);
  if (!/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u.test(inner)) return false;
  return /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(quote.close, quote.close + 4));
}

/** True when the text after a terminal mark at `i` starts a new sentence. */
function endsSentence(text: string, i: number, nextQuote: ScannedQuote | undefined): boolean {
  if (nextQuote) {
    let j = i;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || /[)\]]/u.test(text[j]!))) j++;
    if (nextQuote.open === j) return true;
  }
  return startsSentenceAfter(text, i);
}

/**
 * The lower-case word at token `i`, or undefined for punctuation, a quote or past the end.
 *
 * @example
 * wordAt([{ kind: 'word', text: 'Said', lower: 'said', start: 0, end: 4 }], 0); // 'said'
 */
export function wordAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  return t?.kind === 'word' ? t.lower : undefined;
}

/**
 * True when `t` is a punctuation token among `chars` (each punctuation token is one character).
 *
 * @example
 * isPunct({ kind: 'punct', text: ',', lower: ',', start: 0, end: 1 }, ',;'); // true
 */
export function isPunct(t: Token | undefined, chars: string): boolean {
  return t !== undefined && t.kind === 'punct' && chars.includes(t.text);
}

/** True when a reporting clause starts at token `k` ("Vitter demanded", "Sen. Jane Smith, a Democrat, said"). */
function reportingClauseAt(tokens: readonly Token[], k: number): boolean {
  for (let m = k; m < tokens.length && m - k < 18; m++) {
    const t = tokens[m]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && /[.!?;]/u.test(t.text))) return false;
    if (t.kind !== 'word' || /^\p{Lu}/u.test(t.text)) continue;
    if (CUE_WORDS.get(t.lower) !== undefined || phraseCueAt((i) => wordAt(tokens, i), m)) return true;
  }
  return false;
}

/**
 * True when token `k` is a lower-case past-tense form in -ed that closes its clause (the sentence
 * ends there, or a comma and a quote follow): the verb of an inverted attribution that the cue
 * table lacks (“…,” it recommended. / “…?” the host pressed. / “…,” she emailed, “…”).
 *
 * @example
 * closingPastVerbAt(tokens, 3); // true for the tokens of “Why?” Reyes pressed.
 */
export function closingPastVerbAt(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k];
  if (verb?.kind !== 'word' || !/^\p{Ll}{3,}ed$/u.test(verb.text)) return false;
  if (verb.tags && !verb.tags.has('Verb')) return false;
  const after = tokens[k + 1];
  return !after || isPunct(after, '.!?') || (isPunct(after, ',') && tokens[k + 2]?.kind === 'quote');
}

/** “…?” Reyes pressed. — one to three capitalized words, then a verb that closes the attribution. */
function namedClosingVerbAt(tokens: readonly Token[], k: number): boolean {
  let m = k;
  while (m < tokens.length && m - k < 3 && tokens[m]!.kind === 'word' && isUpperStart(tokens[m]!.text)) m++;
  return m > k && closingPastVerbAt(tokens, m);
}

/** Splits a sentence after a closed quote that ends in . ! ? when a capital or quote follows. */
function splitAfterClosedQuotes(text: string, sentences: Sentence[], quotes: readonly ScannedQuote[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let from = 0;
    for (let k = 0; k < s.tokens.length - 1; k++) {
      const t = s.tokens[k]!;
      if (t.kind !== 'quote') continue;
      const sq = quotes[t.quote!]!;
      if (!sq.closed || !/[.!?…]$/u.test(text.slice(sq.start, sq.end))) continue;
      const n = s.tokens[k + 1]!;
      // A quoted phrase closing a clause with a period ("accused him of “recklessness.” Park said …")
      // ends its sentence even when a reporting clause follows; a quote opening its sentence may
      // still take one (“Q!” X shouted).
      const embedded = k > from && s.tokens[k - 1]!.kind === 'word' && /\.["”’]?$/u.test(text.slice(sq.start, sq.end));
      // "….” On the same day, Yoon said …": a clause opening with an adverbial starts a new sentence.
      const adverbial =
        n.kind === 'word' &&
        /^(on|in|at|after|before|during|meanwhile|later|earlier|since|while|when|but|however|previously|also|then)$/u.test(
          n.lower,
        );
      // “Q?” Reyes pressed. — a question or an exclamation keeps a named subject and a closing verb
      // outside the cue table as its attribution
      const attributed =
        reportingClauseAt(s.tokens, k + 1) ||
        (/[?!]["”’]?$/u.test(text.slice(sq.start, sq.end)) && namedClosingVerbAt(s.tokens, k + 1));
      if (
        (n.kind === 'quote' || (n.kind === 'word' && isUpperStart(n.text))) &&
        (embedded || adverbial || !attributed)
      ) {
        const part = s.tokens.slice(from, k + 1);
        out.push({ tokens: part, paragraph: s.paragraph, start: part[0]!.start, end: t.end });
        from = k + 1;
      }
    }
    if (from === 0) out.push(s);
    else {
      const part = s.tokens.slice(from);
      out.push({ tokens: part, paragraph: s.paragraph, start: part[0]!.start, end: part[part.length - 1]!.end });
    }
  }
  return out;
}
