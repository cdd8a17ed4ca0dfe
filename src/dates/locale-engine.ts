/**
 * Date engines for articles in languages other than English: chrono's casual configuration
 * of the article's language (a clone, never chrono's shared instance) with our
 * month and bare-year parsers in front (chrono's locales read a year only inside a date, and
 * some a month only with its day: parsers/locale-month.ts, parsers/locale-year.ts) and our
 * language-neutral refiners around chrono's own:
 * 0. set-aside before chrono's refiners and restore after them, for our results (as in English);
 * 1. in Chinese, decimals read as clock times dropped (refiners/chinese-decimals.ts: 一点二 is 1.2);
 * 2. range splitting at the language's connectors (each end of "5. bis 7. März" is its own
 *    TIMEX3, as in English);
 * 3. locale-calendar — chrono components → TIMEX3 specs without reading English words
 *    (see refiners/locale-values.ts for what is and is not resolved);
 * 4. overlap removal.
 * Our English parsers and the refiners that read English words (false positives, tense,
 * modifiers, date offsets, anaphora) stay with the English engine (engine.ts).
 *
 * chrono's locale modules cost ~5–9 ms each to load, so each is required the first time a
 * text in its language is read, and its engine built once then.
 */
import { createRequire } from 'node:module';
import type { Chrono } from 'chrono-node/en';
import type { NewsRefiner } from './refiners/define-refiner.js';
import { rangeSplitterAt } from './refiners/split-ranges.js';
import { rangeConnectorPattern } from '../lexicon/date-prepositions.js';
import { localeCalendarResolver } from './refiners/locale-values.js';
import { overlapRemover } from './refiners/overlap.js';
import { restoreOurs, setAsideOurs } from './refiners/set-aside.js';
import { localeYearParser } from './parsers/locale-year.js';
import { localeMonthParser } from './parsers/locale-month.js';
import { chineseDecimalFilter } from './refiners/chinese-decimals.js';

/**
 * ISO 639-3 codes of the languages chrono-node has a locale for, and that locale's name
 * (Chinese as written by the detector, 'cmn', and as the macrolanguage 'zho'; Arabic as
 * 'arb' and 'ara').
 *
 * @example
 * CHRONO_LOCALES.deu; // 'de'
 */
// prettier-ignore
export const CHRONO_LOCALES: Readonly<Record<string, string>> = Object.freeze({
  deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', swe: 'sv', rus: 'ru', ukr: 'uk',
  jpn: 'ja', zho: 'zh', cmn: 'zh', fin: 'fi', ind: 'id', vie: 'vi', arb: 'ar', ara: 'ar',
});

/**
 * Refiners after chrono's own in the engine of `language`, in order.
 *
 * @example
 * localePostRefiners('deu').map((r) => r.id); // ['restore', 'split-ranges', 'locale-calendar', 'overlap']
 */
export function localePostRefiners(language: string): readonly NewsRefiner[] {
  const chinese = CHRONO_LOCALES[language] === 'zh' ? [chineseDecimalFilter] : [];
  return [
    restoreOurs,
    ...chinese,
    rangeSplitterAt(rangeConnectorPattern(language)),
    localeCalendarResolver,
    overlapRemover,
  ];
}

const load = createRequire(import.meta.url);
const engines = new Map<string, Chrono>();

/**
 * The engine for an ISO 639-3 language, built on first use; null when chrono has no locale
 * for it ('eng' is the English engine's, see engine.ts).
 *
 * @example
 * localeEngine('deu')!.parse('am 5. März 2024', { instant: new Date(Date.UTC(2024, 2, 7, 12)), timezone: 0 });
 * localeEngine('pol'); // null
 */
export function localeEngine(language: string): Chrono | null {
  const locale = Object.hasOwn(CHRONO_LOCALES, language) ? CHRONO_LOCALES[language]! : null;
  if (locale === null) return null;
  let engine = engines.get(language);
  if (!engine) {
    const { casual } = load(`chrono-node/${locale}`) as { casual: Chrono };
    engine = casual.clone();
    const month = localeMonthParser(language);
    engine.parsers = [...(month ? [month] : []), localeYearParser(language), ...engine.parsers];
    engine.refiners = [setAsideOurs, ...engine.refiners, ...localePostRefiners(language)];
    engines.set(language, engine);
  }
  return engine;
}
