/**
 * Invariants of a clean result, as functions that return a description of the first
 * violation (or null). Property tests assert them on generated input; exploration scripts
 * reuse them to shrink and report counterexamples.
 */
import type { CleanResult } from '../../../src/clean/index.js';

/**
 * Every edit slices to its before/after, edits are sorted and disjoint in raw and cleaned
 * offsets, the text between two edits is the raw text between them, and `kind` is
 * 'remove' exactly when `after` is empty.
 *
 * @example
 * expect(editViolation(raw, clean(raw))).toBeNull();
 */
export function editViolation(raw: string, result: CleanResult): string | null {
  const { text, edits } = result;
  let rawAt = 0;
  let at = 0;
  for (const [i, e] of edits.entries()) {
    const where = `edit #${i} ${e.rule} ${JSON.stringify(e.before)}→${JSON.stringify(e.after)}`;
    if (!(e.rawStart >= rawAt && e.rawEnd >= e.rawStart && e.rawEnd <= raw.length))
      return `${where}: raw offsets ${e.rawStart}-${e.rawEnd} out of order (previous ended at ${rawAt})`;
    if (!(e.start >= at && e.end >= e.start && e.end <= text.length))
      return `${where}: offsets ${e.start}-${e.end} out of order (previous ended at ${at})`;
    if (raw.slice(e.rawStart, e.rawEnd) !== e.before)
      return `${where}: raw.slice(${e.rawStart}, ${e.rawEnd}) = ${JSON.stringify(raw.slice(e.rawStart, e.rawEnd))}`;
    if (text.slice(e.start, e.end) !== e.after)
      return `${where}: text.slice(${e.start}, ${e.end}) = ${JSON.stringify(text.slice(e.start, e.end))}`;
    if (raw.slice(rawAt, e.rawStart) !== text.slice(at, e.start))
      return `${where}: unedited gap differs (raw ${rawAt}-${e.rawStart}, text ${at}-${e.start})`;
    if ((e.kind === 'remove') !== (e.after === ''))
      return `${where}: kind ${e.kind} with after ${JSON.stringify(e.after)}`;
    if (e.before === e.after) return `${where}: no-op edit`;
    rawAt = e.rawEnd;
    at = e.end;
  }
  if (raw.slice(rawAt) !== text.slice(at)) return `unedited tail differs (raw from ${rawAt}, text from ${at})`;
  return null;
}

/**
 * Every flag slices to its text in the cleaned text; its raw offsets lie inside the raw
 * input, and slice to the same text when no edit falls inside the flagged span.
 *
 * @example
 * expect(flagViolation(raw, clean(raw))).toBeNull();
 */
export function flagViolation(raw: string, result: CleanResult): string | null {
  const { text, edits, flags } = result;
  for (const [i, f] of flags.entries()) {
    const where = `flag #${i} ${f.rule ?? f.kind} ${JSON.stringify(f.text)}`;
    if (!(f.start >= 0 && f.end >= f.start && f.end <= text.length))
      return `${where}: offsets ${f.start}-${f.end} outside the text`;
    if (text.slice(f.start, f.end) !== f.text)
      return `${where}: text.slice(${f.start}, ${f.end}) = ${JSON.stringify(text.slice(f.start, f.end))}`;
    if (!(f.rawStart >= 0 && f.rawEnd >= f.rawStart && f.rawEnd <= raw.length))
      return `${where}: raw offsets ${f.rawStart}-${f.rawEnd} outside the raw input`;
    const editInside = edits.some(
      (e) => (e.start < f.end && e.end > f.start) || (e.start === e.end && e.start > f.start && e.start < f.end),
    );
    if (!editInside && raw.slice(f.rawStart, f.rawEnd) !== f.text) {
      return `${where}: raw.slice(${f.rawStart}, ${f.rawEnd}) = ${JSON.stringify(raw.slice(f.rawStart, f.rawEnd))} though no edit lies inside`;
    }
    if (i > 0 && (flags[i - 1]!.start > f.start || (flags[i - 1]!.start === f.start && flags[i - 1]!.end > f.end)))
      return `${where}: flags not sorted`;
  }
  return null;
}

/**
 * The cleaned text's shape: no leading or trailing whitespace, paragraphs separated by
 * exactly one blank line ('\n\n'), no paragraph empty or padded with whitespace.
 *
 * @example
 * expect(shapeViolation(clean(raw).text)).toBeNull();
 */
export function shapeViolation(text: string): string | null {
  if (text === '') return null;
  if (/^\s/.test(text)) return `text starts with whitespace ${JSON.stringify(text.slice(0, 3))}`;
  if (/\s$/.test(text)) return `text ends with whitespace ${JSON.stringify(text.slice(-3))}`;
  if (text.includes('\n\n\n')) return 'text contains three consecutive newlines';
  if (text.includes('\r')) return `carriage return left in the text at ${text.indexOf('\r')}`;
  for (const paragraph of text.split('\n\n')) {
    if (paragraph === '') return 'empty paragraph';
    if (paragraph.includes('\n')) return `single newline inside paragraph ${JSON.stringify(paragraph.slice(0, 60))}`;
    if (/^\s|\s$/.test(paragraph)) return `paragraph padded with whitespace ${JSON.stringify(paragraph.slice(0, 60))}`;
  }
  return null;
}
