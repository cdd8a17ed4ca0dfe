/**
 * News outlets the tagger passes over, found by the place an article gives them rather than
 * by a list of their names (the tagger, trained on wire copy, reads a name made of common
 * words, "Lenmark Fair Ledger", or a credit standing alone as no name at all). Five places
 * hold for any outlet:
 * - a credit in brackets that closes its line, maybe after a label: "(Norpress Agency, Kestrel
 *   Wire)", "[ Kestrelwire ]", "(Video source: Kestrelwire)"; or a line of its own that a credit's
 *   label opens, no brackets: "Main image credit: Kestrelwire", "Image source: Norpix / Lenmark Media";
 * - an outlet's noun right before the name: "the travel website Fair Ledger", "the news agency Norpress";
 *   or heading an appositive right after it: "the Ledger, a Varnian newspaper, said" (rules.ts
 *   `context/kind-appositive` types it);
 * - the end of a page's title line, after a spaced dash or a bar: "Port fees rise in May -
 *   Lenmarknet" (read with rules.ts `context/title-credit`; a one-word credit the tagger passes
 *   over is a coined word or ends in an outlet's head, not an English word: "… - Opinion");
 * - a capital "The" inside a sentence after "told", "according to", "spoke to", "responded to",
 *   after a part of a publication and "of" ("the May issue of The Ridge", "an editor of The Ridge")
 *   or after a writer's verb and "at" or "for" ("argues at The Ridge", "wrote for The Ridge"):
 *   one told, cited or written in under a title with "The" is a publication, not a person;
 * - a name that one tips one's hat to or makes a statement to: "(h/t Kestrelwire)", "said in a
 *   statement to Fair Ledger" (a source's statement goes to a newsroom; a person's given name
 *   first is left out);
 * - a name framed by a verb of telling or citing and a word that says how, not a given name first:
 *   "told Kestrelwire by email", "told Fair Ledger in an interview" (a source answers an outlet's
 *   questions so; one tells a person "in a letter", face to face), "according to Norpix data" (a
 *   data provider is cited for its figures), "The Lenfordian first reported" (a title with "The"
 *   that reports, notes or writes is a publication; not a title of office, "The President wrote",
 *   nor a people's name, "The French reported").
 * Each cue gives a run of capitalized words; `outletRuns` finds them once per text, and
 * `outletCue` asks the same of one candidate (rules.ts `context/outlet-cue`).
 */
import { oneSpaceBetween } from './candidates.js';
import { OUTLET_NOUNS_AFTER } from './context-words.js';
import type { Token } from './parse.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { ORG_HEADS, OUTLET_HEADS } from '../lexicon/name-parts.js';
import { isDemonymWord, isGivenNameWord } from './vocabulary.js';
import { MONTH_NAME_PATTERN, WEEKDAY_PATTERN } from '../lexicon/calendar-words.js';
import { titleOf } from '../lexicon/titles.js';
import { countryOfNationality, isKnownPlaceName } from './countries.js';

/** A word of a name in a credit: capital first, then letters, marks, digits, dots, "&", apostrophes, hyphens. */
const CREDIT_WORD = String.raw`\p{Lu}[\p{L}\p{M}\d.&'’-]*`;
/** One name of a credit: one to five such words, spaced. */
const CREDIT_NAME = new RegExp(`^${CREDIT_WORD}(?: ${CREDIT_WORD}){0,4}$`, 'u');
/** What parts the names of a credit: a comma, a slash or a semicolon. */
const SEPARATOR = /[ \t]*[,/;][ \t]*/u;
/** A label opening a bracketed credit: "(Photo: ...)", "(Video source: ...)", "[Image courtesy: ...]". */
const CREDIT_LABEL = /^(?:\p{L}+[ \t]+){0,2}(?:source|photo|image|video|credit|courtesy)s?[ \t]*:[ \t]*/iu;
/** A bracket group that closes its line (or the text): "(A, B)", "[ A ]". */
const LINE_END_BRACKETS = /[([][ \t]*([^()[\]\n]{2,80}?)[ \t]*[)\]][ \t]*(?=\r?\n|$)/gu;
/** A line of its own that a credit's label opens: "Photo: Norpix", "Main image credit: Kestrelwire / Lenmark Media". */
const LABEL_LINE = new RegExp(
  `(?<=^|\\n)[ \\t]*(${CREDIT_LABEL.source.slice(1)})([^\\n]{2,80}?)[ \\t]*(?=\\r?\\n|$)`,
  'giu',
);
/** A page's title line ending with a credit after a spaced dash or a bar: the title, the credit. */
const TITLE_CREDIT = /^([^\n]{1,400}?\S)[ \t]+[-–—|][ \t]+([^\n]{2,60}?)\.?[ \t]*(?=\r?\n|$)/u;
/** The same, matched on one line. */
const LABEL_LINE_ONE = new RegExp(LABEL_LINE.source, 'iu');
/** A day's or a month's name after an outlet's noun tells when it reported ("told the newspaper Monday"). */
const WHEN_WORD = new RegExp(`^(?:${WEEKDAY_PATTERN}|${MONTH_NAME_PATTERN})$`, 'iu');
const CAPITALIZED = /^\p{Lu}/u;
/** Words before "to The X" that make X one spoken to or cited: "according to", "responded to", "speaking to". */
const TO_THE_CUES = /^(?:according|respond|responded|responding|reply|replied|speaking|spoke|talking|talked)$/iu;
/**
 * Parts of a periodical before "of The X": "the May issue of The Ridge", "an editor of The Ridge"
 * (not a book's: "the pages of", "readers of", "an edition of").
 */
const PUBLICATION_PARTS = /^(?:issue|issues|editor|editors|columnist|columnists|publisher|subscribers)$/iu;
/** A writer's verbs before "at/for The X": "argues at The Ridge", "wrote for The Ridge" (one writes in a book too). */
const WRITER_VERBS =
  /^(?:writes|wrote|writing|written|argues|argued|arguing|notes|noted|reported|reporting|explained|explains)$/iu;
/** What a publication does right after its name under "The": "The Ridge first reported", "The Ridge noted". */
const REPORTED_AFTER =
  /^ (?:(?:first|recently|also|earlier|previously|initially|originally|later|has|had|have)\s)?(?:reported|reports|noted|notes|wrote|writes|published|publishes|revealed|reveals)\b/u;
/** An appositive that says a name is an outlet's: ", a Varnian newspaper,", ", an online magazine". */
const OUTLET_APPOSITIVE = new RegExp(
  `^,\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${[...OUTLET_NOUNS_AFTER].join('|')})\\b`,
  'u',
);
/** A hat tip before a name: "(h/t Kestrelwire)". */
const HAT_TIP = /^h\/t$/iu;
/** How one tells an outlet, right after its name: "by email", "in an interview", "over the phone". */
const TOLD_HOW =
  /^ (?:by (?:e-?mail|phone|telephone|text)|in an? (?:e-?mail|interview|statement|(?:tele)?phone interview)|over the (?:tele)?phone)\b/iu;
/** What a data provider is cited for, right after its name: "according to Norpix data". */
const CITED_FOR = /^ (?:data|figures|estimates|calculations)\b/u;
/** Most words in a run of an outlet's name. */
const MAX_RUN = 5;

/**
 * The runs of tokens (first, last) that the cues above give as outlets' names, in text order.
 * Linear in the text: one pass of a regular expression and one over the tokens.
 *
 * @example
 * outletRuns(parsed.text, parsed.tokens); // [[6, 7]] for "It rose, the news agency Norpress Wire said."
 */
export function outletRuns(source: string, tokens: readonly Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let k = 0;
  for (const [at, names] of creditGroups(source)) {
    if (!names.split(SEPARATOR).every(isCreditName)) continue;
    for (const [start, part] of partsAt(names, at)) {
      if (!isCreditName(part)) continue;
      const offset = start + part.length;
      while (k < tokens.length && tokens[k]!.start < start) k++;
      let last = k;
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= offset) last++;
      if (tokens[k] && tokens[k]!.start === start && tokens[last]!.end === offset) runs.push([k, last]);
    }
  }
  tokens.forEach((t, i) => {
    if (!CAPITALIZED.test(t.text)) return;
    const before = cueBefore(source, tokens, i);
    const frame = before ? null : frameBefore(source, tokens, i);
    if (!before && !frame) return;
    let last = i;
    while (last - i + 1 < MAX_RUN && joinedName(source, tokens, last)) last++;
    if (before || frameAfter(source, tokens, last, frame!)) runs.push([i, last]);
  });
  // "the Lenmark Courier, a Varnian newspaper,": the name before an outlet's appositive
  const starts = new Set(runs.map((r) => r[0]));
  tokens.forEach((t, i) => {
    if (source[t.end] !== ',' || !CAPITALIZED.test(t.text) || t.possessive) return;
    if (!OUTLET_APPOSITIVE.test(source.slice(t.end, t.end + 80))) return;
    let first = i;
    while (i - first + 1 < MAX_RUN && first > 0 && joinedName(source, tokens, first - 1)) first--;
    if (tokens[first]!.text === 'The' && first < i) first++;
    if (!starts.has(first)) runs.push([first, i]);
  });
  return runs.sort((a, b) => a[0] - b[0]);
}

/** The names of each credit (bracketed and closing its line, or on a labelled line of its own) with their offset, in text order. */
function creditGroups(source: string): Array<[number, string]> {
  const groups: Array<[number, string]> = [];
  for (const m of source.matchAll(LINE_END_BRACKETS)) {
    const label = CREDIT_LABEL.exec(m[1]!)?.[0] ?? '';
    groups.push([m.index + m[0].indexOf(m[1]!) + label.length, m[1]!.slice(label.length)]);
  }
  const title = TITLE_CREDIT.exec(source);
  if (title && title[1]!.split(/\s+/u).length >= 4 && isTitleCreditName(title[2]!))
    groups.push([title[0].length - title[2]!.length - /\.?[ \t]*$/u.exec(title[0])![0].length, title[2]!]);
  for (const m of source.matchAll(LABEL_LINE)) groups.push([labelledNamesAt(m), m[2]!]);
  return groups.sort((a, b) => a[0] - b[0]);
}

/** Where a labelled credit line's names (group 2) start in the text the match ran on, its trailing blanks left out. */
function labelledNamesAt(m: RegExpMatchArray): number {
  return m.index! + m[0].length - m[2]!.length - /[ \t]*$/u.exec(m[0])![0].length;
}

/** A credit's names and the separators between them, each with its offset ("A / B" at 10: [10, 'A'], [11, ' / '], [14, 'B']). */
function partsAt(names: string, at: number): Array<[number, string]> {
  const parts: Array<[number, string]> = [];
  let offset = at;
  for (const part of names.split(/([ \t]*[,/;][ \t]*)/u)) {
    parts.push([offset, part]);
    offset += part.length;
  }
  return parts;
}

/**
 * Where tokens first..last stand if `outletRuns` would find them: 'credit', a whole name of a
 * bracketed credit closing its line or of a labelled credit line; 'before', a run right after an
 * outlet's noun or "told The", or framed ("told … by email", "according to … data"); null, neither.
 *
 * @example
 * outletCue(source, tokens, 6, 7); // 'before' for "It rose, the news agency Norpress Wire said."
 */
export function outletCue(
  source: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): 'credit' | 'before' | null {
  const a = tokens[first]!;
  const b = tokens[last]!;
  const before = source.slice(Math.max(0, a.start - 90), a.start);
  const after = source.slice(b.end, b.end + 90);
  const open = /[([][^()[\]\n]*$/u.exec(before);
  const close = /^[^()[\]\n]*[)\]][ \t]*(?:\r?\n|$)/u.exec(after);
  // a bracket group closing its line that is no credit ("(h/t Kestrelwire.)") may still hold a cue
  if (open && close) {
    const inBefore = open[0].slice(1).replace(CREDIT_LABEL, '');
    const inAfter = close[0].slice(0, close[0].search(/[)\]]/u));
    const group = inBefore + source.slice(a.start, b.end) + inAfter;
    const parts = /(?:^|[,/;])[ \t]*$/u.test(inBefore) && /^[ \t]*(?:[,/;]|$)/u.test(inAfter);
    if (parts && group.split(SEPARATOR).every((part) => isCreditName(part.trim()))) return 'credit';
  }
  // "Photo: Norpix / Kestrelwire": the candidate is one whole name of a labelled credit line
  const lineBefore = before.includes('\n') || a.start <= 90 ? before.slice(before.lastIndexOf('\n') + 1) : null;
  const lineAfter = /^[^\n]*/u.exec(after)![0];
  const labelled =
    lineBefore === null ? null : LABEL_LINE_ONE.exec(lineBefore + source.slice(a.start, b.end) + lineAfter);
  if (labelled && labelled[2]!.split(SEPARATOR).every(isCreditName)) {
    const at = lineBefore!.length;
    if (
      partsAt(labelled[2]!, labelledNamesAt(labelled)).some(([o, part]) => o === at && part.length === b.end - a.start)
    )
      return 'credit';
  }
  // "told The Ridge": the tagger's span may hold the "The" of the title
  const head = tokens[first]!.text === 'The' && first < last ? first + 1 : first;
  const joined = last === head || joinedName(source, tokens, last - 1);
  if (joined && cueBefore(source, tokens, head)) return 'before';
  const frame = joined ? frameBefore(source, tokens, head) : null;
  return frame && frameAfter(source, tokens, last, frame) ? 'before' : null;
}

/** How a name is framed: told ("told Kestrelwire"), cited ("according to Norpix"), titled ("The Ridge"). */
type Frame = 'told' | 'cited' | 'titled';

/**
 * Which frame opens right before the name at token i: 'told' ("told Kestrelwire"), 'cited'
 * ("according to Norpix"), 'titled' ("The Ridge", not a title of office after it), or null; also
 * null for a given name or (but after "The") a people's name first.
 */
function frameBefore(source: string, tokens: readonly Token[], i: number): Frame | null {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  if (!p || !oneSpaceBetween(source, p, t) || isGivenNameWord(t.text.toLowerCase())) return null;
  // "The Lenfordian first reported": a state's people's word may title a paper, a nation's does
  // not; nor does a title of office ("The President wrote"), a body's head ("The Company
  // reported"), a plural ("The Democrats wrote"), a place named with "The" ("The Hague reported"),
  // or, opening a sentence, an English word ("The Constitution notes")
  const word = t.text.toLowerCase();
  if (p.text === 'The')
    return titleOf(word) ||
      countryOfNationality(t.text) ||
      (ORG_HEADS.has(word) && !OUTLET_HEADS.has(word)) ||
      word.endsWith('s') ||
      isKnownPlaceName(`The ${t.text}`) ||
      (p.sentenceStart && isEnglishWord(word))
      ? null
      : 'titled';
  if (isDemonymWord(t.text)) return null;
  if (p.text === 'told') return 'told';
  return p.text === 'to' && /^according$/iu.test(tokens[i - 2]?.text ?? '') ? 'cited' : null;
}

/** Whether the name ending at token last says how it was told or cited, or that it reported: "… by email", "… data", "… reported". */
function frameAfter(source: string, tokens: readonly Token[], last: number, frame: Frame): boolean {
  const t = tokens[last]!;
  const after = frame === 'told' ? TOLD_HOW : frame === 'cited' ? CITED_FOR : REPORTED_AFTER;
  return !t.possessive && after.test(source.slice(t.end, t.end + 30));
}

/**
 * Whether one part of a bracketed credit reads as a name: capitalized words, and in capitals
 * only one word that is no English word (an agency's letters, "AFP"; a table's "( FIRM )" or
 * "( BILLIONS OF DLRS )" is a heading).
 */
function isCreditName(part: string): boolean {
  if (!CREDIT_NAME.test(part)) return false;
  return /\p{Ll}/u.test(part) || (!part.includes(' ') && !isEnglishWord(part.toLowerCase()));
}

/**
 * Whether a title's credit reads as an outlet's name: up to four capitalized words, not all in
 * capitals (a wire headline in capitals puts a sport or a place before its dash), and one of
 * them no English word ("Lenmarknet") or the last an outlet's head ("Lenmark Evening News").
 */
function isTitleCreditName(name: string): boolean {
  const words = name.split(' ');
  if (words.length > 4 || !/\p{Ll}/u.test(name) || !isCreditName(name)) return false;
  return OUTLET_HEADS.has(words[words.length - 1]!.toLowerCase()) || words.some((w) => !isEnglishWord(w.toLowerCase()));
}

/** Whether the word after token i continues a name: spaced by one space, capitalized, no punctuation between. */
function joinedName(source: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  return (
    !!t && !!n && !t.possessive && oneSpaceBetween(source, t, n) && CAPITALIZED.test(n.text) && !WHEN_WORD.test(n.text)
  );
}

/**
 * Whether an outlet's noun ("website", "news agency"), a hat tip, "statement to", or "told The" /
 * "according to The" / "issue of The" / "writes at The" comes right before token i.
 */
function cueBefore(source: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  if (!p || WHEN_WORD.test(t.text) || !oneSpaceBetween(source, p, t)) return false;
  const q = tokens[i - 2]?.text.toLowerCase();
  if (p.text === 'agency') return q === 'news' && oneSpaceBetween(source, tokens[i - 2]!, p);
  if (OUTLET_NOUNS_AFTER.has(p.text)) return true;
  if (HAT_TIP.test(p.text) || (p.text === 'to' && q === 'statement'))
    return !isGivenNameWord(t.text.toLowerCase()) && !isDemonymWord(t.text);
  if (p.text !== 'The' || p.sentenceStart) return false;
  const r = tokens[i - 3]?.text ?? '';
  if (q === 'of') return PUBLICATION_PARTS.test(r);
  if (q === 'at' || q === 'for') return WRITER_VERBS.test(r);
  return q === 'told' || (q === 'to' && TO_THE_CUES.test(r));
}
