/**
 * Sports teams named by their plural nickname ("the Hawks", "Owls"): a capitalized plural is a
 * team where the text uses it as a competitor: it beats or loses to another side, a player signs
 * with or is traded to it, it stands beside another such plural in a sports text ("the Hawks and
 * Owls", "Hawks vs. Owls"), on a score line ("Hawks 24, Owls 17") or before its player's office
 * ("the Hawks' quarterback"). The tagger, trained on wire copy, often reads such a word as a
 * person, or as the ordinary plural noun it also is ("browns", "eagles").
 *
 * A nickname written after its town ("Norvale Hawks") and alone ("the Hawks") is one team
 * (merge-mentions.ts, via `nicknameOf`).
 *
 * Left out: plurals of nationalities and peoples ("the Serbs beat ..." is the country's side or
 * no body: CoNLL-2003 reads them MISC), places ("the Philippines"), event names ("the Olympics"),
 * days and months. Each test looks at a few tokens around the word, never the whole text.
 */
import { isKnownPlaceName } from './countries.js';
import { isCityName } from './cities.js';
import type { Token } from './parse.js';
import { isDemonymWord } from './vocabulary.js';
import { EVENT_HEADS, PLACE_HEADS } from '../lexicon/name-parts.js';
import { FUNCTION_WORDS } from '../lexicon/closed-class.js';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar-words.js';
import { TEAM_ROLE_NOUNS } from '../lexicon/sports-positions.js';
import { words } from '../lexicon/pattern.js';

/** Verbs before a competitor, in any text: "beat the Hawks". */
const RIVAL_BEFORE = new Set(
  words(`beat beats beating defeated defeats defeat edged edges routed blanked downed outlasted outscored
    swept`),
);
/** The words between two competitors ("Owls vs. Hawks"), without their period. */
const VERSUS = new Set(words('vs v versus'));
/** Two words before a competitor, in any text: "lost to the Hawks", "signed with the Owls". */
const RIVAL_PAIRS_BEFORE = new Set([
  'lost to',
  'fell to',
  'traded to',
  'dealt to',
  'signed with',
  're-signed with',
  'drafted by',
  'released by',
  'waived by',
  'claimed by',
]);
/** Verbs after a competitor, in any text: "the Hawks beat", "the Owls drafted him". */
const RIVAL_AFTER = new Set(
  words(`beat defeated edged routed blanked downed outlasted outscored swept clinched drafted traded waived`),
);
/** Words before a competitor in sports copy only: "against the Hawks", "hosts the Owls". */
const SPORTS_BEFORE = new Set(
  words(`against facing face faces faced host hosts hosted hosting visit visits visited visiting play plays played`),
);
/** Verbs after a competitor in sports copy only: "the Hawks won", "the Owls lost". */
const SPORTS_AFTER = new Set(words(`won win wins lost lose loses rallied trail trailed lead led hosted visited`));

/**
 * True when `word` is shaped like a team's plural nickname: one capitalized word ending in a
 * plural "s" ("Hawks", "Steelers"), no place's, people's, event's, day's or month's name.
 *
 * @example
 * isNicknameShape('Hawks'); // true
 * isNicknameShape('Serbs'); // false (a people)
 * isNicknameShape('Olympics'); // false (an event)
 */
export function isNicknameShape(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+[^su]s$/u.test(word) || word.length < 4) return false;
  const lower = word.toLowerCase();
  const singular = lower.slice(0, -1);
  if (EVENT_HEADS.has(lower) || PLACE_HEADS.has(lower) || PLACE_HEADS.has(singular)) return false;
  if (FUNCTION_WORDS.has(lower) || singular in WEEKDAYS || singular in MONTHS) return false;
  return !isKnownPlaceName(word) && !isCityName(word) && !isDemonymWord(word);
}

/** The index of the word before token `i`, a "the" between skipped ("beat the Hawks" -> "beat"). */
function wordBefore(tokens: readonly Token[], i: number): number {
  return tokens[i - 1]?.text.toLowerCase() === 'the' ? i - 2 : i - 1;
}

/** True when tokens `a` and `b` are in one sentence with nothing but spaces and at most `mark` between. */
function adjacent(source: string, tokens: readonly Token[], a: number, b: number, mark = ''): boolean {
  const x = tokens[a];
  const y = tokens[b];
  if (!x || !y) return false;
  const gap = source.slice(x.end, y.start).trim();
  // "Owls vs. Hawks": the parser may end a sentence at the abbreviation's period
  if (gap === '.' && VERSUS.has(x.text.toLowerCase())) return !source.slice(x.end, y.start).includes('\n');
  return x.sentence === y.sentence && (gap === '' || gap === mark);
}

/**
 * True when the nickname-shaped word at token `i` is used as a competitor (see the module
 * header); `sports` says the text reads as sports copy, where "against", "hosts", "won" and a
 * second nickname beside it are cues too.
 *
 * @example
 * // tokens of "The Falcons beat the Norvale Owls"
 * competitorNickname(source, tokens, 1, false, new Set(['falcons'])); // true
 */
export function competitorNickname(
  source: string,
  tokens: readonly Token[],
  i: number,
  sports: boolean,
  capitalizedMid: ReadonlySet<string>,
): boolean {
  const t = tokens[i];
  if (!t || !isNicknameShape(t.text) || t.possessive) return false;
  const b = wordBefore(tokens, i);
  const linked = adjacent(source, tokens, b, b + 1) && adjacent(source, tokens, i - 1, i);
  const before = linked ? tokens[b]!.text.toLowerCase() : '';
  const after = tokens[i + 1];
  const next = after && adjacent(source, tokens, i, i + 1) ? after.text.toLowerCase() : '';
  if (VERSUS.has(before) || VERSUS.has(next)) return true;
  // a sentence's first word is capitalized whatever it is ("Miners led the march"): there it
  // counts only where the text also capitalizes it mid-sentence
  if (t.sentenceStart && !capitalizedMid.has(t.text.toLowerCase())) return false;
  const pair = b >= 1 && adjacent(source, tokens, b - 1, b) ? `${tokens[b - 1]!.text.toLowerCase()} ${before}` : '';
  if (RIVAL_BEFORE.has(before) || RIVAL_PAIRS_BEFORE.has(pair) || RIVAL_AFTER.has(next)) return true;
  // "the Hawks' quarterback": the plural's possessive before a player's office
  if (after && /^['’]\s$/u.test(t.post) && TEAM_ROLE_NOUNS.has(after.text)) return true;
  if (!sports) return false;
  if (SPORTS_BEFORE.has(before) || SPORTS_AFTER.has(next)) return true;
  return besideNickname(source, tokens, i) || onScoreLine(source, tokens, i);
}

/** "the Hawks and Owls", "the Owls and the Hawks": another nickname joined to the word by "and" or "or". */
function besideNickname(source: string, tokens: readonly Token[], i: number): boolean {
  const isLink = (k: number): boolean => /^(?:and|or)$/u.test(tokens[k]?.text ?? '');
  const run = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (!adjacent(source, tokens, k, k + 1)) return false;
    return a >= 0;
  };
  const after = tokens[i + 2]?.text === 'the' ? i + 3 : i + 2;
  if (isLink(i + 1) && run(i, after) && isNicknameShape(tokens[after]?.text ?? '')) return true;
  const link = wordBefore(tokens, i);
  return isLink(link) && run(link - 1, i) && isNicknameShape(tokens[link - 1]?.text ?? '');
}

/** "Hawks 24, Owls 17": the word before a score, beside another name before a score. */
function onScoreLine(source: string, tokens: readonly Token[], i: number): boolean {
  const score = (k: number): boolean => /^\d{1,3}$/u.test(tokens[k]?.text ?? '') && adjacent(source, tokens, k - 1, k);
  if (!score(i + 1)) return false;
  const named = (k: number): boolean => /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  const comma = (k: number): boolean => adjacent(source, tokens, k, k + 1, ',');
  return (comma(i + 1) && named(i + 2) && score(i + 3)) || (comma(i - 1) && score(i - 1) && named(i - 2));
}

/**
 * The nickname of a team named after its town ("Norvale Hawks" -> "Hawks"), or null: a name of
 * two or three words ending in a nickname-shaped word after a known place or city, so the
 * nickname alone names the same team.
 *
 * @example
 * nicknameOf('Cleveland Hawks'); // 'Hawks'
 * nicknameOf('Hawks'); // null
 */
export function nicknameOf(name: string): string | null {
  const parts = name.split(/\s+/u);
  if (parts.length < 2 || parts.length > 3) return null;
  const nick = parts[parts.length - 1]!;
  const town = parts.slice(0, -1).join(' ');
  if (!isNicknameShape(nick) || !(isCityName(town) || isKnownPlaceName(town))) return null;
  return nick;
}
