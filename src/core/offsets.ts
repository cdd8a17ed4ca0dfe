/**
 * Mapping between cleaned-text offsets and raw-input offsets, derived from the edit log.
 *
 * Stages after `clean` work on the cleaned text; `normalizeArticle` uses this map to give
 * every span its `rawStart`/`rawEnd`. A position inside a replaced passage maps to the
 * edge of that passage in the raw text (start to its start, end to its end), so a span
 * always covers whole raw edits.
 */
import { assertInteger, assertSpans } from './errors.js';
import type { Edit, Span } from './types.js';

/**
 * Converts cleaned offsets to raw offsets.
 *
 * @example
 * const map = createOffsetMap(result.edits);
 * map.toRaw(10, 'start'); // raw offset of cleaned offset 10
 */
export interface OffsetMap {
  /** `side` says whether the offset opens ('start') or closes ('end') a span. */
  toRaw(offset: number, side: 'start' | 'end'): number;
}

/**
 * Builds an offset map from edits in raw order (as `clean` returns them).
 *
 * @example
 * const { toRaw } = createOffsetMap(edits);
 */
export function createOffsetMap(edits: readonly Edit[]): OffsetMap {
  assertSpans(edits, 'createOffsetMap', 'edits', ['start', 'end', 'rawStart', 'rawEnd']);
  const starts = edits.map((e) => e.start);
  return {
    toRaw(offset, side) {
      // Find the last edit whose cleaned start is <= offset (binary search).
      let lo = 0;
      let hi = edits.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      // An end offset closes a span before any edit that begins exactly there (a removal
      // or a replacement that starts at the span's end is not part of the span).
      if (side === 'end') {
        while (found >= 0 && edits[found]!.start === offset) found--;
      }
      if (found < 0) return offset;
      const e = edits[found]!;
      if (offset >= e.end) return e.rawEnd + (offset - e.end);
      // Inside (or at the start of) a replaced passage.
      return side === 'start' ? e.rawStart : e.rawEnd;
    },
  };
}

/**
 * Returns a copy of a span with raw offsets computed through the map.
 *
 * @example
 * const mapped = mapSpan(entityMention, createOffsetMap(edits));
 */
export function mapSpan<T extends Span>(span: T, map: OffsetMap): T {
  if (typeof span !== 'object' || span === null)
    throw new TypeError('mapSpan: expected span to be an object with start and end');
  assertInteger(span.start, 'mapSpan', 'span.start');
  assertInteger(span.end, 'mapSpan', 'span.end', span.start);
  if (typeof map !== 'object' || map === null || typeof map.toRaw !== 'function') {
    throw new TypeError('mapSpan: expected map to be an offset map from createOffsetMap(edits)');
  }
  const rawStart = map.toRaw(span.start, 'start');
  // An empty span where a removal starts: its start maps after the removal, its end before it.
  const rawEnd = Math.max(rawStart, map.toRaw(span.end, 'end'));
  return { ...span, rawStart, rawEnd };
}

/**
 * Makes a span whose raw offsets equal its offsets (a stage called on its own text).
 *
 * @example
 * makeSpan('Kremlin said', 0, 7); // { text: 'Kremlin', start: 0, end: 7, rawStart: 0, rawEnd: 7 }
 */
export function makeSpan(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end, rawStart: start, rawEnd: end };
}
