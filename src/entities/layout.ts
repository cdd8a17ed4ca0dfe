/**
 * Line layout facts that type names in news copy, computed once per text in linear time.
 *
 * - Datelines: a line that opens with a place in capitals (maybe a region after a comma),
 *   then a full date that ends the line or is followed by an agency credit or a dash, or the
 *   agency credit and a dash straight away ("WASHINGTON 2004-03-11", "QUETTA , Pakistan
 *   2004-03-11", "MOSCOW (Reuters) -"). The opening name is a place. A bare year is no date
 *   ("VARCO SEES 2004 PROFIT" is a headline), nor is a parenthesis without the dash after it
 *   ("BOND FUND ( MAR ) 96.8" is a price row).
 * - Fixture lines: names joined by "v", "vs" or "at" only ("CHICAGO AT DETROIT"): competitors;
 *   the name after "at" is the venue, a place. A spaced dash marks a headline instead
 *   ("GOLF - SCORES AT THE OPEN"), but fixtures may follow a label in words ending in a
 *   spaced dash or a colon ("Northern division one - Northtown v Eastfield ,"), and a list
 *   ending in "v" or a comma goes on on the next line.
 * - Result rows: a line made of names and figures only, with no lower-case words
 *   ("Barcelona 3 Real Madrid 2", "CHICAGO 45 30 .600", "Newmont 45.5 +0.25"). A name
 *   followed by figures there is a competitor or a listed company, i.e. an organization,
 *   when the tagger reads it as a place (rules.ts, layout/competitor); a person keeps the
 *   tagger's reading (a player's score), a country its place reading (national teams are
 *   written as the country).
 * - Field labels: a lone word heading rows of figures, repeated on three or more rows
 *   ("Halftime 1-0", "Attendance : 18,500"): a label, not a competitor.
 * - Line-ups: three names or more on a line after a shirt number and a dash ("Northtown -
 *   1 - Tom Hale , 2 - Sam Ode ; 5 - Ray Lund"): players, persons.
 * - List lines: three items or more split by commas, each one run of capitalized words with
 *   at most a parenthesis and figures after it ("Tom Hale , Sam Ode ( Northland ) , Ray
 *   Lund"): the names of one list are of one kind (layout-spans.ts), and no sentence opener.
 * - Venues: the name opening a line before a colon and a name, after "At" ("At Oakley Bridge :
 *   Northtown 284") or a known country or city ("Denver : Northtown 352"), is the ground or town where
 *   the match is played: a place, also when named as a facility.
 * - Teams: on a results row, the name right after a competitor and the country in
 *   parentheses, before the figures ("9. Tom Hale ( Canada ) Peru 1:52.204"), is the team
 *   the competitor rides or drives for: an organization, also when named as a country.
 * - Broken places: a known place broken over two lines inside parentheses ("Tom Hale ( Czech"
 *   / "Republic ) 6-4"): each part is a place, not a nationality or a word.
 * - Competitors with their country: on a line without lower-case words, the name right before
 *   a known country in parentheses ("Tom Hale ( Canada ) 3:47.19"); those of one text are of
 *   one kind (athletes or clubs), which one the tagger found for the others.
 * - Table cells: on a result row naming two sides or more, or one name and three figures or
 *   more (a standings row), each run of capitalized words followed by figures is a cell, with
 *   the letter code in parentheses that tells apart clubs of one name ("Northtown ( KV ) 2"). A
 *   cell opens no sentence (rules.ts), and a cell the tagger left out is added with the type
 *   of its column (layout-spans.ts).
 */
import { boundaryBetween, isLowerWord, lineStarts } from './candidates.js';
import { isCityName } from './cities.js';
import { canonicalEntity } from './countries.js';
import type { Token } from './parse.js';
import { CAPITALIZED_MONTH_PATTERN } from '../lexicon/calendar-words.js';
import { NAME_PARTICLES } from '../lexicon/name-parts.js';

/**
 * Per-token layout facts.
 *
 * @example
 * const text = 'Barcelona 3 Real Madrid 2\nHe said so.';
 * const layout: Layout = computeLayout(text, parseText(text).tokens);
 * layout.lineFirst; // [0, 0, 0, 0, 0, 5, 5, 5]
 * layout.resultRow; // [true, true, true, true, true, false, false, false]
 */
export interface Layout {
  /** Index of the first token of each token's line. */
  readonly lineFirst: readonly number[];
  /** Index of the last token of each token's line. */
  readonly lineLast: readonly number[];
  /** True for tokens on a result row. */
  readonly resultRow: readonly boolean[];
  /** True for the first token of a dateline. */
  readonly datelineStart: readonly boolean[];
  /** True for tokens on a fixture line ("CHICAGO AT DETROIT"): every name there is a competitor. */
  readonly fixtureRow: readonly boolean[];
  /**
   * True for the first token of a field label: a lone word heading a row of figures that
   * heads three or more rows of the text ("Halftime 1-0", "Attendance : 18,500"). Names of
   * competitors or companies differ from row to row; a field label repeats.
   */
  readonly labelRow: readonly boolean[];
  /**
   * True for the first token of a name after a shirt number on a line-up line: three names
   * or more on the line follow a number and a dash ("Northtown - 1 - Tom Hale , 2 - Sam
   * Ode ; 5 - Ray Lund"). Such a name is a player.
   */
  readonly squadName: readonly boolean[];
  /**
   * The cells of table rows, by their first token: a run of capitalized words without a break
   * followed by figures, on a result row naming two sides or more ("Northtown 31 Eastfield
   * 33") or naming one and a run of three figures or more ("Northtown 4 3 1 0 8 2 10").
   */
  readonly cells: ReadonlyMap<number, TableCell>;
  /**
   * The names of list lines, by their first token: a line of three items or more split by
   * commas, each item one run of capitalized words with at most a parenthesis and figures
   * after it, and no lower-case word outside parentheses ("Tom Hale , Sam Ode ( Northland ) ,
   * Ray Lund 66 70"). Consecutive list lines share a `block` number (a list wrapped over
   * lines); names of one list are of one kind.
   */
  readonly listNames: ReadonlyMap<number, ListName>;
  /**
   * Venues heading a scorecard line, by their first token: the name that opens a line before
   * a colon and a name, after "At" ("At Oakley Bridge : Northtown 284", also "At Oakley (
   * Northfield ) :", where both are places), or a known country or city ("Denver : Northtown
   * 284 ( T. Hale 97 )"). `at` tells the first kind.
   */
  readonly venues: ReadonlyMap<number, Venue>;
  /**
   * Teams on results rows, by their first token: the name right after a competitor and the
   * country in parentheses, before the figures or the end of the row ("4. Tom Hale ( Canada )
   * Northtown Motors 1:51.776"): the team or make the competitor rides for. Value: its last token.
   */
  readonly teams: ReadonlyMap<number, number>;
  /**
   * Parts of a known place broken over two lines inside parentheses ("Tom Hale ( Czech" /
   * "Republic ) 6-4"), by their first token; value: the part's last token. Each part is
   * a place (a part alone may read as a nationality or an ordinary word).
   */
  readonly brokenPlaces: ReadonlyMap<number, number>;
  /**
   * Competitors written with their country, by their first token: on a line without
   * lower-case words, a run of capitalized words right before a known country in
   * parentheses ("Tom Hale ( Canada ) 3:47.19", "Northtown ( Canada ) 75"); value: the
   * run's last token. Competitors of one text are of one kind: athletes or clubs.
   */
  readonly countryRuns: ReadonlyMap<number, number>;
}

/**
 * A venue heading a scorecard line (`Layout.venues`): tokens first..last, after "At" or not.
 *
 * @example
 * const venue: Venue = { first: 1, last: 2, at: true }; // "Northfield Park" in "At Northfield Park : Northtown 284"
 */
export interface Venue {
  readonly first: number;
  readonly last: number;
  readonly at: boolean;
}

/**
 * A name of a list line: tokens first..last, the list's block (consecutive list lines).
 *
 * @example
 * const name: ListName = { first: 2, last: 3, block: 0 }; // "Sam Ode" in "Tom Hale , Sam Ode , Ray Lund"
 */
export interface ListName {
  readonly first: number;
  readonly last: number;
  readonly block: number;
}

/**
 * A cell of a table row: tokens first..last, and the shape of its row ('result' for a row of
 * two sides or more, 'standing N' for one name and N figures).
 *
 * @example
 * const cell: TableCell = { first: 0, last: 0, shape: 'result' }; // "Northtown" in "Northtown 31 Eastfield 33"
 */
export interface TableCell {
  readonly first: number;
  readonly last: number;
  readonly shape: string;
}

const NUMBER = /^[+-]?(?:\d+(?:[.,:]\d+)*|\.\d+|\d+-\d+)%?$/;
const SPACED_DASH = /\s[-–—]+\s/u;
// prettier-ignore
const FIXTURE_WORDS = new Set(['v', 'vs', 'v.', 'vs.', 'at']);
/** Lower-case words a results row may hold between names: fixture words, connectors and name particles. */
// prettier-ignore
const ROW_WORDS: ReadonlySet<string> = new Set(['v', 'vs', 'at', 'and', 'of', 'the', ...NAME_PARTICLES]);

/**
 * True for a figure ("45", ".600", "2-1", "45.5", "+0.25").
 *
 * @example
 * parseText('Barcelona 3 Real Madrid 2-1').tokens.map(isNumberToken);
 * // [false, true, false, false, true]
 */
export function isNumberToken(t: Token): boolean {
  return NUMBER.test(t.text);
}

/**
 * Computes the layout facts of a token list.
 *
 * @example
 * const layout = computeLayout(text, parsed.tokens);
 * layout.resultRow[5]; // true for "Barcelona" in "Barcelona 3 Real Madrid 2"
 */
export function computeLayout(source: string, tokens: readonly Token[]): Layout {
  const lineFirst = lineStarts(source, tokens);
  const lineLast: number[] = new Array<number>(tokens.length).fill(0);
  const resultRow: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const datelineStart: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const fixtureRow: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let i = 0;
  let openFixture = false; // the line before ends a fixture list with "v" or a comma
  while (i < tokens.length) {
    const a = lineFirst[i]!;
    let b = i;
    while (b + 1 < tokens.length && lineFirst[b + 1] === a) b++;
    for (let k = a; k <= b; k++) lineLast[k] = b;
    const line = tokens.slice(a, b + 1);
    const numbers = line.filter(isNumberToken).length;
    const lowers = line.filter(isLowerRowWord).length;
    const fixture = isFixture(source, line);
    if ((numbers >= 1 && lowers === 0) || fixture) for (let k = a; k <= b; k++) resultRow[k] = true;
    // "English division one - Northtown v Eastfield ,": the fixtures after a label ending in a
    // spaced dash or a colon; "Westbury ." on the next line ends the list
    const from = fixture ? a : (fixturesAfterLabel(source, line) ?? (openFixture ? 0 : -1)) + a;
    if (from >= a && (fixture || from > a || isFixtureTail(line)))
      for (let k = from; k <= b; k++) resultRow[k] = fixtureRow[k] = true;
    openFixture =
      fixtureRow[b] === true &&
      (tokens[b]!.text === 'v' || /^\s*,/.test(source.slice(tokens[b]!.end, tokens[b]!.end + 2)));
    datelineStart[a] = isDateline(source, line);
    i = b + 1;
  }
  return {
    lineFirst,
    lineLast,
    resultRow,
    datelineStart,
    fixtureRow,
    labelRow: labelRows(tokens, lineFirst, lineLast),
    cells: tableCells(source, tokens, lineFirst, lineLast, resultRow, datelineStart),
    squadName: squadNames(source, tokens, lineFirst, lineLast),
    listNames: listNames(source, tokens, lineFirst, lineLast),
    venues: venues(source, tokens, lineLast),
    teams: teams(source, tokens, lineLast, resultRow),
    brokenPlaces: brokenPlaces(source, tokens, lineFirst, lineLast),
    countryRuns: countryRuns(source, tokens, lineLast),
  };
}

const isLowerRowWord = (t: Token): boolean => isLowerWord(t.text) && !ROW_WORDS.has(t.text);
const isFixtureWord = (t: Token): boolean => FIXTURE_WORDS.has(t.text.toLowerCase());
const isFixtureTail = (line: readonly Token[]): boolean =>
  line.every((t) => /^\p{Lu}/u.test(t.text) || isFixtureWord(t) || isNumberToken(t));

/**
 * A fixture line names competitors only: "CHICAGO AT DETROIT", "Japan v Syria". A spaced dash
 * marks a headline in capitals ("GOLF - SCORES AT THE OPEN"), not a fixture.
 */
function isFixture(source: string, line: readonly Token[]): boolean {
  return (
    line.length >= 3 &&
    !line.some(isLowerRowWord) &&
    !SPACED_DASH.test(source.slice(line[0]!.start, line[line.length - 1]!.end)) &&
    line.some(isFixtureWord) &&
    isFixtureTail(line)
  );
}

/**
 * The index in `line` where fixtures start after a label in words ending in a spaced dash or
 * a colon ("English division one - Northtown v Eastfield"), or null.
 */
function fixturesAfterLabel(source: string, line: readonly Token[]): number | null {
  for (let j = line.length - 2; j >= 1; j--) {
    if (!/^\s*(?:[-–]\s|:)/u.test(source.slice(line[j]!.end, line[j + 1]!.start))) continue;
    return line.slice(0, j + 1).some(isLowerRowWord) && isFixture(source, line.slice(j + 1)) ? j + 1 : null;
  }
  return null;
}

const LABEL_MIN_ROWS = 3;

function labelRows(tokens: readonly Token[], lineFirst: readonly number[], lineLast: readonly number[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  const heads = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    if (lineFirst[i] !== i) continue;
    const t = tokens[i]!;
    if (!/^\p{Lu}/u.test(t.text) || t.parts > 1) continue;
    // The rest of the line is figures and punctuation only ("Halftime 1-0 .", "Attendance :").
    let figuresOnly = true;
    for (let k = i + 1; k <= lineLast[i]!; k++) if (!isNumberToken(tokens[k]!)) figuresOnly = false;
    if (!figuresOnly) continue;
    const key = t.text.toLowerCase();
    const rows = heads.get(key);
    if (rows) rows.push(i);
    else heads.set(key, [i]);
  }
  for (const rows of heads.values()) if (rows.length >= LABEL_MIN_ROWS) for (const i of rows) out[i] = true;
  return out;
}

// "MOSCOW", "NEW YORK", "QUETTA , Pakistan": a place in capitals, maybe a region after a comma.
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,2}";
const REGION = "(?:\\s*,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?";
// A full date: "2004-03-11", "11-03-2004", "March 11", "Mar. 11, 2004" (a bare year is no date:
// "KEKKILA SEES FULL-YR 1996" is a headline).
const DATE = `(?:\\d{4}-\\d\\d-\\d\\d|\\d{1,2}-\\d{1,2}-\\d{2,4}|${CAPITALIZED_MONTH_PATTERN}\\s+\\d{1,2}(?:\\s*,?\\s*\\d{4})?)`;
// "(Reuters) -": an agency credit and the dash that opens the story.
const AGENCY = "\\(\\s*\\p{Lu}[\\p{L}.&'’ -]{0,30}\\)\\s*[-–—]";
/**
 * A dateline: the place, then a date that ends the line or is followed by the agency or a dash,
 * or the agency straight after the place. A parenthesis after a name followed by anything else
 * ("FUND ( SEP ) 96.8", "Name ( Long Name ) has said") is no dateline.
 */
const DATELINE = new RegExp(`^${CAPS_PLACE}${REGION}\\s*,?\\s*(?:${DATE}\\s*(?:$|${AGENCY}|[-–—])|${AGENCY})`, 'u');
/** Enough of a line to hold any dateline. */
const DATELINE_SPAN = 120;

function isDateline(source: string, line: readonly Token[]): boolean {
  const head = line[0];
  if (!head || !/\p{Lu}{2}/u.test(head.text) || /\p{Ll}/u.test(head.text)) return false;
  const end = source.indexOf('\n', head.start);
  const text = source.slice(head.start, Math.min(end < 0 ? source.length : end, head.start + DATELINE_SPAN));
  return DATELINE.test(text.trimEnd());
}

/**
 * True when the text has a row of a table: a result row with two figures or more that is not
 * a dateline ("Northtown 3 Southport 2", "DENVER 45 30 .600"). Such a text is no prose: a
 * city there may name its club.
 *
 * @example
 * hasTableRows(computeLayout(text, tokens)); // true for 'Northtown 3 Southport 2'
 */
export function hasTableRows(layout: Layout, tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const a = layout.lineFirst[i]!;
    if (a !== i || !layout.resultRow[i] || layout.datelineStart[i]) continue;
    let figures = 0;
    for (let k = a; k <= layout.lineLast[i]!; k++) if (isNumberToken(tokens[k]!)) figures++;
    if (figures >= 2) return true;
  }
  return false;
}

const UPPER_START = /^\p{Lu}/u;
/** A row of one name is a standings row from this many figures on ("Northtown 4 3 1 0 8 2 10", not "Halftime 1-0"). */
const MIN_STANDING_FIGURES = 3;

function tableCells(
  source: string,
  tokens: readonly Token[],
  lineFirst: readonly number[],
  lineLast: readonly number[],
  resultRow: readonly boolean[],
  datelineStart: readonly boolean[],
): Map<number, TableCell> {
  const out = new Map<number, TableCell>();
  const isWord = (t: Token): boolean => UPPER_START.test(t.text) && !isNumberToken(t);
  for (let a = 0; a < tokens.length; a = lineLast[a]! + 1) {
    if (!resultRow[a] || datelineStart[a]) continue;
    const end = lineLast[a]!;
    const row: Array<{ first: number; last: number; figures: number }> = [];
    for (let i = a; i <= end;) {
      if (!isWord(tokens[i]!)) {
        i++;
        continue;
      }
      let last = i;
      while (last < end && isWord(tokens[last + 1]!) && !boundaryBetween(source, tokens[last]!, tokens[last + 1]!))
        last++;
      // "Northtown ( KV ) 2": a letter code in parentheses tells apart clubs of one name
      const qualified = last + 1 < end && isQualifier(source, tokens[last]!, tokens[last + 1]!);
      if (qualified) last++;
      let figures = 0;
      while (last + 1 + figures <= end && isNumberToken(tokens[last + 1 + figures]!)) figures++;
      if (
        figures > 0 &&
        (qualified ? /^\s*\)\s+$/ : /^\s+$/).test(source.slice(tokens[last]!.end, tokens[last + 1]!.start))
      )
        row.push({ first: i, last, figures });
      i = last + 1;
    }
    const shape =
      row.length >= 2
        ? 'result'
        : row.length === 1 && row[0]!.figures >= MIN_STANDING_FIGURES
          ? `standing ${row[0]!.figures}`
          : null;
    if (shape) for (const c of row) out.set(c.first, { first: c.first, last: c.last, shape });
  }
  return out;
}

/**
 * True when `q` is a code of one or two capitals in parentheses right after the word `a`
 * ("Northtown ( KV )", "Eastfield (S)"): on a table row it is part of the club's name, which it
 * tells apart from a club of the same name. A country's code in parentheses ("( US )") names
 * the side's country instead.
 *
 * @example
 * isQualifier(source, tokens[0], tokens[1]); // true for "Northtown ( KV ) 2"
 */
export function isQualifier(source: string, a: Token, q: Token): boolean {
  return (
    /^\p{Lu}{1,2}$/u.test(q.text) &&
    /^\s*\(\s*$/.test(source.slice(a.end, q.start)) &&
    /^\s*\)/.test(source.slice(q.end, q.end + 3)) &&
    !canonicalEntity(q.text, 'place')
  );
}

/** A list line names at least this many items. */
const MIN_LIST_ITEMS = 3;

/** The names of one line when it is a list (see `Layout.listNames`), else null. */
function lineList(source: string, tokens: readonly Token[], a: number, b: number): Array<[number, number]> | null {
  const names: Array<[number, number]> = [];
  let depth = 0;
  let run: [number, number] | null = null;
  let closed = false; // the item's name is over: a figure or a parenthesis followed it
  let titleCase = false;
  let sawItem = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    const gap = source.slice(k > a ? tokens[k - 1]!.end : source.lastIndexOf('\n', t.start) + 1, t.start);
    for (const ch of gap) {
      if (ch === '(') depth++;
      else if (ch === ')')
        depth = Math.max(0, depth - 1); // also one opened on the line before
      else if (depth === 0 && (ch === ',' || ch === ';')) {
        // an item without a name: only the end of an item wrapped from the line before ("( Northland ) , Tom Hale")
        if (!run && (names.length > 0 || sawItem)) return null;
        sawItem = true;
        if (run) names.push(run);
        run = null;
        closed = false;
      }
    }
    if (depth > 0) {
      if (run) closed = true;
      continue;
    }
    if (isNumberToken(t)) {
      if (run) closed = true;
      continue;
    }
    if (isLowerRowWord(t)) return null;
    if (!/^\p{Lu}/u.test(t.text)) continue;
    if (run && (closed || boundaryBetween(source, tokens[run[1]]!, t))) return null; // two names in one item
    if (run) run[1] = k;
    else run = [k, k];
    if (/\p{Ll}/u.test(t.text)) titleCase = true;
  }
  if (run) names.push(run);
  return names.length >= MIN_LIST_ITEMS && titleCase ? names : null;
}

function listNames(
  source: string,
  tokens: readonly Token[],
  lineFirst: readonly number[],
  lineLast: readonly number[],
): Map<number, ListName> {
  const out = new Map<number, ListName>();
  let block = -1;
  let previous = false;
  for (let a = 0; a < tokens.length; a = lineLast[a]! + 1) {
    const names = lineList(source, tokens, a, lineLast[a]!);
    if (names && !previous) block++;
    previous = !!names;
    for (const [first, last] of names ?? []) out.set(first, { first, last, block });
  }
  return out;
}

/** The last token of the run of capitalized words from `k` on, up to `end` (k - 1 when none). */
function capitalRun(source: string, tokens: readonly Token[], k: number, end: number): number {
  if (k > end || !UPPER_START.test(tokens[k]!.text) || isNumberToken(tokens[k]!)) return k - 1;
  let last = k;
  while (
    last < end &&
    UPPER_START.test(tokens[last + 1]!.text) &&
    !isNumberToken(tokens[last + 1]!) &&
    !boundaryBetween(source, tokens[last]!, tokens[last + 1]!)
  )
    last++;
  return last;
}

function venues(source: string, tokens: readonly Token[], lineLast: readonly number[]): Map<number, Venue> {
  const out = new Map<number, Venue>();
  const gap = (i: number): string => source.slice(tokens[i]!.end, tokens[i + 1]!.start);
  for (let a = 0; a < tokens.length; a = lineLast[a]! + 1) {
    const end = lineLast[a]!;
    const at = tokens[a]!.text === 'At' || tokens[a]!.text === 'AT';
    const first = at ? a + 1 : a;
    const last = capitalRun(source, tokens, first, end);
    if (last < first || last >= end) continue;
    const found: Venue[] = [{ first, last, at }];
    let k = last;
    // "At Oakley ( Northfield ) :": the town of the ground
    if (at && /^\s*\(\s*$/.test(gap(k))) {
      const town = capitalRun(source, tokens, k + 1, end);
      if (town <= k || town >= end || !/^\s*\)/.test(gap(town))) continue;
      found.push({ first: k + 1, last: town, at });
      k = town;
    }
    if (!/^\s*\)?\s*:\s*$/.test(gap(k)) || !UPPER_START.test(tokens[k + 1]!.text)) continue;
    // "Result : Northtown 2", "Penalties : Hale 2": without "At", a label opens the line as often as a place
    const name = source.slice(tokens[first]!.start, tokens[last]!.end);
    if (!at && !canonicalEntity(name, 'place') && !isCityName(name)) continue;
    for (const v of found) out.set(v.first, v);
  }
  return out;
}

/** No country's name has more words ("Central African Republic", "Bosnia and Herzegovina"). */
const MAX_COUNTRY_WORDS = 4;

function teams(
  source: string,
  tokens: readonly Token[],
  lineLast: readonly number[],
  resultRow: readonly boolean[],
): Map<number, number> {
  const out = new Map<number, number>();
  const gap = (i: number): string => source.slice(tokens[i]!.end, tokens[i + 1]!.start);
  for (let i = 2; i < tokens.length; i++) {
    if (!resultRow[i] || !/^\s*\)\s+$/.test(gap(i - 1))) continue;
    // the country in parentheses after a competitor's name: "Hale ( Canada ) "
    let c = i - 1;
    while (c > 0 && i - c < MAX_COUNTRY_WORDS && /^\s+$/.test(gap(c - 1))) c--;
    if (c === 0 || !/^\s*\(\s*$/.test(gap(c - 1)) || !UPPER_START.test(tokens[c - 1]!.text)) continue;
    if (!canonicalEntity(source.slice(tokens[c]!.start, tokens[i - 1]!.end), 'place')) continue;
    const last = capitalRun(source, tokens, i, lineLast[i]!);
    if (last < i) continue;
    // then the figures, or the end of the row
    if (last < lineLast[i]! && !(isNumberToken(tokens[last + 1]!) && /^\s+$/.test(gap(last)))) continue;
    // "Ann Lee ( Kenya ) Nairobi 12.6.91": a city there is where a record was set
    if (isCityName(source.slice(tokens[i]!.start, tokens[last]!.end))) continue;
    out.set(i, last);
  }
  return out;
}

function countryRuns(source: string, tokens: readonly Token[], lineLast: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let a = 0; a < tokens.length; a = lineLast[a]! + 1) {
    const b = lineLast[a]!;
    if (tokens.slice(a, b + 1).some(isLowerRowWord)) continue;
    for (let k = a; k <= b;) {
      const last = capitalRun(source, tokens, k, b);
      if (last < k) {
        k++;
        continue;
      }
      // "Hale ( Canada )": the country, then the closing parenthesis
      const c = last + 1;
      const d = c <= b ? capitalRun(source, tokens, c, b) : c - 1;
      if (
        d >= c &&
        /^\s*\(\s*$/.test(source.slice(tokens[last]!.end, tokens[c]!.start)) &&
        /^\s*\)/.test(source.slice(tokens[d]!.end, tokens[d]!.end + 3)) &&
        canonicalEntity(source.slice(tokens[c]!.start, tokens[d]!.end), 'place')
      )
        out.set(k, last);
      k = last + 1;
    }
  }
  return out;
}

function brokenPlaces(
  source: string,
  tokens: readonly Token[],
  lineFirst: readonly number[],
  lineLast: readonly number[],
): Map<number, number> {
  const out = new Map<number, number>();
  for (let a = 0; a < tokens.length; a = lineLast[a]! + 1) {
    const b = lineLast[a]!;
    if (b + 1 >= tokens.length) break;
    // "( Czech" ending the line: the words after the last open parenthesis
    let k = b;
    while (k > a && !/\(\s*$/.test(source.slice(tokens[k - 1]!.end, tokens[k]!.start))) k--;
    if (k === a || !/\(\s*$/.test(source.slice(tokens[k - 1]!.end, tokens[k]!.start))) continue;
    if (capitalRun(source, tokens, k, b) !== b) continue;
    // "Republic )" opening the next line
    const c = b + 1;
    const d = capitalRun(source, tokens, c, lineLast[c]!);
    if (d < c || !/^\s*\)/.test(source.slice(tokens[d]!.end, tokens[d]!.end + 3)) || lineFirst[c] !== c) continue;
    const words = [...tokens.slice(k, b + 1), ...tokens.slice(c, d + 1)].map((t) => t.text).join(' ');
    if (!canonicalEntity(words, 'place')) continue;
    out.set(k, b);
    out.set(c, d);
  }
  return out;
}

/** A line-up lists at least this many numbered players on one line. */
const MIN_SQUAD_NAMES = 3;

function squadNames(
  source: string,
  tokens: readonly Token[],
  lineFirst: readonly number[],
  lineLast: readonly number[],
): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  for (let a = 0; a < tokens.length; a = lineLast[a]! + 1) {
    const names: number[] = [];
    for (let i = a; i < lineLast[a]!; i++) {
      const n = tokens[i]!;
      const name = tokens[i + 1]!;
      // "; 5 - Ray": a number opening an item of the list (line start, comma, semicolon or parenthesis), a dash, a name
      if (!/^\d{1,2}$/.test(n.text) || !UPPER_START.test(name.text)) continue;
      const before = i === lineFirst[i] ? '' : source.slice(tokens[i - 1]!.end, n.start);
      if (i !== lineFirst[i] && !/[-,;(]\s*$/.test(before)) continue;
      if (/^\s*[-–]\s*$/.test(source.slice(n.end, name.start))) names.push(i + 1);
    }
    if (names.length >= MIN_SQUAD_NAMES) for (const i of names) out[i] = true;
  }
  return out;
}
