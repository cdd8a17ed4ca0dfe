/**
 * whitespace/spaces and typography/invisible — horizontal whitespace inside a paragraph
 * becomes one plain space (runs of spaces, tabs, no-break and other Unicode spaces, and
 * their HTML entities); zero-width spaces, BOMs, soft hyphens and word joiners go. A
 * space before a comma or period goes too ("him , in" → "him, in"), and before : ; ! ?
 * except in French, whose typography puts a space there.
 */
import { regexEdits, type InlineRule } from '../../rule.js';

const SPACE_ENTITY = '&(?:amp;)*(?:nbsp|thinsp|ensp|emsp|#160|#xa0|#x20);';
const SPACE_CHAR = '[\\t\\v\\f \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const NON_PLAIN_SPACE = new RegExp(`(?:${SPACE_CHAR}|${SPACE_ENTITY}){2,}|(?! )${SPACE_CHAR}|${SPACE_ENTITY}`, 'gi');
// Cheap test for what NON_PLAIN_SPACE needs: a space other than ' ', two spaces, or an
// entity's '&' (SPACE_CHAR itself contains ' ', so it cannot serve as the test).
const ANY_NON_PLAIN_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000&]| {2}/;
const INVISIBLE = /[\u200b\ufeff\u00ad\u2060]+/g;
// A run of spaces before a run of the given marks that ends at a space or the paragraph end
// ("said ,." too). Starts only at the beginning of a run of spaces (linear time on long runs).
const spaceBefore = (marks: string) => new RegExp(`(?<! ) +(?=[${marks}]{1,8}(?:\\s|$))`, 'g');
const SPACE_BEFORE_PUNCTUATION = spaceBefore(',.;:!?');
// French typography puts a space before : ; ! and ? ("Il a dit : non !"): in a French
// article only the space before a comma or period is damage.
const SPACE_BEFORE_COMMA_OR_PERIOD = spaceBefore(',.');
const SPACED_BEFORE_HIGH_PUNCTUATION = new Set(['fra']);

/**
 * Rule `whitespace/spaces`: Runs of spaces and Unicode spaces become one space.
 *
 * @example
 * clean("two  spaces", { rules: [spacesRule] }).text; // "two spaces"
 */
export const spacesRule: InlineRule = {
  type: 'inline',
  id: 'whitespace/spaces',
  category: 'whitespace',
  description: 'Runs of spaces and Unicode spaces become one space',
  find: (text) => (ANY_NON_PLAIN_SPACE.test(text) ? regexEdits(NON_PLAIN_SPACE, text, () => ' ') : []),
};

/**
 * Rule `typography/invisible`: Zero-width spaces, BOMs, soft hyphens and word joiners are removed.
 *
 * @example
 * clean("zero​width", { rules: [invisibleRule] }).text; // "zerowidth"
 */
export const invisibleRule: InlineRule = {
  type: 'inline',
  id: 'typography/invisible',
  category: 'typography',
  description: 'Zero-width spaces, BOMs, soft hyphens and word joiners are removed',
  requiresChars: ['\u200b\ufeff\u00ad\u2060'],
  find: (text) => (/[\u200b\ufeff\u00ad\u2060]/.test(text) ? regexEdits(INVISIBLE, text, () => '') : []),
};

/**
 * Rule `typography/space-before-punctuation`: Spaces before a comma, period, colon, semicolon, ! or ? are removed
 * (in a French article only before a comma or period).
 *
 * @example
 * clean("he said , and left .", { rules: [spaceBeforePunctuationRule] }).text; // "he said, and left."
 */
export const spaceBeforePunctuationRule: InlineRule = {
  type: 'inline',
  id: 'typography/space-before-punctuation',
  category: 'typography',
  description: 'Spaces before a comma, period, colon, semicolon, ! or ? are removed',
  // The language is read only where there is a space before punctuation: clean() reruns the
  // inline rules of a paragraph in a body of another language only where one read it.
  requiresChars: [' ', ',.;:!?'],
  find: (text, context) => {
    if (!/ [,.;:!?]/.test(text)) return [];
    const pattern = SPACED_BEFORE_HIGH_PUNCTUATION.has(context.language)
      ? SPACE_BEFORE_COMMA_OR_PERIOD
      : SPACE_BEFORE_PUNCTUATION;
    return regexEdits(pattern, text, () => '');
  },
};
