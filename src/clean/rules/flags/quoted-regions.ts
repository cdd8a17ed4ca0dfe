/**
 * Which parts of a paragraph are inside double quotation marks (“…”, "…", «…»). Flag rules
 * about reported speech must not fire inside a direct quote, where "I" and "we" are right.
 */

/**
 * Returns a predicate telling whether an offset lies inside a quotation.
 *
 * @example
 * const inQuote = quotedRegions('He said “I will go” today.');
 * inQuote(10); // true
 */
export function quotedRegions(paragraph: string): (offset: number) => boolean {
  const regions: Array<[number, number]> = [];
  let openAt = -1;
  let straightOpen = -1;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i];
    if (c === '“' || c === '«' || c === '„') {
      if (openAt < 0) openAt = i;
    } else if ((c === '”' || c === '»') && openAt >= 0) {
      regions.push([openAt, i]);
      openAt = -1;
    } else if (c === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        regions.push([straightOpen, i]);
        straightOpen = -1;
      }
    }
  }
  if (openAt >= 0) regions.push([openAt, paragraph.length]);
  regions.sort((a, b) => a[0] - b[0]);
  return (offset) => {
    let lo = 0;
    let hi = regions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = regions[mid]!;
      if (offset < s) hi = mid - 1;
      else if (offset > e) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
