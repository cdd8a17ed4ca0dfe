// translation/detached-punctuation: a space before a comma or period inside prose, removed by the
// clean stage as typography, pointed at from the edit log. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { normalizeArticle } from '../../src/index.js';
import { assessTranslation } from '../../src/translation/index.js';
import { detachedPunctuationFlags } from '../../src/translation/spacing.js';

// A second detached mark, so the spacing is a habit of the text (one alone is left alone).
const SECOND = '\n\nThe count went on late into the night , officials said.';

// [why, raw text, the raw span flagged first]
// prettier-ignore
const flagged: Array<[why: string, raw: string, rawSpan: string]> = [
  ['a period after a space', `Crowds gathered in the old square late at night, waving the national flag .${SECOND}`, 'flag .'],
  ['a comma after a space', `Turnout stayed low in a valley where voting is usually quite rare , as usual.${SECOND}`, 'rare ,'],
  ['after a plural noun', `He won almost nine million votes out of the twenty million ballots cast .${SECOND}`, 'cast .'],
  ['a semicolon after a space', `The union called the strike for the whole week ; the company refused to talk.${SECOND}`, 'week ;'],
  ['a question mark after a space', `Who will pay for the new bridge over the river in the end ?${SECOND}`, 'end ?'],
];

// [why, raw text]: left alone.
// prettier-ignore
const notFlagged: Array<[why: string, raw: string]> = [
  ['one stray space in the text', 'Crowds gathered in the old square late at night, waving the national flag .'],
  ['a short date line', `Posted , updated${SECOND}`],
  ['a decimal split (broken-number flags it)', 'Prices of fresh produce rose by +1 , 4% in May across the country , they said.'],
  ['a capitalized word (a label or a name)', `The vote was won by the candidate of the party of Lopez , they said.${SECOND}`],
  ['a colon (labels)', `The statement of the ministry of finance read as follows : no new taxes.${SECOND}`],
  ['an ellipsis', `He paused for a long while and then he said nothing at all ...${SECOND}`],
  ['no space before the mark', 'Crowds gathered in the old square late at night, waving the national flag. It rained , too.'],
];

describe('translation/detached-punctuation', () => {
  it.each(flagged)('%s', (_why, raw, rawSpan) => {
    const article = normalizeArticle(raw);
    const flags = article.flags.filter((f) => f.rule === 'translation/detached-punctuation');
    expect(flags).toHaveLength(2);
    const flag = flags[0];
    expect(raw.slice(flag!.rawStart, flag!.rawEnd)).toBe(rawSpan);
    expect(article.text.slice(flag!.start, flag!.end)).toBe(rawSpan.replace(' ', ''));
    expect(flag!.category).toBe('punctuation');
  });

  it.each(notFlagged)('%s', (_why, raw) => {
    const flags = normalizeArticle(raw).flags.filter((f) => f.rule === 'translation/detached-punctuation');
    expect(flags).toEqual([]);
  });

  it('reads the edit log, in assessTranslation and on its own', () => {
    const cleaned = clean(`Crowds gathered in the old square late at night, waving the national flag .${SECOND}`);
    expect(detachedPunctuationFlags(cleaned.text, cleaned.edits).map((f) => f.text)).toEqual(['flag.', 'night,']);
    const { flags } = assessTranslation(cleaned.text, { flags: cleaned.flags, edits: cleaned.edits });
    expect(flags.map((f) => f.rule)).toEqual(['translation/detached-punctuation', 'translation/detached-punctuation']);
    expect(assessTranslation(cleaned.text, { edits: cleaned.edits, language: 'deu' }).flags).toEqual([]);
    expect(detachedPunctuationFlags(cleaned.text, [])).toEqual([]);
  });

  it('flags nothing on text of another language', () => {
    const raw = 'Die Menschen versammelten sich am Abend auf dem alten Platz , und schwenkten die Fahne .';
    expect(normalizeArticle(raw, { language: 'deu' }).flags).toEqual([]);
  });
});
