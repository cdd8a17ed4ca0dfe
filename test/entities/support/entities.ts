/**
 * What the entity tables compare: every entity as "type:name", every mention's text, and the type
 * of the entity a row names.
 */
import { expect } from 'vitest';
import { extractEntities } from '../../../src/entities/index.js';

/** type:name of every entity extractEntities finds in `text`, in its order. */
export const summary = (text: string): string[] => extractEntities(text).map((e) => `${e.type}:${e.name}`);

/** The text of every mention of every entity found in `text`. */
export const mentionTexts = (text: string): string[] =>
  extractEntities(text).flatMap((e) => e.mentions.map((m) => m.text));

/**
 * The entity named `name` in `text` (by its name, or also by an alias with `aliases`) has type `type`;
 * null: no entity of that name. A failure shows every entity found.
 */
export function expectNamedType(text: string, name: string, type: string | null, aliases = false): void {
  const found = extractEntities(text).find((e) => e.name === name || (aliases && e.aliases.includes(name)));
  expect(found?.type ?? null, summary(text).join(' | ')).toBe(type);
}
