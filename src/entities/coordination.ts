/**
 * The coordinated list a name stands in ("Lyon, Vaucresse and Grenoble", "the Varello and
 * Santino rivers"): the other items and the lower-case word after the last one. The items
 * of a list share their type, and a plural head noun after it types them all, which the
 * tagger, reading two words each side, cannot see. Read on the text around the name within
 * a bounded window, so the cost per name is constant.
 */

/** A capitalized name of up to four words ("Reggio Emilia", "New South Wales"). */
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3}";
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
}

/**
 * The coordinated list around `source.slice(start, end)`.
 *
 * @example
 * listAround('floods in Lyon, Vaucresse and Grenoble on Friday', 16, 25);
 * // { items: ['Lyon', 'Grenoble'], itemsAfter: 1, wordAfter: 'on', textBefore: 'floods in ' }
 */
export function listAround(source: string, start: number, end: number): ListAround {
  const items: string[] = [];
  let before = source.slice(Math.max(0, start - WINDOW), start);
  for (
    let m = endsWithJoiner(before) ? ITEM_BEFORE.exec(before) : null;
    m && items.length < MAX_ITEMS;
    m = endsWithJoiner(before) ? ITEM_BEFORE.exec(before) : null
  ) {
    items.push(m[1]!);
    before = before.slice(0, m.index);
  }
  let after = source.slice(end, end + WINDOW);
  let itemsAfter = 0;
  for (let m = ITEM_AFTER.exec(after); m && items.length < MAX_ITEMS; m = ITEM_AFTER.exec(after)) {
    items.push(m[1]!);
    itemsAfter++;
    after = after.slice(m[0].length);
  }
  return { items, itemsAfter, wordAfter: WORD_AFTER.exec(after)?.[1] ?? '', textBefore: before };
}
