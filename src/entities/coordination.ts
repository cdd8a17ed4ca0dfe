/**
 * The coordinated list a name stands in ("Lyon, Vaucresse and Grenoble", "the Varello and
 * Santino rivers"): the other items and the lower-case word after the last one. The items
 * of a list share their type, and a plural head noun after it types them all, which the
 * tagger, reading two words each side, cannot see; so does a kind of company named after it
 * ("Varco, Tessa and other retailers"). Read on the text around the name within a bounded
 * window, so the cost per name is constant.
 */
import { isCompanyKindNoun } from './context-words.js';

/** A capitalized name of up to four words ("New South Wales", "Hale & Lund"). */
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?: (?:& )?\\p{Lu}[\\p{L}'’.-]*){0,3}";
/** An item: a name, also with its country or seat after "of" ("Kestrel of Japan", "Varco of the United States"). */
const ITEM = `${NAME}(?: of (?:the )?${NAME})?`;
const ITEM_BEFORE = new RegExp(`(${ITEM})(?:, ?|,? (?:and|or) )$`, 'u');
const ITEM_AFTER = new RegExp(`^(?:, ?|,? (?:and|or) )(${ITEM})`, 'u');
const WORD_AFTER = /^ (\p{Ll}+)/u;
/**
 * Whether `text` ends as ITEM_BEFORE needs (", " / "," / " and " / " or "): the pattern is
 * anchored at the end but tried from every capital of the window, so most names skip it.
 */
const endsWithJoiner = (text: string): boolean =>
  text.endsWith(',') || text.endsWith(', ') || text.endsWith(' and ') || text.endsWith(' or ');
const WINDOW = 240;
const MAX_ITEMS = 12;

/** The other items of the list around a name, and the lower-case word right after the list. */
export interface ListAround {
  readonly items: readonly string[];
  /** Items written after the name. */
  readonly itemsAfter: number;
  /** The lower-case word right after the last item ("rivers"), or ''. */
  readonly wordAfter: string;
  /** The text right before the first item (up to the window), e.g. "companies such as ". */
  readonly textBefore: string;
  /** The text right after the last item (up to the window), e.g. " and other retailers". */
  readonly textAfter: string;
}

/**
 * The coordinated list around `source.slice(start, end)`.
 *
 * @example
 * listAround('floods in Lyon, Vaucresse and Grenoble on Friday', 16, 25);
 * // { items: ['Lyon', 'Grenoble'], itemsAfter: 1, wordAfter: 'on', textBefore: 'floods in ' }
 */
export function listAround(source: string, start: number, end: number): ListAround {
  const { found, rest: before } = itemsBefore(source.slice(Math.max(0, start - WINDOW), start), MAX_ITEMS);
  const items = found.map(([, item]) => item);
  let after = source.slice(end, end + WINDOW);
  let itemsAfter = 0;
  for (let m = ITEM_AFTER.exec(after); m && items.length < MAX_ITEMS; m = ITEM_AFTER.exec(after)) {
    items.push(m[1]!);
    itemsAfter++;
    after = after.slice(m[0].length);
  }
  return { items, itemsAfter, wordAfter: WORD_AFTER.exec(after)?.[1] ?? '', textBefore: before, textAfter: after };
}

/**
 * A kind of company named after a list's last item: " and other department stores", ", among
 * more than 15 other brands" (group 1 the kind, in the plural).
 */
export const KIND_AFTER_EXAMPLES =
  /^,?\s+(?:and|among(?:\s+[\p{Ll}\d,]+){0,3})\s+other\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+s)\b/u;
const KIND_AFTER_EXAMPLES_ANYWHERE = new RegExp(KIND_AFTER_EXAMPLES.source.slice(1), 'gu');
const LAST_ITEM = new RegExp(`(${ITEM})$`, 'u');

/**
 * Whether a plural names a kind of company ("retailers", "companies", "stores"): the singular is
 * one of `isCompanyKindNoun`.
 *
 * @example
 * isCompanyKindPlural('retailers'); // true
 * isCompanyKindPlural('lawmakers'); // false
 */
export function isCompanyKindPlural(word: string): boolean {
  return isCompanyKindNoun(word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1));
}

/**
 * The offsets [start, end) of the items of every list that a kind of company follows ("Varco,
 * Tessa and Lind & Ode and other retailers"), in text order: each item is a company whatever
 * its words (a founder's name, "Lind & Ode"). One pass of a regular expression, each list
 * read within the window.
 *
 * @example
 * examplesBeforeCompanyKind('It sells at Varco, Tessa and other stores.'); // [[12, 17], [19, 24]]
 */
export function examplesBeforeCompanyKind(source: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of source.matchAll(KIND_AFTER_EXAMPLES_ANYWHERE)) {
    if (!isCompanyKindPlural(m[1]!)) continue;
    const before = source.slice(Math.max(0, m.index - WINDOW), m.index);
    const offset = m.index - before.length;
    const last = LAST_ITEM.exec(before);
    if (!last) continue;
    const { found } = itemsBefore(before.slice(0, last.index), MAX_ITEMS - 1);
    for (const [at, item] of found.reverse()) out.push([offset + at, offset + at + item.length]);
    out.push([offset + last.index, m.index]);
  }
  return out;
}

/**
 * The items of a list that `before` ends with, each joined to the next by a comma, "and" or "or"
 * ("Varco, Tessa and "), nearest first with their offsets in `before`, at most `max`; and the
 * text before the first of them.
 */
function itemsBefore(before: string, max: number): { found: Array<[number, string]>; rest: string } {
  const found: Array<[number, string]> = [];
  let rest = before;
  for (
    let m = endsWithJoiner(rest) ? ITEM_BEFORE.exec(rest) : null;
    m && found.length < max;
    m = endsWithJoiner(rest) ? ITEM_BEFORE.exec(rest) : null
  ) {
    found.push([m.index, m[1]!]);
    rest = rest.slice(0, m.index);
  }
  return { found, rest };
}
