/**
 * Name consistency (filled in below).
 */
import type { Entity, Flag } from '../core/types.js';

/**
 * Flags on person names spelled two ways in one text.
 *
 * @example
 * nameFlags('Joe Biden spoke.', []); // []
 */
export function nameFlags(text: string, entities: readonly Entity[]): Flag[] {
  void text;
  void entities;
  return [];
}
