/**
 * translation/punctuation-pair — doubled punctuation from translation: "him., in" →
 * "him, in" and "said,." → "said.". Abbreviations keep their period ("U.S., and",
 * "etc., and", "Inc., the").
 */
import { regexEdits, type InlineRule } from '../../rule.js';

const PERIOD_COMMA = /(\p{L}+)\.,/gu;
const COMMA_PERIOD = /,\.(?!\.)/g;
const ABBREVIATION = /^(?:etc|inc|ltd|jr|sr|co|corp|vs|al|approx|dept|govt|gov|no|st|mr|mrs|ms|dr|prof|gen|col|lt|sgt|rep|sen|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mt|ft|ave|bros|plc|llc|esq|ph\.d|e\.g|i\.e)$/i;

export const punctuationPairRule: InlineRule = {
  type: 'inline',
  id: 'translation/punctuation-pair',
  category: 'translation-repair',
  description: '".," and ",." pairs become one mark (abbreviations keep their period)',
  find(text) {
    if (!text.includes('.,') && !text.includes(',.')) return [];
    const periodComma = regexEdits(PERIOD_COMMA, text, (m) => {
      const word = m[1]!;
      // A lowercase word of two or more letters that is not an abbreviation: the period is spurious.
      if (word.length < 2 || ABBREVIATION.test(word) || word !== word.toLowerCase()) return null;
      return `${word},`;
    }).map((e) => ({ start: e.end - 2, end: e.end, after: ',' }));
    const commaPeriod = regexEdits(COMMA_PERIOD, text, () => '.');
    return [...periodComma, ...commaPeriod].sort((a, b) => a.start - b.start);
  },
};
