/**
 * restore(result): rebuilds the raw input from a clean result's text and edit log alone.
 *
 * This is the losslessness guarantee made executable: results keep no copy of the input,
 * so if restore() returns the raw text, every removed or replaced byte is in the log.
 */
import type { Edit } from '../core/types.js';

/**
 * Rebuilds the raw input: `restore(clean(raw)) === raw`.
 *
 * @example
 * const result = clean(raw);
 * restore(result) === raw; // true
 */
export function restore(result: { text: string; edits: readonly Edit[] }): string {
  if (!result || typeof result !== 'object') throw new TypeError('restore: expected a clean result { text, edits }');
  const { text, edits } = result;
  if (typeof text !== 'string') throw new TypeError('restore: expected result.text to be a string');
  if (!Array.isArray(edits)) throw new TypeError('restore: expected result.edits to be an array');
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    if (!edit || typeof edit.before !== 'string' || typeof edit.start !== 'number' || typeof edit.end !== 'number') {
      throw new TypeError('restore: every edit needs before, start and end');
    }
    if (!Number.isInteger(edit.start) || !Number.isInteger(edit.end)) {
      throw new RangeError(
        `restore: edit ${edit.rule ?? ''} has offsets that are not whole numbers (start ${String(edit.start)}, end ${String(edit.end)})`,
      );
    }
    if (edit.start < at || edit.end < edit.start || edit.end > text.length) {
      throw new RangeError(
        `restore: edit ${edit.rule ?? ''} at ${edit.start}-${edit.end} is out of order or outside the text`,
      );
    }
    parts.push(text.slice(at, edit.start), edit.before);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
