/**
 * footer/source-line — "Source-www.infobae.com", "Source: AFP", "Sources: Reuters, TASS",
 * "Quelle: dpa", "Izvor: Hina", "Źródło: PAP", "Nguồn: TTXVN", "来源：新华社": the outlet a
 * syndicated story came from, as a closing line, behind the word "source" in the page's own
 * language and its separator. It goes to metadata.credits.
 */
import type { BlockRule } from '../../rule.js';
import { charSet, moreWordsThan, opensWithFolded } from '../../shape.js';

// "Source" as news sites print it before the credit, by language (ISO 639-1), lower case.
// prettier-ignore
export const SOURCE_LABELS: ReadonlyArray<readonly [language: string, labels: readonly string[]]> = [
  ['en', ['source', 'sources', 'via', 'courtesy', 'courtesy of']],
  ['de', ['quelle', 'quellen']], ['fr', ['source', 'sources']], ['es', ['fuente', 'fuentes']],
  ['pt', ['fonte', 'fontes']], ['it', ['fonte', 'fonti']], ['nl', ['bron', 'bronnen']],
  ['sv', ['källa', 'källor']], ['no', ['kilde', 'kilder']], ['da', ['kilde', 'kilder']],
  ['fi', ['lähde', 'lähteet']], ['is', ['heimild', 'heimildir']], ['pl', ['źródło', 'źródła']],
  ['cs', ['zdroj', 'zdroje']], ['sk', ['zdroj', 'zdroje']], ['sl', ['vir', 'viri']],
  ['hr', ['izvor', 'izvori']], ['sr', ['izvor', 'извор']], ['bs', ['izvor']], ['hu', ['forrás']],
  ['ro', ['sursa', 'sursă', 'surse']], ['bg', ['източник']], ['el', ['πηγή', 'πηγές']],
  ['ru', ['источник', 'источники']], ['uk', ['джерело', 'джерела']], ['lt', ['šaltinis', 'šaltiniai']],
  ['lv', ['avots']], ['et', ['allikas']], ['tr', ['kaynak']], ['ar', ['المصدر']], ['fa', ['منبع']],
  ['he', ['מקור']], ['hi', ['स्रोत']], ['bn', ['সূত্র']], ['ur', ['ذریعہ', 'ماخذ']], ['id', ['sumber']],
  ['ms', ['sumber']], ['vi', ['nguồn']], ['th', ['ที่มา']], ['zh', ['来源', '來源', '消息来源']],
  ['ja', ['出典', 'ソース']], ['ko', ['출처']], ['sw', ['chanzo']],
];
const LABELS = [...new Set(SOURCE_LABELS.flatMap(([, labels]) => labels))].sort((a, b) => b.length - a.length);
const SOURCE = new RegExp(`^(?:${LABELS.join('|').replace(/ /g, '\\s')})\\s*[-–—:|：]\\s*(\\S.{0,80})$`, 'iu');
// SOURCE's first letters, from the labels: ASCII ones folded to lower case; a label that opens
// above ASCII leaves such lines to the pattern (/iu also folds 'ſ' onto s).
const SOURCE_FIRST = charSet(LABELS.map((label) => label[0]!).join(''));

/**
 * Rule `footer/source-line`: Syndication source lines ("Source-www.infobae.com", "Source: AFP"); go to metadata.credits.
 *
 * @example
 * clean("Putin spoke.\n\nSource-www.infobae.com", { rules: [sourceLineRule] }).text; // "Putin spoke."
 */
export const sourceLineRule: BlockRule = {
  type: 'block',
  id: 'footer/source-line',
  category: 'footer',
  description: 'Syndication source lines ("Source-www.infobae.com", "Source: AFP"); go to metadata.credits',
  textOnly: true,
  match(block) {
    const m =
      opensWithFolded(block.text, SOURCE_FIRST, true) && block.text.length <= 200 ? SOURCE.exec(block.text) : null;
    // "Source: https://…" is the article's address (metadata/source-url), not a credit.
    if (!m || (/^<?(?:https?:\/\/|www\.)\S{0,2000}$/i.test(m[1]!.trim()) && m[1]!.includes('/'))) return null;
    if (moreWordsThan(m[1]!, 8) || (/[.!?。]$/.test(m[1]!) && !/\.\w{2,}$/.test(m[1]!))) return null;
    return { metadata: { credits: [m[1]!.trim()] } };
  },
};
