// A suite of dated passages for resolveDates, shared by test/dates/wire-style.test.ts and
// test/dates/machine-translated.test.ts: each file writes its tables (passages, expected
// values, look-alikes, neutral spans, known gaps) and this module turns them into tests, a
// consistency check (which also fails on a stale known gap) and a score line that fails on
// any extra prediction and on any row or look-alike outside the known gaps that went wrong.
import { describe, expect, it } from 'vitest';
import { gapAwareCheck, type Verdict } from '../known-gaps.js';
import { resolveDates } from '../../src/dates/index.js';
import type { TemporalExpression, TimexMod } from '../../src/core/types.js';

/** R = relative (needs the publication date or an earlier date), A = absolute, D = duration / set / *_REF. */
export type Kind = 'R' | 'A' | 'D';
type TimexType = TemporalExpression['type'];
/** A passage and the day it was published. */
export type Passage = { readonly published: string; readonly text: string };
/** [passage, expression (or context with the [span]), expected value, kind, type?, mod?] */
export type Row = readonly [id: string, expr: string, value: string, kind: Kind, type?: TimexType, mod?: TimexMod];
/** [passage, context, look-alike inside the context] */
export type Negative = readonly [id: string, context: string, forbidden: string];
/** [passage, context with the [span], why it is neither required nor forbidden] */
export type Neutral = readonly [id: string, expr: string, why: string];

/** Everything a passage suite file declares. */
export interface PassageSuite {
  /** Names the tests and the score line ("wire-style dates"). */
  name: string;
  passages: Readonly<Record<string, Passage>>;
  rows: readonly Row[];
  negatives: readonly Negative[];
  neutral: readonly Neutral[];
  /** Rows the code gets wrong today, with the reason (skipped; expected failures under CHECK_GAPS=1). */
  gaps: Readonly<Record<string, string>>;
  /** The least number of rows and negatives the tables must keep. */
  minRows: number;
  minNegatives: number;
}

/**
 * Declares the tests of a passage suite: every row resolved, every look-alike rejected, the
 * tables consistent, and a score line with the extra predictions.
 *
 * @example
 * definePassageSuite({ name: 'wire-style dates', passages: PASSAGES, rows: ROWS, negatives: NEGATIVES,
 *   neutral: NEUTRAL, gaps: KNOWN_GAPS, minRows: 200, minNegatives: 30 });
 */
export function definePassageSuite(suite: PassageSuite): void {
  const { name, passages: PASSAGES, rows: ROWS, negatives: NEGATIVES, neutral: NEUTRAL, gaps: KNOWN_GAPS } = suite;
  const check = gapAwareCheck(KNOWN_GAPS);

  type Found = { start: number; end: number; text: string };

  const cache = new Map<string, TemporalExpression[]>();
  function datesOf(id: string): TemporalExpression[] {
    let ds = cache.get(id);
    if (!ds) {
      const p = PASSAGES[id]!;
      ds = resolveDates(p.text, { publishedAt: p.published });
      cache.set(id, ds);
    }
    return ds;
  }

  /** The span of a row: the expression's only occurrence, or the [bracketed] part of a unique context. */
  function locate(id: string, expr: string): Found | string {
    const text = PASSAGES[id]?.text;
    if (text === undefined) return `no passage ${id}`;
    const open = expr.indexOf('[');
    const close = expr.indexOf(']');
    const context = open < 0 ? expr : expr.slice(0, open) + expr.slice(open + 1, close) + expr.slice(close + 1);
    const at = text.indexOf(context);
    if (at < 0) return `${JSON.stringify(context)} is not in ${id}`;
    if (text.indexOf(context, at + 1) >= 0)
      return `${JSON.stringify(context)} occurs more than once in ${id}; bracket it in a context`;
    if (open < 0) return { start: at, end: at + expr.length, text: expr };
    const inner = expr.slice(open + 1, close);
    return { start: at + open, end: at + open + inner.length, text: inner };
  }

  /** Spans of a negative's look-alike. */
  function locateNegative([id, context, forbidden]: Negative): Found | string {
    const at = locate(id, context);
    if (typeof at === 'string') return at;
    const offset = context.indexOf(forbidden);
    if (offset < 0) return `${JSON.stringify(forbidden)} is not in ${JSON.stringify(context)}`;
    return { start: at.start + offset, end: at.start + offset + forbidden.length, text: forbidden };
  }

  const show = (ds: readonly TemporalExpression[]) =>
    ds.length === 0
      ? 'nothing'
      : ds
          .map((d) => `${JSON.stringify(d.text)}@${d.start} ${d.type} ${d.value}${d.mod ? ` ${d.mod}` : ''}`)
          .join('; ');

  function judgeRow([id, expr, value, , type, mod]: Row): Verdict {
    const span = locate(id, expr);
    if (typeof span === 'string') return { ok: false, detail: span };
    const dates = datesOf(id);
    const text = PASSAGES[id]!.text;
    const hit = dates.find((d) => d.start === span.start && d.end === span.end);
    if (!hit) {
      const overlapping = dates.filter((d) => d.start < span.end && span.start < d.end);
      return {
        ok: false,
        detail: `no date spans exactly ${JSON.stringify(span.text)}; overlapping: ${show(overlapping)}`,
      };
    }
    const ok =
      hit.value === value &&
      text.slice(hit.start, hit.end) === hit.text &&
      (type === undefined || hit.type === type) &&
      (mod === undefined || hit.mod === mod);
    return { ok, detail: `got ${show([hit])}` };
  }

  function judgeNegative(row: Negative): Verdict {
    const span = locateNegative(row);
    if (typeof span === 'string') return { ok: false, detail: span };
    const hits = datesOf(row[0]).filter((d) => d.start < span.end && span.start < d.end);
    return { ok: hits.length === 0, detail: `overlapping: ${show(hits)}` };
  }

  const rowKey = ([id, expr, value]: Row) => `${id} › ${JSON.stringify(expr)} → ${value}`;
  const negKey = ([id, context, forbidden]: Negative) =>
    `${id} › not a date: ${JSON.stringify(forbidden)} in ${JSON.stringify(context)}`;

  /** Predicted dates that overlap no row, negative or neutral span of their passage. */
  function extras(): { id: string; date: TemporalExpression; neutral: boolean }[] {
    const out: { id: string; date: TemporalExpression; neutral: boolean }[] = [];
    for (const id of Object.keys(PASSAGES)) {
      const spans: Found[] = [];
      const neutral: Found[] = [];
      for (const row of ROWS)
        if (row[0] === id) {
          const s = locate(id, row[1]);
          if (typeof s !== 'string') spans.push(s);
        }
      for (const row of NEGATIVES)
        if (row[0] === id) {
          const s = locateNegative(row);
          if (typeof s !== 'string') spans.push(s);
        }
      for (const row of NEUTRAL)
        if (row[0] === id) {
          const s = locate(id, row[1]);
          if (typeof s !== 'string') neutral.push(s);
        }
      const overlaps = (d: TemporalExpression, s: Found) => d.start < s.end && s.start < d.end;
      for (const d of datesOf(id)) {
        if (spans.some((s) => overlaps(d, s))) continue;
        out.push({ id, date: d, neutral: neutral.some((s) => overlaps(d, s)) });
      }
    }
    return out;
  }

  describe(`${name}: every temporal expression resolved`, () => {
    for (const row of ROWS) check(rowKey(row), () => judgeRow(row));
  });

  describe(`${name}: look-alikes are not dates`, () => {
    for (const row of NEGATIVES) check(negKey(row), () => judgeNegative(row));
  });

  it(`${name}: the tables are consistent`, () => {
    const names = new Set([...ROWS.map(rowKey), ...NEGATIVES.map(negKey)]);
    expect(Object.keys(KNOWN_GAPS).filter((k) => !names.has(k))).toEqual([]);
    // a known gap the code now gets right is stale: its row must run as a test again
    const stale = [
      ...ROWS.filter((r) => KNOWN_GAPS[rowKey(r)] && judgeRow(r).ok).map(rowKey),
      ...NEGATIVES.filter((r) => KNOWN_GAPS[negKey(r)] && judgeNegative(r).ok).map(negKey),
    ];
    expect(stale, 'known gaps fixed by the code: delete their entries').toEqual([]);
    expect(names.size, 'duplicate rows').toBe(ROWS.length + NEGATIVES.length);
    const problems: string[] = [];
    for (const [id, expr] of [...ROWS, ...NEUTRAL]) {
      const s = locate(id, expr);
      if (typeof s === 'string') problems.push(s);
    }
    for (const row of NEGATIVES) {
      const s = locateNegative(row);
      if (typeof s === 'string') problems.push(s);
    }
    expect(problems).toEqual([]);
    for (const [id, p] of Object.entries(PASSAGES)) expect(p.published, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ROWS.length).toBeGreaterThanOrEqual(suite.minRows);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(suite.minNegatives);
  });

  it(`${name}: score line; no extra predictions, no row right before is wrong now`, () => {
    const right = ROWS.filter((r) => judgeRow(r).ok);
    const relative = ROWS.filter((r) => r[3] === 'R');
    const relativeRight = right.filter((r) => r[3] === 'R');
    const negOk = NEGATIVES.filter((r) => judgeNegative(r).ok).length;
    const extra = extras();
    const wrong = extra.filter((e) => !e.neutral);
    const neutral = extra.filter((e) => e.neutral);
    const line = (e: { id: string; date: TemporalExpression }) =>
      `  ${e.id} ${PASSAGES[e.id]!.published} ${JSON.stringify(e.date.text)}@${e.date.start} ${e.date.type} ${e.date.value}${e.date.mod ? ` ${e.date.mod}` : ''}`;
    console.log(
      [
        `${name}: ${right.length}/${ROWS.length} values right (relative ${relativeRight.length}/${relative.length}), extra predictions ${wrong.length}` +
          `; look-alikes not extracted ${negOk}/${NEGATIVES.length}; neutral spans predicted ${neutral.length}`,
        ...(wrong.length ? ['extra predictions:', ...wrong.map(line)] : []),
        ...(neutral.length ? ['neutral spans predicted (not counted):', ...neutral.map(line)] : []),
      ].join('\n'),
    );
    // a date that overlaps no row, look-alike or neutral span is a false positive
    expect(
      wrong.map(line),
      'extra predictions: add the missing row, a negative, or a neutral span with its reason',
    ).toEqual([]);
    // every row outside the known gaps is right (the per-row tests say which one is not)
    const gapCount = ROWS.filter((r) => KNOWN_GAPS[rowKey(r)]).length;
    expect(right.length, 'rows right').toBe(ROWS.length - gapCount);
    expect(negOk, 'look-alikes not extracted').toBe(
      NEGATIVES.length - NEGATIVES.filter((r) => KNOWN_GAPS[negKey(r)]).length,
    );
  });
}
