import { describe, expect, it } from 'vitest';
import { firstRunsOf, fitsRuns } from '../../src/clean/pattern-gates.js';
import { firstWordKey } from '../../src/clean/shape.js';

const fits = (pattern: RegExp, text: string): boolean => fitsRuns(firstWordKey(text), text, firstRunsOf([pattern]));

describe('firstRunsOf / fitsRuns', () => {
  it('reads a quantified space or digit as the end of a run, and past it when it may be absent', () => {
    const comments = /^(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|leave a comment)$/iu;
    for (const text of ['12 comments', 'Comments (3)', 'Comments(3)', 'Leave a comment'])
      expect(fits(comments, text)).toBe(true);
    for (const text of ['Leaves fall', 'Commentary', 'The council met']) expect(fits(comments, text)).toBe(false);
  });

  it('reads a class member by member, and a bracket before the label', () => {
    const heading = /^[【[]?(?:related|[sșş]tiri similare)[】\]]?\s*[:：.…>»|-]*$/iu;
    for (const text of ['[Related]', 'Related:', 'Știri similare', 'Stiri similare'])
      expect(fits(heading, text)).toBe(true);
    expect(fits(heading, 'Relate')).toBe(false);
    expect(fits(heading, 'Relatedness')).toBe(true); // (eleven letters: no key)
  });

  it('leaves glued tokens of a repeated group as prefixes', () => {
    const row = /^(?:facebook|twitter)(?:(?:\s*[|/]\s*|\s*)(?:facebook|twitter)){1,5}$/i;
    expect(fits(row, 'FacebookTwitter')).toBe(true);
    expect(fits(row, 'Facebook | Twitter')).toBe(true);
    expect(fits(row, 'Face time')).toBe(false);
  });

  it('leaves a line whose first word runs on above ASCII, or is long, to the pattern', () => {
    const share = /^(?:share|teilen)$/iu;
    expect(fits(share, 'ſhare')).toBe(true);
    expect(fits(share, 'Sharé')).toBe(true);
    expect(fits(share, 'Shareholdersmeeting')).toBe(true);
  });

  it('reads past a lookaround and a boundary, and refuses a pattern not anchored at the start', () => {
    expect(fits(/^(?=.{0,20}$)\bread more\b/i, 'Read more')).toBe(true);
    expect(fits(/^(?=.{0,20}$)\bread more\b/i, 'Ready')).toBe(false);
    expect(() => firstRunsOf([/share/i])).toThrow(RangeError);
    expect(() => firstRunsOf([/^share|print/i])).toThrow(RangeError);
  });
});
