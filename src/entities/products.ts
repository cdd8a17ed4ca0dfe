/**
 * Products news names (products-data.ts): never one of our entity types, though a tagger reads a
 * brand word as a body ("AirPods sales rose") and a maker before its product as one body with it
 * ("Motorola Razr"). The rules read `isProductName` (a product is none); the span step
 * `splitNamedParts` reads `productAfterMaker` (the maker before its product is the body, the
 * product no name).
 */
import { boundedMemo } from '../core/memo.js';
import { PRODUCT_ROWS, SPEC_WORDS } from './products-data.js';
import { canonicalEntity } from './countries.js';

interface Index {
  /** Lower-case names that mean the product alone ("iphone", "nintendo switch"). */
  readonly alone: ReadonlySet<string>;
  /** Lower-case maker key (see makerKey) -> its lower-case names written after it ("switch", "model 3"). */
  readonly after: ReadonlyMap<string, ReadonlySet<string>>;
  /** The most words of any name. */
  readonly maxWords: number;
}
let index: Index | null = null;

const key = (text: string): string =>
  text
    .replace(/[’‘`´]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();

/** The key of a maker as written: the company table's canonical name when it has one ("VW" -> volkswagen). */
const makerKey = (maker: string): string => key(canonicalEntity(maker, 'organization')?.name ?? maker);

function load(): Index {
  if (index) return index;
  const alone = new Set<string>();
  const after = new Map<string, Set<string>>();
  let maxWords = 1;
  const names = (field: string): string[] => field.split('|').filter((n) => n !== '');
  for (const [maker, aloneNames, afterNames] of PRODUCT_ROWS) {
    for (const n of names(aloneNames)) {
      alone.add(key(n));
      maxWords = Math.max(maxWords, n.split(' ').length);
    }
    if (!maker) continue;
    const set = after.get(makerKey(maker)) ?? new Set<string>();
    for (const n of [...names(afterNames), ...names(aloneNames)]) set.add(key(n));
    after.set(makerKey(maker), set);
  }
  index = { alone, after, maxWords };
  return index;
}

/**
 * The name and, for a plural ("iPhones", "MacBooks"), the name without its "s"; for a model's
 * number glued to a name ("Powerbeats3"), the name without it.
 */
const readings = (text: string): string[] => {
  const k = key(text);
  if (/\p{Ll}s$/u.test(text)) return [k, k.slice(0, -1)];
  return /\p{L}\d{1,2}$/u.test(k) ? [k, k.replace(/\d+$/u, '')] : [k];
};

/**
 * True when the words name a known product alone: one of its names, in the plural too, or a
 * maker and one of its names ("Nintendo Switch", "VW Golf").
 *
 * @example
 * isProductName('AirPods'); // true
 * isProductName('iPhones'); // true
 * isProductName('Honda Civic'); // true
 * isProductName('Civic'); // false (also a word and other names: only after its maker)
 */
export function isProductName(text: string): boolean {
  return productByText(text);
}

// isProductName by the text, remembered: the look-up normalizes the text first, it is asked of
// every candidate (rule known/product), and the same names recur in a text.
const productByText = boundedMemo((text: string): boolean => readsAsProductName(text));

function readsAsProductName(text: string): boolean {
  const t = load();
  if (readings(text).some((r) => t.alone.has(r))) return true;
  const words = key(text).split(' ');
  for (let k = 1; k < words.length; k++) {
    const names = t.after.get(makerKey(text.split(/\s+/u).slice(0, k).join(' ')));
    if (names && readings(words.slice(k).join(' ')).some((r) => names.has(r))) return true;
  }
  return false;
}

/**
 * The number of words of the known product name that opens `words` (alone names only), or 0:
 * "PlayStation 5 Pro" -> 1, "Call of Duty Warzone" -> 3.
 *
 * @example
 * productNameAtStart(['Xbox', 'Series', 'X', 'bundle']); // 3 ("Xbox Series X")
 */
export function productNameAtStart(words: readonly string[]): number {
  const t = load();
  for (let n = Math.min(t.maxWords, words.length); n >= 1; n--)
    if (readings(words.slice(0, n).join(' ')).some((r) => t.alone.has(r))) return n;
  return 0;
}

/**
 * True for a maker of the product table as written before its products ("Nintendo", "Apple", "VW").
 *
 * @example
 * isProductMaker('Apple'); // true
 * isProductMaker('Lenmark'); // false
 */
export function isProductMaker(maker: string): boolean {
  return load().after.has(makerKey(maker));
}

/**
 * True when `product` opens with a name of `maker`'s products (or of any product that means
 * itself alone): "Motorola" + "Razr 5G", "Nintendo" + "Switch Lite", "VW" + "Golf GTI".
 *
 * @example
 * productAfterMaker('Nintendo', ['Switch', 'Lite']); // true
 * productAfterMaker('Honda', ['Switch']); // false
 */
export function productAfterMaker(maker: string, product: readonly string[]): boolean {
  if (productNameAtStart(product) > 0) return true;
  const names = load().after.get(makerKey(maker));
  if (!names) return false;
  for (let n = Math.min(4, product.length); n >= 1; n--)
    if (readings(product.slice(0, n).join(' ')).some((r) => names.has(r))) return true;
  return false;
}

const specSet = (field: string): ReadonlySet<string> => new Set(field.split('|'));
const SPEC = {
  colours: specSet(SPEC_WORDS.colours),
  materials: specSet(SPEC_WORDS.materials),
  features: specSet(SPEC_WORDS.features),
  states: specSet(SPEC_WORDS.states),
  parts: specSet(SPEC_WORDS.parts),
};

/**
 * True for a product's specification written in Title Case, no name: an item's state alone
 * ("Refurbished"), or two words or more, each a colour, a material, a technical feature, a state or
 * (last) the device or part, with a material, a feature or a state among them ("Midnight
 * Blue Leather", "QLED Smart TV", "Unlocked Model"). Colours and a part alone are left out
 * ("Red Band", "Golden Loop" may name a group or a place).
 *
 * @example
 * isSpecPhrase(['Midnight', 'Blue', 'Leather']); // true
 * isSpecPhrase(['Smart', 'TV']); // true
 * isSpecPhrase(['Refurbished']); // true
 * isSpecPhrase(['Black', 'Sea']); // false
 */
export function isSpecPhrase(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.length === 1) return SPEC.states.has(lower[0]!);
  const telling = (w: string): boolean => SPEC.materials.has(w) || SPEC.features.has(w) || SPEC.states.has(w);
  const specWord = (w: string, k: number): boolean =>
    telling(w) || SPEC.colours.has(w) || (k === lower.length - 1 && SPEC.parts.has(w));
  return lower.every(specWord) && lower.some(telling);
}
