/**
 * A bounded memo of a pure function of a string: stages ask the same look-ups of the same few
 * names or words many times per text (a place table, a demonym list, a word's glued split), and
 * a normalized look-up costs far more than a Map hit. The memo is emptied when it reaches its
 * bound, so a process running over millions of articles holds at most that many answers.
 */

/**
 * `compute`, remembering up to `max` answers by their key. `compute` must be a pure function of
 * its key (tables it reads never change once loaded) and never return undefined.
 *
 * @example
 * const shout = boundedMemo((word: string) => word.toUpperCase());
 * shout('kremlin'); // 'KREMLIN' (computed)
 * shout('kremlin'); // 'KREMLIN' (remembered)
 */
export function boundedMemo<V extends object | string | number | boolean | null>(
  compute: (key: string) => V,
  max = 20_000,
): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= max) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
