// Shared helpers for the clean tests: run clean and summarise what happened.
import { clean, restore } from '../../src/clean/index.js';
import type { CleanResult } from '../../src/core/types.js';

/** Cleans and checks the two invariants every test relies on. */
export function cleanChecked(raw: string, options?: Parameters<typeof clean>[1]): CleanResult {
  const result = clean(raw, options);
  if (restore(result) !== raw) throw new Error(`restore() lost text for ${JSON.stringify(raw).slice(0, 80)}`);
  return result;
}

/** Rule ids of the edits that are not whitespace normalisation. */
export function rulesFired(raw: string): string[] {
  return cleanChecked(raw)
    .edits.filter((e) => e.category !== 'whitespace')
    .map((e) => e.rule);
}
