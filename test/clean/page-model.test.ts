// The region decoder and the whole-page test of the page-level extractor, as tables.
import { describe, expect, it } from 'vitest';
import { anchorLimit, decodeRegion, looksLikeWholePage, type DecodeParams } from '../../src/clean/page/model.js';
import {
  blockStats,
  cueKind,
  FEATURE_NAMES,
  functionShare,
  pageFeatures,
  pageProseShare,
} from '../../src/clean/page/features.js';
import { stopwordsOf } from '../../src/language/stopwords.js';

const PARAMS: DecodeParams = {
  regionThreshold: 0.3,
  keepThreshold: 0.2,
  outsideThreshold: 0.95,
  maxSandwichTokens: 8,
  maxEdgeTokens: 3,
};
const all = (n: number) => new Array<boolean>(n).fill(true);

describe('decodeRegion', () => {
  it.each([
    // [why, probabilities, tokens, sentence ends, expected keep]
    [
      'menu before and footer after go',
      [0.1, 0.1, 0.9, 0.8, 0.9, 0.1],
      [1, 1, 30, 25, 40, 2],
      [false, false, true, true, true, false],
      [false, false, true, true, true, false],
    ],
    [
      'a short subheading between body blocks stays',
      [0.9, 0.05, 0.9],
      [30, 3, 30],
      [true, false, true],
      [true, true, true],
    ],
    [
      'a long low-scoring block between body blocks goes',
      [0.9, 0.05, 0.9],
      [30, 20, 30],
      [true, true, true],
      [true, false, true],
    ],
    [
      'the block with the most body-scored tokens stays even when it scores low',
      [0.1, 0.2, 0.1],
      [2, 80, 2],
      [false, true, false],
      [false, true, false],
    ],
    [
      'a long low-scoring tag cloud is not the anchor',
      [0.05, 0.02, 0.9, 0.9],
      [120, 1, 40, 30],
      [false, false, true, true],
      [false, false, true, true],
    ],
    [
      'a short line at the edge of the region goes',
      [0.6, 0.9, 0.9],
      [2, 30, 30],
      [false, true, true],
      [false, true, true],
    ],
    ['a short sentence at the edge stays', [0.6, 0.9, 0.9], [2, 30, 30], [true, true, true], [true, true, true]],
  ] as const)('%s', (_why, p, tokens, ends, keep) => {
    expect(decodeRegion(Float64Array.from(p), [...tokens], all(p.length), PARAMS, [...ends]).keep).toEqual(keep);
  });

  it.each([
    // [why, maxSandwichBlocks, expected keep]
    ['no limit: a run of four short blocks between kept ones stays', 0, [true, true, true, true, true, true]],
    ['a limit of two: the run of four goes', 2, [true, false, false, false, false, true]],
  ] as const)('%s', (_why, maxSandwichBlocks, keep) => {
    const p = Float64Array.of(0.9, 0.05, 0.05, 0.05, 0.05, 0.9);
    const tokens = [30, 2, 2, 2, 2, 30];
    expect(decodeRegion(p, tokens, all(6), { ...PARAMS, maxEdgeTokens: 0, maxSandwichBlocks }).keep).toEqual(keep);
  });

  it.each([
    // [why, cutAtCue, expected keep]
    [
      'without the cut, a prose-like comment after a comments heading stays (the heading too)',
      false,
      [true, true, true, true],
    ],
    ['with it, the region ends at the heading', true, [true, true, false, false]],
  ] as const)('%s', (_why, cutAtCue, keep) => {
    const p = Float64Array.of(0.9, 0.9, 0.1, 0.5);
    const cue = [false, false, true, false];
    expect(
      decodeRegion(p, [40, 30, 1, 25], all(4), { ...PARAMS, maxEdgeTokens: 0, cutAtCue }, undefined, cue).keep,
    ).toEqual(keep);
  });

  it.each([
    // [why, startAtHeadline, headline index, expected keep]
    ['without it, a teaser above the headline joins the region', false, 2, [false, true, true, true, true]],
    ['with it, the region starts after the headline', true, 2, [false, false, false, true, true]],
    ['a headline below the anchor does not bound the start', true, 4, [false, true, true, true, true]],
    ['no headline found', true, -1, [false, true, true, true, true]],
  ] as const)('%s', (_why, startAtHeadline, headline, keep) => {
    // menu, teaser (title and summary), headline, body, body
    const p = Float64Array.of(0.05, 0.7, 0.25, 0.9, 0.9);
    const params = { ...PARAMS, maxEdgeTokens: 0, maxSandwichTokens: 0, startAtHeadline };
    expect(decodeRegion(p, [2, 30, 6, 60, 40], all(5), params, undefined, undefined, headline).keep).toEqual(keep);
  });

  it.each([
    // [why, anchorBeforeCue, expected keep]
    [
      'without it, teasers after a related heading outweigh the short article (its paragraph is lost)',
      false,
      [false, false, true, true, true, true],
    ],
    ['with it, the anchor is the paragraph above the heading', true, [false, true, true, false, false, false]],
  ] as const)('%s', (_why, anchorBeforeCue, keep) => {
    // headline, article paragraph, its last line, related heading, teaser, teaser
    const p = Float64Array.of(0.3, 0.3, 0.4, 0.1, 0.8, 0.8);
    const cue = [false, false, false, true, false, false];
    const params = { ...PARAMS, maxEdgeTokens: 0, cutAtCue: true, anchorBeforeCue };
    expect(decodeRegion(p, [8, 60, 12, 3, 40, 40], all(6), params, undefined, cue, 0).keep).toEqual(keep);
  });

  it.each([
    // [why, tokens, cue, headline, expected limit]
    ['a comments heading after the first paragraph', [8, 30, 2, 60], [false, false, 'comments', false], 0, 2],
    [
      'a related heading followed by teasers no longer than the article',
      [8, 30, 2, 25],
      [false, false, 'related', false],
      0,
      2,
    ],
    ['a related box inside a longer article stops nothing', [8, 30, 2, 60], [false, false, 'related', false], 0, 4],
    ['a cue above the first paragraph stops nothing', [8, 2, 30, 60], [false, 'comments', false, false], 0, 4],
    ['no headline: no limit', [8, 30, 2, 60], [false, false, 'comments', false], -1, 4],
    ['no paragraph below the headline: no limit', [8, 5, 2, 6], [false, false, 'comments', false], 0, 4],
  ] as const)('anchorLimit: %s', (_why, tokens, cue, headline, expected) => {
    expect(anchorLimit([...tokens], all(tokens.length), [...cue], headline)).toBe(expected);
  });

  it('ignores blocks an earlier rule removed', () => {
    const { keep } = decodeRegion(Float64Array.of(0.9, 0.9, 0.9), [30, 30, 30], [true, false, true], PARAMS);
    expect(keep).toEqual([true, false, true]);
  });
});

describe('looksLikeWholePage', () => {
  const stats = (lines: string[]) => lines.map((l) => blockStats(l, undefined));
  it.each([
    [
      'an article with a few short lines',
      ['Analysis', 'The talks ended on Tuesday without a deal, officials said.', 'No concessions', 'He resigned.'],
      false,
    ],
    [
      'a page with a menu of 20 items',
      [
        ...Array.from({ length: 20 }, (_, i) => `Section ${i}`),
        'The talks ended on Tuesday without a deal, officials said.',
      ],
      true,
    ],
  ] as const)('%s → %s', (_why, lines, expected) => {
    expect(looksLikeWholePage(stats([...lines]), all(lines.length))).toBe(expected);
  });
});

describe('cue headings', () => {
  it.each([
    ['Related stories', 'related'],
    ['Comments', 'comments'],
    ['3 comments', 'comments'],
    ['Sign up for our newsletter', 'newsletter'],
    ['Privacy Policy', 'footer'],
    ['Você também pode gostar', 'related'],
    ['Baca juga:', 'related'],
    ['Читайте также', 'related'],
    ['関連記事', 'related'],
    ['Комментарии', 'comments'],
    ['Deixe um comentário', 'comments'],
    ['Komentarze (34)', 'comments'],
    ['Kommentarer', 'comments'],
    ['Yorumlar', 'comments'],
    ['댓글', 'comments'],
    ['Komentarze posłów opozycji były ostre, a debata trwała do późnej nocy.', undefined],
    ['Política de Privacidade', 'footer'],
    ['The related talks ended on Tuesday.', undefined],
    ['Leia também o relatório completo do ministério sobre as obras da estrada federal.', undefined],
    ['Comments from the minister were not immediately available.', undefined],
    ['[ 12 comments ]', 'comments'],
    ['12 thoughts on “Harbour plan”', 'comments'],
    ['One thought on “Harbour plan”', 'comments'],
    ['One response to “Harbour plan”', 'comments'],
    ['14 thoughts on “Why the dock workers of the harbour union accepted the pay deal this week”', 'comments'],
    ['Thoughts on the budget', undefined],
    ['3 responses to the plan were filed by the dock workers union on Tuesday, the council said.', undefined],
    ['Top rated comments', 'comments'],
    ['Tell us what you think...', 'comments'],
    ['Tell us what you think the council should build next, the mayor asked.', undefined],
    ['Show comments and reply to readers about the harbour plan tonight', undefined],
    // a comment's header line in a thread without a heading: only with a clock time
    ['Jane Roe on March 3, 2019 at 4:12 pm said:', 'comments'],
    ['jroe on 2019-03-03 at 16:12 says:', 'comments'],
    ['Jane Roe on March 3, 2019 said:', undefined],
    ['The harbour master said:', undefined],
    ['He spoke on Monday at 10:30 and said:', undefined],
  ] as const)('%s → %s', (text, kind) => {
    expect(cueKind(text)).toBe(kind);
  });
});

describe('menu separators', () => {
  it.each([
    // [why, text, expected separators]
    ['a menu of »', 'Sports » Weather » Business', 2],
    ['a » that closes a «quote» is none', 'Он сказал «да» и ушёл', 0],
    ['French quotes with spaces inside', 'Il a dit « oui » hier', 0],
    ['a » after a closed quote is one again', '«Oui» » Sports', 1],
  ] as const)('%s', (_why, text, expected) => {
    expect(blockStats(text, undefined).separators).toBe(expected);
  });
});

describe('function-word share', () => {
  it.each([
    // [why, text, language, expected share (rounded)]
    ['English prose: stopwords', 'The talks ended on Tuesday without a deal.', 'eng', 0.63],
    ['an English menu line', 'Sports Weather Business', 'eng', 0],
    ['Japanese prose: hiragana among unspaced characters', '会議は火曜日に終わった。', 'jpn', 0.45],
    ['a Japanese menu of kanji', '政治経済国際', 'jpn', 0],
    [
      'Hindi prose: stopwords read whole (vowel signs are part of words)',
      'सरकार ने कहा कि वह परिवारों की मदद करेगी।',
      'hin',
      0.56,
    ],
    ['a Hindi menu line', 'राजनीति व्यापार खेल', 'hin', 0],
    ['a language without a list', 'Lorem ipsum dolor', 'tha', undefined],
  ] as const)('%s', (_why, text, language, share) => {
    const s = functionShare(blockStats(text, stopwordsOf(language)), stopwordsOf(language), language);
    expect(share === undefined ? s : Number(s!.toFixed(2))).toBe(share);
  });
});

describe('sentence ends in other scripts', () => {
  // prettier-ignore
  it.each([
    ['The talks ended.', true], ['会議は終わった。', true], ['会議は終わった．', true], ['सरकार ने मदद की।', true],
    ['هل انتهت المحادثات؟', true], ['مذاکرات ختم ہو گئے۔', true], ['«Δεν θα αφήσουμε κανέναν πίσω».', true],
    ['The talks ended', false], ['सरकार ने मदद की', false], ['政治経済国際', false], ['Home | News', false],
  ] as const)('%j ends a sentence: %s', (text, ends) => {
    expect(blockStats(text, undefined).sentenceEnd).toBe(ends);
  });
});

describe("function-word share of the page's prose", () => {
  const long = (sentenceEnd: boolean) => ({ tokens: 20, sentenceEnd });
  it.each([
    // [why, block shares, block stats, expected]
    [
      'the mean of long sentence-ending blocks, by tokens',
      [0.5, 0.3],
      [long(true), { tokens: 60, sentenceEnd: true }],
      0.35,
    ],
    ['short blocks do not count', [0.5, 1], [long(true), { tokens: 2, sentenceEnd: false }], 0.5],
    ['long blocks without a sentence end count when none ends one', [0.2, 0.4], [long(false), long(false)], 0.3],
    ['…and not when one does', [0.2, 0.4], [long(false), long(true)], 0.4],
    ['no long block', [0.5], [{ tokens: 3, sentenceEnd: true }], 0],
  ] as const)('%s', (_why, shares, stats, expected) => {
    expect(Number(pageProseShare([...shares], [...stats]).toFixed(2))).toBe(expected);
  });

  it.each([
    // [why, block text, expected stopwordShare feature: its share over the prose's (0.25)]
    ['a line at twice the prose share', 'Workers of the port', 2],
    ['a menu line without function words', 'Harbour Weather Sports', 0],
    ['a line of only function words is capped', 'and the of', 3],
  ] as const)('stopwordShare is read relative to the page prose: %s', (_why, line, expected) => {
    // Prose of 12 tokens, 3 of them stopwords (of, the, a): the page's prose share is 0.25.
    const prose = 'Dock workers of the harbour union accepted a pay deal Tuesday evening.';
    const page = { texts: ['Harbour news', prose, line], removed: [false, false, false], language: 'eng' };
    const v = new Float64Array(FEATURE_NAMES.length);
    pageFeatures(page).fill(2, v);
    expect(Number(v[FEATURE_NAMES.indexOf('stopwordShare')]!.toFixed(2))).toBe(expected);
  });
});

describe('lnChars: length in the page prose tokens', () => {
  it.each([
    // [why, prose of the page, line, expected lnChars (rounded)]
    [
      'an English line of three tokens',
      'Dock workers of the harbour union accepted a pay deal on Tuesday evening.',
      'Harbour weather today',
      1.56, // ln(1 + 21 / 5.7); read in characters it would be ln(22) = 3.09
    ],
    [
      'a Japanese line of three tokens (two characters each) reads about the same',
      '港の労働者は火曜日の夜に賃金の合意を受け入れた。',
      '港の天気予報',
      1.39, // ln(1 + 6 / 2); in characters ln(7) = 1.95, far from the English line
    ],
  ] as const)('%s', (_why, prose, line, expected) => {
    const page = { texts: ['Title', prose, line], removed: [false, false, false], language: 'und' };
    const v = new Float64Array(FEATURE_NAMES.length);
    pageFeatures(page).fill(2, v);
    expect(Number(v[FEATURE_NAMES.indexOf('lnChars')]!.toFixed(2))).toBe(expected);
  });
});

describe('cue headings after the article', () => {
  const prose = (n: number) =>
    `The harbour council met on Tuesday ${'and the dock workers listened '.repeat(n)}until late.`;
  const menu = Array.from({ length: 4 }, (_, i) => `Section ${i}`);
  it.each([
    // [why, texts (first = page title), block index, expected afterCue index]
    [
      'related stories that outweigh a short article still follow its heading',
      ['Council meets | Ledger', ...menu, 'Council meets', prose(5), 'Related stories', prose(8), prose(8)],
      8,
      7,
    ],
    [
      'comments with longer paragraphs than the article still follow their heading',
      ['Council meets | Ledger', ...menu, 'Council meets', prose(4), 'Comments', prose(12), prose(12)],
      8,
      7,
    ],
    [
      'a heading in the menu above the headline opens nothing',
      ['Council meets | Ledger', 'Related stories', ...menu, 'Council meets', prose(3), prose(2)],
      8,
      -1,
    ],
  ] as const)('%s', (_why, texts, block, expected) => {
    const page = { texts, removed: texts.map(() => false), language: 'eng' };
    expect(pageFeatures(page).afterCue[block]).toBe(expected);
  });
});

describe('headline: the line that repeats the page title', () => {
  const menu = ['Home', 'Harbour news', 'Strike updates', 'Weather'];
  const body = 'Dock workers returned to work on Thursday after their union accepted the pay deal.';
  it.each([
    // [why, texts (the first is the page title), expected headline index]
    [
      'the title repeated under the menu',
      ['Dock strike ends in Valdora | The Ledger', ...menu, 'Dock strike ends in Valdora', body],
      5,
    ],
    [
      'a reworded headline that holds most title words',
      ['Port strike ends after pay deal - Ledger', ...menu, 'Valdora port strike ends after the pay deal', body],
      5,
    ],
    [
      'a menu item sharing one title word is not it',
      ['Strike ends in Valdora - Ledger', 'Strike', 'Weather', body],
      -1,
    ],
    ['no line repeats the title', ['Dock strike ends in Valdora', ...menu, body], -1],
    [
      'a Japanese title written without spaces (one run of letters, weighed by its characters)',
      [
        '港のストライキが終わった | 新聞',
        'ホーム',
        '天気',
        '港のストライキが終わった',
        '労働者は木曜日に仕事に戻った。',
      ],
      3,
    ],
    [
      'a Japanese menu item of two characters is not it',
      ['港のストライキ | 新聞', '新聞', '労働者は木曜日に仕事に戻った。'],
      -1,
    ],
  ] as const)('%s', (_why, texts, expected) => {
    const page = {
      texts,
      removed: texts.map(() => false),
      language: /\p{Script=Han}/u.test(texts[0]!) ? 'jpn' : 'eng',
    };
    expect(pageFeatures(page).headline).toBe(expected);
  });
});
