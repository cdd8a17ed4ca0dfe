/**
 * What the entity tables compare: every entity as "type:name", and every mention's text.
 */
import { extractEntities } from '../../../src/entities/index.js';

/** type:name of every entity extractEntities finds in `text`, in its order. */
export const summary = (text: string): string[] => extractEntities(text).map((e) => `${e.type}:${e.name}`);

/** The text of every mention of every entity found in `text`. */
export const mentionTexts = (text: string): string[] =>
  extractEntities(text).flatMap((e) => e.mentions.map((m) => m.text));
