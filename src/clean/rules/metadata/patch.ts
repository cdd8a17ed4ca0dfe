/**
 * Merging metadata patches inside one rule's verdict: arrays are appended without
 * duplicates, scalars first-wins (the same policy `clean` applies across rules).
 */
import type { MetadataPatch } from '../../rule.js';

/**
 * Merges `patch` into `target` in place: arrays appended without duplicates, scalars kept
 * when already set.
 *
 * @example
 * const target: MetadataPatch = { byline: ['Jane Doe'] };
 * mergePatch(target, { byline: ['John Roe'], outlet: 'The Coast Herald' }); // target.byline: ['Jane Doe', 'John Roe']
 */
export function mergePatch(target: MetadataPatch, patch: MetadataPatch): MetadataPatch {
  for (const [key, value] of Object.entries(patch) as Array<[keyof MetadataPatch, unknown]>) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      const list = ((target as Record<string, unknown>)[key] ??= []) as unknown[];
      for (const item of value) if (!list.includes(item)) list.push(item);
    } else if ((target as Record<string, unknown>)[key] === undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}
