/**
 * Name spans that the layout of a text shows and the tagger missed (only with the layout
 * option; layout.ts computes the facts):
 *
 * - `datelinePlaces`: the place in capitals that opens a dateline ("DENVER 2004-03-11")
 *   is a name even when the tagger left it out (a small town it never saw);
 * - `tableCellSpans`: on a row of a table, a run of capitalized words followed by a figure is a
 *   cell ("Northtown 31 Eastfield 33", "Northtown 4 3 1 0 8 2 10"). A cell the tagger left
 *   out (a club named by an ordinary word) is a name of the kind the row's or the table's
 *   other cells name: the tagger's type of those cells, never a guess of its own;
 * - `listNameSpans`: a name of a list line the tagger left out or cut short ("Sam" of "Sam
 *   Ode") takes the kind most of the list's names have;
 * - `venueSpans`: the venue heading a scorecard line ("At Oakley Bridge : Northtown 284");
 * - `teamSpans`: the team after a competitor and the country in parentheses on a results row;
 * - `brokenPlaceSpans`: the parts of a place broken over two lines in parentheses;
 * - `countryRunSpans`: a competitor written with their country in parentheses ("Hale ( Canada
 *   ) 3:47.19"), of the kind of the text's other competitors written so;
 * - `qualifiedCells`: a cell's name and its letter code in parentheses are one name
 *   ("Northtown ( KV ) 2"), where the tagger reads two;
 * - `joinedCells`: a cell whose name holds "of the" or a possessive ("Duke of the Vale 2",
 *   "Abbot 's Vale 0") is one name, where the tagger reads parts or nothing;
 * - `slashCells`: a club's cell written as two names joined by a slash ("Northtown / Eastfield 2",
 *   a merged club) is one name where the tagger reads two clubs;
 * - `headlineSpans`: a run of words of a headline in capitals the tagger left out that the story
 *   writes as a name ("WESTBY ROVERS" for "Westby Rovers") is that name, of the story's type;
 * - `fellowKinds`: the kind the tagger gave the other names of a name's table column, list line
 *   or the parentheses after a list's names (its fellows), which the rules read (rules.ts,
 *   `layout/club-column`, `layout/list-kind`): names of one column or list are of one kind.
 */
import { boundaryBetween } from './candidates.js';
import { pushTo } from '../core/multimap.js';
import { TABLE_LABELS } from './context-words.js';
import { stopwordsOf } from '../language/stopwords.js';
import { isNumberToken, isQualifier, type Layout, type ListName, type TableCell } from './layout.js';
import type { Token } from './parse.js';
import { typedSpan, type SpanContext } from './spans.js';
import type { TaggedSpan } from './tagger/model.js';

/**
 * The least evidence a name added from the layout has for the type it takes (the tagger may
 * score the words below zero for every type, and a name without evidence is dropped); a
 * confident tagger reading counts as it is. CoNLL-2003 dev scores the same from 0 to 80.
 */
const LAYOUT_SPAN_EVIDENCE = 40;
/** How many table rows above and below a row are read for the type of its cells (dev: the same from 2 to 12). */
const TABLE_REACH = 6;

/** Per token: 1 when a span holds it (linear in the text, so a long table stays linear). */
function takenTokens(n: number, spans: readonly TaggedSpan[]): Uint8Array {
  const taken = new Uint8Array(n);
  for (const s of spans) taken.fill(1, s.first, s.last + 1);
  return taken;
}
/** Per token: the index of the span that holds it, or -1 (spans do not overlap). */
function spanOwners(n: number, spans: readonly TaggedSpan[]): Int32Array {
  const owner = new Int32Array(n).fill(-1);
  spans.forEach((s, k) => owner.fill(k, s.first, s.last + 1));
  return owner;
}
/** The spans holding a token of first..last, in order, each once. */
function spansOver(owner: Int32Array, spans: readonly TaggedSpan[], first: number, last: number): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = first; k <= last; k++) {
    const o = owner[k]!;
    if (o >= 0 && out[out.length - 1] !== spans[o]) out.push(spans[o]!);
  }
  return out;
}
const covered = (taken: Uint8Array, first: number, last: number): boolean =>
  taken.subarray(first, last + 1).includes(1);

function layoutSpan(ctx: SpanContext, first: number, last: number, type: TaggedSpan['type']): TaggedSpan {
  const span = typedSpan(ctx, first, last, type);
  span.evidence[type] = Math.max(span.evidence[type], LAYOUT_SPAN_EVIDENCE);
  return span;
}

const bySpanStart = (a: TaggedSpan, b: TaggedSpan): number => a.first - b.first;

/** The spans plus a layout span of `type` over every [first, last] range no span touches, in text order. */
function withUncovered(
  ctx: SpanContext,
  spans: readonly TaggedSpan[],
  ranges: Iterable<readonly [number, number]>,
  type: TaggedSpan['type'],
): TaggedSpan[] {
  const out = spans.slice();
  let taken: Uint8Array | undefined;
  for (const [first, last] of ranges) {
    taken ??= takenTokens(ctx.tokens.length, spans);
    if (!covered(taken, first, last)) out.push(layoutSpan(ctx, first, last, type));
  }
  return taken ? out.sort(bySpanStart) : out;
}

/**
 * Adds the opening place of every dateline the tagger left out.
 *
 * @example
 * datelinePlaces(ctx, spans, layout); // + LOC "DENVER" in "DENVER 2004-03-11"
 */
export function datelinePlaces(ctx: SpanContext, spans: readonly TaggedSpan[], layout: Layout): TaggedSpan[] {
  const { tokens } = ctx;
  const out = spans.slice();
  const taken = takenTokens(tokens.length, spans);
  for (let i = 0; i < tokens.length; i++) {
    if (!layout.datelineStart[i] || covered(taken, i, i)) continue;
    // "NEW YORK 2004-03-11": the words in capitals up to the first break
    let last = i;
    while (
      last + 1 <= layout.lineLast[i]! &&
      isCapsWord(tokens[last + 1]!) &&
      !boundaryBetween(ctx.source, tokens[last]!, tokens[last + 1]!)
    )
      last++;
    if (covered(taken, i, last)) continue;
    out.push(layoutSpan(ctx, i, last, 'LOC'));
    taken.fill(1, i, last + 1);
  }
  return out.sort(bySpanStart);
}

const isCapsWord = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && !/\p{Ll}/u.test(t.text) && !isNumberToken(t);

/**
 * Adds the cells of table rows that the tagger left out, typed as the other cells of the
 * row, else of the rows of the same shape around it.
 *
 * @example
 * tableCellSpans(ctx, spans, layout); // + ORG "Eastfield" in "Northtown 31 Eastfield 33" when Northtown is ORG
 */
export function tableCellSpans(ctx: SpanContext, spans: readonly TaggedSpan[], layout: Layout): TaggedSpan[] {
  const { tokens } = ctx;
  // the table rows, in order, with their cells
  const rows: TableCell[][] = [];
  for (const cell of layout.cells.values()) {
    const row = rows[rows.length - 1];
    if (row && layout.lineFirst[row[0]!.first] === layout.lineFirst[cell.first]) row.push(cell);
    else rows.push([cell]);
  }
  const spanType = new Map(spans.map((s) => [`${s.first}:${s.last}`, s.type]));
  const typeOf = (c: TableCell): TaggedSpan['type'] | undefined => spanType.get(`${c.first}:${c.last}`);
  const majority = (cells: readonly TableCell[]): TaggedSpan['type'] | undefined => {
    const n = new Map<TaggedSpan['type'], number>();
    for (const c of cells) {
      const t = typeOf(c);
      if (t && t !== 'MISC') n.set(t, (n.get(t) ?? 0) + 1);
    }
    let best: TaggedSpan['type'] | undefined;
    for (const [t, k] of n) if (!best || k > n.get(best)!) best = t;
    return best;
  };
  const out = spans.slice();
  const taken = takenTokens(tokens.length, spans);
  rows.forEach((row, r) => {
    // a cell no span holds matches no span itself: the row's majority is that of its other cells
    let type: TaggedSpan['type'] | undefined | null = null;
    for (const cell of row) {
      if (covered(taken, cell.first, cell.last) || layout.labelRow[cell.first] || !isTitleCell(tokens, cell)) continue;
      if (type === null) {
        type = majority(row);
        if (!type) {
          const near = rows
            .slice(Math.max(0, r - TABLE_REACH), r + TABLE_REACH + 1)
            .filter((x) => x !== row && x[0]!.shape === cell.shape);
          type = majority(near.flat());
        }
      }
      if (!type) continue;
      out.push(layoutSpan(ctx, cell.first, cell.last, type));
      taken.fill(1, cell.first, cell.last + 1);
    }
  });
  return out.sort(bySpanStart);
}

/**
 * Adds the venues heading scorecard lines that the tagger left out, as places.
 *
 * @example
 * venueSpans(ctx, spans, layout); // + LOC "Northfield Park" in "At Northfield Park : Northtown 284"
 */
export function venueSpans(ctx: SpanContext, spans: readonly TaggedSpan[], layout: Layout): TaggedSpan[] {
  return withUncovered(
    ctx,
    spans,
    [...layout.venues.values()].map((v) => [v.first, v.last] as const),
    'LOC',
  );
}

/**
 * Adds the teams on results rows that the tagger left out ("4. Tom Hale ( Canada ) VX-Northtown
 * 1:21"), as organizations.
 *
 * @example
 * teamSpans(ctx, spans, layout); // + ORG "VX-Northtown"
 */
export function teamSpans(ctx: SpanContext, spans: readonly TaggedSpan[], layout: Layout): TaggedSpan[] {
  return withUncovered(ctx, spans, layout.teams, 'ORG');
}

/**
 * Adds the parts of a place broken over two lines that the tagger left out ("( Czech" /
 * "Republic )"), as places.
 *
 * @example
 * brokenPlaceSpans(ctx, spans, layout); // + LOC "Czech", LOC "Republic"
 */
export function brokenPlaceSpans(ctx: SpanContext, spans: readonly TaggedSpan[], layout: Layout): TaggedSpan[] {
  return withUncovered(ctx, spans, layout.brokenPlaces, 'LOC');
}

/**
 * Adds the competitors written with their country that the tagger left out ("Hale ( Canada )
 * 3:47.19"), typed as most of the text's other competitors written so are (athletes or clubs).
 *
 * @example
 * countryRunSpans(ctx, spans, layout); // + PER "Hale" when the other competitors are persons
 */
export function countryRunSpans(ctx: SpanContext, spans: readonly TaggedSpan[], layout: Layout): TaggedSpan[] {
  if (layout.countryRuns.size === 0) return spans.slice();
  const spanAt = new Map(spans.map((s) => [s.first, s]));
  const n = new Map<TaggedSpan['type'], number>();
  let typed = 0;
  for (const [first, last] of layout.countryRuns) {
    const s = spanAt.get(first);
    if (!s || s.last !== last || s.type === 'MISC') continue;
    n.set(s.type, (n.get(s.type) ?? 0) + 1);
    typed++;
  }
  let kind: TaggedSpan['type'] | undefined;
  for (const [t, k] of n) if (k >= MIN_LIST_KIND && 2 * k > typed) kind = t;
  if (!kind) return spans.slice();
  return withUncovered(ctx, spans, layout.countryRuns, kind);
}

/**
 * The names of list lines (layout.ts, `listNames`) that the tagger left out or cut short,
 * typed as the list's other names: the kind most of them are on the line, else in the
 * list's block of lines. A name the tagger typed otherwise keeps its type.
 *
 * @example
 * listNameSpans(ctx, spans, layout); // + PER "Sam Ode" in "Tom Hale , Sam Ode , Ray Lund" (two persons)
 */
export function listNameSpans(ctx: SpanContext, spans: readonly TaggedSpan[], layout: Layout): TaggedSpan[] {
  if (layout.listNames.size === 0) return spans.slice();
  const { tokens } = ctx;
  const spanAt = new Map(spans.map((s) => [s.first, s]));
  const exactType = (n: ListName): TaggedSpan['type'] | undefined => {
    const s = spanAt.get(n.first);
    return s && s.last === n.last ? s.type : undefined;
  };
  const lines = new Map<number, ListName[]>();
  const blocks = new Map<number, ListName[]>();
  for (const n of layout.listNames.values()) {
    const line = layout.lineFirst[n.first]!;
    const onLine = lines.get(line);
    if (onLine) onLine.push(n);
    else lines.set(line, [n]);
    const inBlock = blocks.get(n.block);
    if (inBlock) inBlock.push(n);
    else blocks.set(n.block, [n]);
  }
  const kindOf = (names: readonly ListName[]): TaggedSpan['type'] | undefined => {
    const n = new Map<TaggedSpan['type'], number>();
    let typed = 0;
    for (const x of names) {
      const t = exactType(x);
      if (!t || t === 'MISC') continue;
      n.set(t, (n.get(t) ?? 0) + 1);
      typed++;
    }
    for (const [t, k] of n) if (k >= MIN_LIST_KIND && 2 * k > typed) return t;
    return undefined;
  };
  // once per line and per block: a long list stays linear
  const memo = (group: Map<number, ListName[]>): ((key: number) => TaggedSpan['type'] | undefined) => {
    const kinds = new Map<number, TaggedSpan['type'] | undefined>();
    return (key) => {
      if (!kinds.has(key)) kinds.set(key, kindOf(group.get(key)!));
      return kinds.get(key);
    };
  };
  const lineKind = memo(lines);
  const blockKind = memo(blocks);
  const taken = takenTokens(tokens.length, spans);
  const owner = spanOwners(tokens.length, spans);
  const drop = new Set<TaggedSpan>();
  const out: TaggedSpan[] = [];
  for (const n of layout.listNames.values()) {
    if (exactType(n)) continue;
    const inside = spansOver(owner, spans, n.first, n.last);
    // a span that cuts the name ("Sam" of "Sam Ode") and no other: the name is whole
    const cut = inside.length === 1 && inside[0]!.first >= n.first && inside[0]!.last <= n.last ? inside[0] : null;
    if (inside.length > 0 && !cut) continue;
    const type = lineKind(layout.lineFirst[n.first]!) ?? blockKind(n.block);
    if (!type || (cut && cut.type !== type)) continue;
    if (cut) drop.add(cut);
    else if (covered(taken, n.first, n.last)) continue;
    out.push(layoutSpan(ctx, n.first, n.last, type));
  }
  return [...spans.filter((s) => !drop.has(s)), ...out].sort(bySpanStart);
}

/** A list's names are of one kind when at least this many of them are, and more than half of those typed. */
const MIN_LIST_KIND = 2;

/**
 * Joins a club's name and the letter code after it into one span ("Northtown ( KV ) 2": the
 * tagger reads "Northtown" and "KV"), typed as the tagger typed the name.
 *
 * @example
 * qualifiedCells(ctx, spans, layout); // ORG "Northtown ( KV )" for ORG "Northtown" + ORG "KV"
 */
export function qualifiedCells(ctx: SpanContext, spans: readonly TaggedSpan[], layout: Layout): TaggedSpan[] {
  const { tokens, source } = ctx;
  const joins = new Map<number, TableCell>();
  for (const cell of layout.cells.values())
    if (cell.last > cell.first && isQualifier(source, tokens[cell.last - 1]!, tokens[cell.last]!))
      joins.set(cell.first, cell);
  if (joins.size === 0) return spans.slice();
  const owner = spanOwners(tokens.length, spans);
  const out: TaggedSpan[] = [];
  let skipTo = -1;
  for (const span of spans) {
    if (span.first <= skipTo) {
      if (span.last <= skipTo) continue;
      out.push(span);
      continue;
    }
    const cell = joins.get(span.first);
    // no span runs on past the cell's end ("Northtown ( KV ) 2" read as one with what follows)
    const past = owner[cell?.last ?? 0]!;
    if (!cell || span.last >= cell.last || (past >= 0 && spans[past]!.last > cell.last)) {
      out.push(span);
      continue;
    }
    out.push(typedSpan(ctx, cell.first, cell.last, span.type));
    skipTo = cell.last;
  }
  return out;
}

/** Written in Title Case: a table in capitals is a table of labels as often as of names ("FULL FEES 1.875"). */
const isTitleCell = (tokens: readonly Token[], cell: TableCell): boolean => {
  if (cell.first === cell.last && TABLE_LABELS.has(tokens[cell.first]!.text.toLowerCase())) return false;
  for (let k = cell.first; k <= cell.last; k++) if (/\p{Ll}/u.test(tokens[k]!.text)) return !isCalendarWord(tokens[k]!);
  return false;
};
const isCalendarWord = (t: Token): boolean => t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Date');

/** The kind of a name's fellows, by model type (as the rules name types). */
const KIND_OF: Readonly<Record<TaggedSpan['type'], FellowKind | undefined>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: undefined,
};
/**
 * The kind of a name's fellows: the type most of the other names of its table column or list
 * line have.
 *
 * @example
 * const kind: FellowKind = 'organization'; // the clubs around "Northtown" in a results table
 */
export type FellowKind = 'person' | 'organization' | 'place';
/**
 * A name with fellows (`fellowKinds`): its last token, the kind of its fellows, and its column:
 * a table `cell`, a `list` name, or the `parenthesis` after a list name ("Tom Hale ( Northtown
 * )": the player's club or country).
 *
 * @example
 * const f: Fellows = { last: 4, kind: 'organization', column: 'cell' };
 */
export interface Fellows {
  readonly last: number;
  readonly kind: FellowKind;
  readonly column: 'cell' | 'list' | 'parenthesis';
}
/** A column's kind needs this many fellows of it ... */
const MIN_COLUMN_KIND = 3;
/** ... and this share of the fellows the tagger typed: a column of clubs holds few places. */
const COLUMN_KIND_SHARE = 0.75;

interface Member {
  readonly first: number;
  readonly last: number;
  readonly kind: FellowKind | undefined;
}

/** How many members of a group are of each kind (a tally, so that each member's fellows cost no second pass). */
type Tally = Record<FellowKind, number>;
const tallyOf = (members: Iterable<Member>): Tally => {
  const t: Tally = { person: 0, organization: 0, place: 0 };
  for (const x of members) if (x.kind) t[x.kind]++;
  return t;
};
/** The kind of `self`'s fellows in a group of `tally`, self left out, or undefined (see `MIN_COLUMN_KIND`, `COLUMN_KIND_SHARE`). */
function kindAmong(tally: Tally, self: Member): FellowKind | undefined {
  const n = (k: FellowKind): number => tally[k] - (self.kind === k ? 1 : 0);
  const typed = n('person') + n('organization') + n('place');
  for (const kind of ['person', 'organization', 'place'] as const)
    if (n(kind) >= MIN_COLUMN_KIND && n(kind) >= COLUMN_KIND_SHARE * typed) return kind;
  return undefined;
}

/**
 * The fellows of every table cell, list name and parenthesis after a list name that the tagger
 * typed as one span, by the name's first token: for a cell, the typed cells of the same shape
 * ('result' rows, or standings rows) within `TABLE_REACH` rows; for a list name, the list's
 * other names on its line, else in its block of lines; for a parenthesis, the other
 * parentheses after the names of its block. The name itself is left out; a kind needs
 * `MIN_COLUMN_KIND` fellows and `COLUMN_KIND_SHARE` of those typed. A name the tagger left out
 * gets none (it takes the kind of its column or list in `tableCellSpans` and `listNameSpans`).
 *
 * @example
 * fellowKinds(source, tokens, spans, layout).get(4)?.kind; // 'organization' for "Monaco" in "Eastfield 2 Monaco 1" of a table of clubs
 */
export function fellowKinds(
  source: string,
  tokens: readonly Token[],
  spans: readonly TaggedSpan[],
  layout: Layout,
): Map<number, Fellows> {
  const out = new Map<number, Fellows>();
  if (layout.cells.size === 0 && layout.listNames.size === 0) return out;
  const spanAt = new Map(spans.map((s) => [s.first, s]));
  const member = (first: number, last: number): Member => {
    const s = spanAt.get(first);
    return { first, last, kind: s && s.last === last ? KIND_OF[s.type] : undefined };
  };
  const set = (m: Member, kind: FellowKind | undefined, column: Fellows['column']): void => {
    if (m.kind && kind) out.set(m.first, { last: m.last, kind, column });
  };
  // table cells: the rows in order, each cell with its shape class
  const rows: Array<Array<Member & { shape: string }>> = [];
  for (const cell of layout.cells.values()) {
    const c = { ...member(cell.first, cell.last), shape: cell.shape.split(' ')[0]! };
    const row = rows[rows.length - 1];
    if (row && layout.lineFirst[row[0]!.first] === layout.lineFirst[cell.first]) row.push(c);
    else rows.push([c]);
  }
  // the tally of each row's cells by shape, then of the rows around each row (linear in the cells)
  const shapes = ['result', 'standing'];
  const rowTallies = rows.map((row) => shapes.map((shape) => tallyOf(row.filter((c) => c.shape === shape))));
  rows.forEach((row, r) => {
    const near = shapes.map((_, k) => {
      const t: Tally = { person: 0, organization: 0, place: 0 };
      for (let q = Math.max(0, r - TABLE_REACH); q <= Math.min(rows.length - 1, r + TABLE_REACH); q++)
        for (const kind of ['person', 'organization', 'place'] as const) t[kind] += rowTallies[q]![k]![kind];
      return t;
    });
    for (const cell of row) {
      const k = shapes.indexOf(cell.shape);
      if (k >= 0) set(cell, kindAmong(near[k]!, cell), 'cell');
    }
  });
  // list names: the kind of the line's other names, else of the block's; the parentheses after them
  const lines = new Map<number, Member[]>();
  const blocks = new Map<number, Member[]>();
  const parentheses = new Map<number, Member[]>();
  const blockOf = new Map<Member, number>();
  for (const n of layout.listNames.values()) {
    const m = member(n.first, n.last);
    pushTo(lines, layout.lineFirst[n.first]!, m);
    pushTo(blocks, n.block, m);
    blockOf.set(m, n.block);
    // "Tom Hale ( Northtown )": the span right inside the parenthesis after the name
    const p = spanAt.get(n.last + 1);
    if (
      p &&
      /^\s*\(\s*$/.test(source.slice(tokens[n.last]!.end, tokens[p.first]!.start)) &&
      /^\s*\)/.test(source.slice(tokens[p.last]!.end, tokens[p.last]!.end + 3))
    )
      pushTo(parentheses, n.block, member(p.first, p.last));
  }
  const blockTallies = new Map([...blocks].map(([b, names]) => [b, tallyOf(names)]));
  for (const names of lines.values()) {
    const tally = tallyOf(names);
    for (const m of names) set(m, kindAmong(tally, m) ?? kindAmong(blockTallies.get(blockOf.get(m)!)!, m), 'list');
  }
  for (const items of parentheses.values()) {
    const tally = tallyOf(items);
    for (const m of items) set(m, kindAmong(tally, m), 'parenthesis');
  }
  return out;
}

/** A headline in capitals has at least this many words. */
const MIN_HEADLINE_WORDS = 3;

/** The first tokens of the lines in capitals (no lower-case letter, three words or more) that are no datelines. */
function capsHeadlines(tokens: readonly Token[], layout: Layout): number[] {
  const out: number[] = [];
  for (let a = 0; a < tokens.length; a = layout.lineLast[a]! + 1) {
    let words = 0;
    let caps = true;
    for (let k = a; k <= layout.lineLast[a]! && caps; k++) {
      if (/\p{Ll}/u.test(tokens[k]!.text)) caps = false;
      else if (/\p{Lu}/u.test(tokens[k]!.text)) words++;
    }
    if (caps && words >= MIN_HEADLINE_WORDS && !layout.datelineStart[a]) out.push(a);
  }
  return out;
}
/** No name the headline borrows from the story has more words. */
const MAX_BORROWED_WORDS = 4;

/**
 * Adds the names of headlines in capitals that the tagger left out and the story writes as a
 * name: a run of words of a line without a lower-case letter, up to a break, whose words are
 * those of a name typed elsewhere in the text on a line with lower-case letters ("WESTBY ROVERS" for
 * "Westby Rovers", "O'DELL" for "O'Dell"); the name takes the type the tagger gave it there most
 * often. Capitals hide what the case of a word tells the tagger; the story shows it.
 *
 * @example
 * headlineSpans(ctx, spans, layout); // + ORG "WESTBY ROVERS" in "WESTBY ROVERS WIN" when the story has ORG "Westby Rovers"
 */
export function headlineSpans(ctx: SpanContext, spans: readonly TaggedSpan[], layout: Layout): TaggedSpan[] {
  const { tokens, source } = ctx;
  const headlines = capsHeadlines(tokens, layout);
  if (headlines.length === 0) return spans.slice();
  const onHeadline = new Uint8Array(tokens.length);
  for (const a of headlines) onHeadline.fill(1, a, layout.lineLast[a]! + 1);
  // the story's names, in capitals, with the types the tagger gave them
  const story = new Map<string, Map<TaggedSpan['type'], number>>();
  for (const s of spans) {
    if (onHeadline[s.first] || s.type === 'MISC' || s.last - s.first >= MAX_BORROWED_WORDS) continue;
    const key = source.slice(tokens[s.first]!.start, tokens[s.last]!.end).toUpperCase();
    const types = story.get(key) ?? story.set(key, new Map()).get(key)!;
    types.set(s.type, (types.get(s.type) ?? 0) + 1);
  }
  const owner = spanOwners(tokens.length, spans);
  const drop = new Set<TaggedSpan>();
  const out: TaggedSpan[] = [];
  for (const a of headlines) {
    const b = layout.lineLast[a]!;
    for (let i = a; i <= b; i++) {
      if (!/\p{Lu}/u.test(tokens[i]!.text) || (owner[i]! >= 0 && spans[owner[i]!]!.first < i)) continue;
      // the longest run from i that the story names, up to a break, holding whole spans only
      let found = -1;
      for (let j = i; j <= b && j - i < MAX_BORROWED_WORDS; j++) {
        if (j > i && boundaryBetween(source, tokens[j - 1]!, tokens[j]!)) break;
        if (owner[j]! >= 0 && spans[owner[j]!]!.last > j) continue;
        if (story.has(source.slice(tokens[i]!.start, tokens[j]!.end))) found = j;
      }
      if (found < 0) continue;
      const inside = spansOver(owner, spans, i, found);
      // a name the tagger found as it is keeps its own reading
      if (inside.length === 1 && inside[0]!.first === i && inside[0]!.last === found) continue;
      let type: TaggedSpan['type'] | undefined;
      const types = story.get(source.slice(tokens[i]!.start, tokens[found]!.end))!;
      for (const [t, n] of types) if (!type || n > types.get(type)!) type = t;
      for (const s of inside) drop.add(s);
      out.push(layoutSpan(ctx, i, found, type!));
      i = found;
    }
  }
  return [...spans.filter((s) => !drop.has(s)), ...out].sort(bySpanStart);
}

/**
 * Joins the two names of a table cell written with a slash between them ("Northtown / Eastfield
 * 2": one club formed of two, in results and standings) into one organization, when the tagger
 * read both halves as organizations. Places joined by a slash are two places ("Northtown /
 * Eastfield 1,806", a region of two towns) and stay apart.
 *
 * @example
 * slashCells(ctx, spans, layout); // ORG "Northtown / Eastfield" for ORG "Northtown" + ORG "Eastfield"
 */
export function slashCells(ctx: SpanContext, spans: readonly TaggedSpan[], layout: Layout): TaggedSpan[] {
  const { tokens, source } = ctx;
  const owner = spanOwners(tokens.length, spans);
  const drop = new Set<TaggedSpan>();
  const out: TaggedSpan[] = [];
  for (const cell of layout.cells.values()) {
    const b = owner[cell.first]!;
    const a = cell.first > 0 ? owner[cell.first - 1]! : -1;
    if (a < 0 || b < 0) continue;
    const [left, right] = [spans[a]!, spans[b]!];
    if (left.type !== 'ORG' || right.type !== 'ORG' || right.first !== cell.first || right.last !== cell.last) continue;
    if (layout.lineFirst[left.first] !== layout.lineFirst[cell.first]) continue;
    if (!/^\s+\/\s+$/.test(source.slice(tokens[left.last]!.end, tokens[cell.first]!.start))) continue;
    drop.add(left).add(right);
    out.push(typedSpan(ctx, left.first, right.last, 'ORG'));
  }
  if (out.length === 0) return spans.slice();
  return [...spans.filter((s) => !drop.has(s)), ...out].sort(bySpanStart);
}

/** Lower-case words inside a club's name on a table row ("Duke of the Vale"). */
// prettier-ignore
const CELL_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the']);

/**
 * Joins into one name the words of a table cell that hold "of", "the" or a possessive between
 * capitalized words and end right before the figures ("Duke of the Vale 2", "Abbot 's Vale
 * 0", "Heron 's F.C. 5"), which the tagger reads as parts or leaves out. The name takes the type
 * most of the other cells of its row have, else of the rows around it (`TABLE_REACH`).
 *
 * @example
 * joinedCells(ctx, spans, layout); // ORG "Duke of the Vale" in "Duke of the Vale 2 Westby 1"
 */
export function joinedCells(ctx: SpanContext, spans: readonly TaggedSpan[], layout: Layout): TaggedSpan[] {
  const { tokens, source } = ctx;
  if (layout.cells.size === 0) return spans.slice();
  const lines: number[] = [];
  for (const cell of layout.cells.values()) {
    const a = layout.lineFirst[cell.first]!;
    if (lines[lines.length - 1] !== a) lines.push(a);
  }
  const spanAt = new Map(spans.map((x) => [x.first, x]));
  const owner = spanOwners(tokens.length, spans);
  // the types of the cells of a line that the tagger found whole
  const cellTypes = new Map<number, TaggedSpan['type'][]>();
  for (const cell of layout.cells.values()) {
    const x = spanAt.get(cell.first);
    if (!x || x.last !== cell.last || x.type === 'MISC') continue;
    const a = layout.lineFirst[cell.first]!;
    (cellTypes.get(a) ?? cellTypes.set(a, []).get(a)!).push(x.type);
  }
  const majority = (types: readonly TaggedSpan['type'][]): TaggedSpan['type'] | undefined => {
    const n = new Map<TaggedSpan['type'], number>();
    for (const t of types) n.set(t, (n.get(t) ?? 0) + 1);
    let best: TaggedSpan['type'] | undefined;
    for (const [t, k] of n) if (!best || k > n.get(best)!) best = t;
    return best;
  };
  const isWord = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && !isNumberToken(t);
  const drop = new Set<TaggedSpan>();
  const out: TaggedSpan[] = [];
  lines.forEach((a, r) => {
    const b = layout.lineLast[a]!;
    let lineType: TaggedSpan['type'] | undefined | null = null;
    for (let i = a; i < b; i++) {
      if (!isWord(tokens[i]!) || (i > a && !isNumberToken(tokens[i - 1]!))) continue;
      // the words up to the figures: capitalized words, connectors, possessives, nothing else
      let j = i;
      let joined = false;
      while (j + 1 <= b && !isNumberToken(tokens[j + 1]!)) {
        const t = tokens[j + 1]!;
        const gap = source.slice(tokens[j]!.end, t.start);
        if (!(tokens[j]!.possessive ? /^\s*['’]s\s+$/u : /^\s+$/u).test(gap)) break;
        if (!isWord(t) && !CELL_CONNECTORS.has(t.text)) break;
        if (CELL_CONNECTORS.has(t.text) || tokens[j]!.possessive) joined = true;
        j++;
      }
      if (!joined || j >= b || !isNumberToken(tokens[j + 1]!) || !isWord(tokens[j]!)) continue;
      if (!/^\s+$/.test(source.slice(tokens[j]!.end, tokens[j + 1]!.start))) continue;
      const inside = spansOver(owner, spans, i, j);
      if (inside.some((x) => x.first < i || x.last > j)) continue;
      // once per line: a long line of such cells stays linear
      if (lineType === null)
        lineType =
          majority(cellTypes.get(a) ?? []) ??
          majority(
            lines.slice(Math.max(0, r - TABLE_REACH), r + TABLE_REACH + 1).flatMap((x) => cellTypes.get(x) ?? []),
          );
      const type = lineType;
      if (!type || type === 'MISC') continue;
      for (const x of inside) drop.add(x);
      out.push(layoutSpan(ctx, i, j, type));
      i = j;
    }
  });
  if (out.length === 0) return spans.slice();
  return [...spans.filter((x) => !drop.has(x)), ...out].sort(bySpanStart);
}

/** Verbs of a result in a headline in capitals ("NORTHTOWN BEAT WESTBY 2-1"): the names on either side are the two sides. */
// prettier-ignore
const RESULT_VERBS: ReadonlySet<string> = new Set(['BEAT', 'BEATS', 'DOWN', 'DOWNS', 'EDGE', 'EDGES', 'HOLD', 'HOLDS',
  'THRASH', 'THRASHES', 'ROUT', 'ROUTS', 'CRUSH', 'CRUSHES', 'SINK', 'SINKS', 'STUN', 'STUNS', 'OUST', 'OUSTS']);
/** No side of a result headline has more words. */
const MAX_SIDE_WORDS = 3;

/**
 * The two sides of a result in a headline in capitals ("NORTHTOWN BEAT WESTBY 2-1") are of one
 * kind, two clubs or two countries: a side the tagger left out takes the type of the other (the
 * words next to the verb up to a figure, a break, an ordinary function word ("IN", "BY") or three
 * words).
 *
 * @example
 * headlineSides(ctx, spans, layout); // + LOC "VARNIA" in "NORTHLAND BEAT VARNIA" when Northland is LOC
 */
export function headlineSides(ctx: SpanContext, spans: readonly TaggedSpan[], layout: Layout): TaggedSpan[] {
  const { tokens, source } = ctx;
  const headlines = capsHeadlines(tokens, layout);
  if (headlines.length === 0) return spans.slice();
  const stop = stopwordsOf('eng');
  const owner = spanOwners(tokens.length, spans);
  const isSideWord = (k: number): boolean =>
    /^\p{Lu}/u.test(tokens[k]!.text) &&
    !isNumberToken(tokens[k]!) &&
    !stop?.has(tokens[k]!.text.toLowerCase()) &&
    !RESULT_VERBS.has(tokens[k]!.text);
  // the run of side words from the verb outwards (step -1: before it, +1: after it), or null
  const run = (v: number, step: -1 | 1, a: number, b: number): [number, number] | null => {
    let k = v + step;
    let n = 0;
    while (k >= a && k <= b && n < MAX_SIDE_WORDS && isSideWord(k)) {
      // no break between the word and the one before it on the way out (the verb first)
      const [x, y] = step < 0 ? [k, k + 1] : [k - 1, k];
      if (boundaryBetween(source, tokens[x]!, tokens[y]!)) break;
      k += step;
      n++;
    }
    if (n === 0) return null;
    return step < 0 ? [k + 1, v - 1] : [v + 1, k - 1];
  };
  const out: TaggedSpan[] = [];
  for (const a of headlines) {
    const b = layout.lineLast[a]!;
    for (let v = a + 1; v < b; v++) {
      if (!RESULT_VERBS.has(tokens[v]!.text)) continue;
      const left = owner[v - 1]! >= 0 ? spans[owner[v - 1]!]! : null;
      const right = owner[v + 1]! >= 0 ? spans[owner[v + 1]!]! : null;
      if (left && right) continue;
      const known = left ?? right;
      if (!known || known.type === 'MISC') continue;
      const side = left ? run(v, 1, a, b) : run(v, -1, a, b);
      if (!side || owner.subarray(side[0], side[1] + 1).some((o) => o >= 0)) continue;
      out.push(layoutSpan(ctx, side[0], side[1], known.type));
    }
  }
  return out.length === 0 ? spans.slice() : [...spans, ...out].sort(bySpanStart);
}
