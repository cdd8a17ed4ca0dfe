/**
 * Lists kept by key (a map of arrays), the grouping every stage builds while it indexes a
 * text: one home for "append to the key's list", so that each index grows in place (linear on
 * a text of thousands of names) instead of copying its list on every append.
 */

/**
 * Appends `value` to the list of `key` in `map`, creating the list on first use.
 *
 * @example
 * const byInitial = new Map<string, string[]>();
 * pushTo(byInitial, 'k', 'Kestrel');
 * pushTo(byInitial, 'k', 'Kite');
 * byInitial.get('k'); // ['Kestrel', 'Kite']
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
