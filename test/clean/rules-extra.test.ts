// Table tests for the rules added or widened for other outlets (wire copy, broadcasters,
// blogs): captions, desk slugs, copyright, promo and editorial footers, share rows, tag
// lists, end markers, browser notices, wire datelines, sentence-case titles, header lines,
// bylines and the ".," repair. Every rule has rows that must NOT fire beside the ones that must.
import { describe, expect, it } from 'vitest';
import { clean, DEFAULT_RULES, OPTIONAL_RULES } from '../../src/clean/index.js';
import {
  charSet,
  readDate,
  dateFromUrl,
  endsSentence,
  endsWithMark,
  isTitleShaped,
  opensWithFolded,
  opensWithWordOf,
  capitalAfterLastSlash,
  foldedPairAt,
  firstWordKey,
  firstWordsOf,
  opensWithKeyOf,
  splitCount,
} from '../../src/clean/shape.js';
import { AsciiKeySet, asciiWordKeys } from '../../src/core/word-scan.js';
import { wireDatelineLength } from '../../src/clean/rules/metadata/wire-dateline.js';
import { bylineNames } from '../../src/clean/rules/metadata/byline.js';
import { readDateline } from '../../src/clean/rules/metadata/dateline.js';
import { cleanChecked, rulesFired } from './support.js';

const BODY = 'Russia denies planning to attack Ukraine, and says it has the right to move its forces.';
const MORE = 'The ministry said it would respond to the findings next month, officials added on Tuesday.';

// A paragraph at the end of an article (after two paragraphs of body text) goes with `rule`.
// prettier-ignore
const removedAtEnd: Array<[rule: string, paragraph: string]> = [
  ['credit/caption', 'A cargo ship leaves the port of Novorossiysk, Russia, December 6, 2021. REUTERS/Evgenia Novozhenina'],
  ['credit/caption', 'A freight train leaves Vientiane South Station in Vientiane, Laos, Dec. 6, 2021. (Xinhua/Kaikeo Saiyasane)'],
  ['credit/caption', 'Ferry operators lined up outside the port of Piraeus as the strike began. Photograph: Louisa Gouliamaki/AFP/Getty Images'],
  ['credit/caption', 'Image caption, Residents were evacuated after the river burst its banks'],
  ['credit/photo', 'Image source, Getty Images'],
  ['credit/photo', 'Jane Doe, ASSOCIATED PRESS'],
  ['credit/wire-residue', 'BC-US--Port-Strike, 2nd Ld-Writethru'],
  ['credit/wire-residue', 'AP-EU--Grain-Talks'],
  ['credit/reporting', 'Associated Press writer Dasha Litvinova in Moscow contributed to this report.'],
  ['credit/desk-slug', 'bur-ach/jj/rl'],
  ['credit/desk-slug', 'rs/sms (dpa, Reuters)'],
  ['footer/copyright', 'Copyright 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.'],
  ['footer/copyright', '© 2021 Example Media Ltd. All rights reserved.'],
  ['footer/promo', 'Follow AP’s coverage of the Ukraine crisis at https://apnews.com/hub/russia-ukraine'],
  ['footer/promo', 'See all the latest news from Greece and the world, at ertnews.gr'],
  ['footer/newsletter', 'Register now for FREE unlimited access to Example.com'],
  ['footer/editorial', 'Our Standards: The Thomson Reuters Trust Principles.'],
  ['footer/editorial', 'Reuse this content'],
  ['footer/editorial', 'Send us your feedback'],
  ['footer/editorial', 'Report an error'],
  ['boilerplate/advertisement', 'Ad Feedback'],
  ['boilerplate/share', 'FacebookTwitterLinkedinEMail'],
  ['boilerplate/share', 'Facebook Twitter Flipboard Send Reddit Linkedin Messenger Telegram VK Bluesky Threads Whatsapp'],
  ['boilerplate/share', 'Like this:'],
  ['boilerplate/share', 'Like Loading...'],
  ['boilerplate/comments', 'Start a Conversation'],
  ['boilerplate/comments', 'Leave a Reply Cancel reply'],
  ['boilerplate/tags', 'Keywords Germany, renewable energy, wind power, Olaf Scholz'],
  ['boilerplate/tags', 'Posted in Business | Tagged ports, strikes, supply chain | 3 Comments'],
  ['boilerplate/tags', 'Tags\nRussia\nTurkey\nSergey Lavrov'],
  ['boilerplate/end-marker', 'Enditem'],
  ['boilerplate/end-marker', '(END)'],
  ['boilerplate/browser-notice', 'Example News is no longer accessible on Internet Explorer. We encourage you to use another browser, such as Edge or Firefox.'],
  ['embed/marker', 'Video PlayerClose'],
  ['metadata/source-url', 'Source: https://edition.cnn.com/2021/12/02/politics/senate-vote/index.html'],
];

// Content that looks like one of the lines above: it must survive in the middle and at the end.
// prettier-ignore
const keptContent: Array<[why: string, paragraph: string]> = [
  ['a caption-like sentence without a credit', 'A cargo ship left the port of Novorossiysk on Monday, the port authority said.'],
  ['a paragraph ending in a parenthesis without a slash', 'The figures were confirmed by the national statistics office (Rosstat).'],
  ['"Photo" label text that is a clause', 'The officials said they had no comment. Photo: the ministry released none.'],
  ['a slash in running text', 'The speed limit is 90 km/h on the new road, the ministry said.'],
  ['a lone and/or', 'and/or'],
  ['"Copyright" starting a sentence', 'Copyright lawyers said the ruling would have wide consequences.'],
  ['a sentence with an address', 'The details are in the government report at https://www.gov.uk/government/publications/flood-review-2021.'],
  ['"See" in a sentence with a domain', 'See the figures for yourself, the ministry said in its statement on gov.uk today.'],
  ['"Our standards" in a sentence', 'Our standards are higher than theirs, the minister said.'],
  ['"Feedback" in a sentence', 'Feedback from the regions was mostly positive, officials said.'],
  ['"Register" in a sentence', 'Register offices will stay open during the holidays, the council said.'],
  ['"Save" starting a sentence', 'Save the Children said the camp lacked clean water.'],
  ['"Like" starting a sentence', 'Like his predecessor, the minister favours lower taxes.'],
  ['"Tags" starting a sentence', 'Tags on the containers showed they came from Odesa.'],
  ['"Posted in" a sentence', 'Posted in Kabul since 2019, the diplomat said the situation had worsened.'],
  ['a browser in the news', 'Microsoft said it would stop updating the Internet Explorer browser next year.'],
  ['"Ends" in a sentence', 'The talks end on Friday.'],
  ['"Source:" before a sentence', 'Source: the ministry said the figures were preliminary and would be revised.'],
  ['a subheading', 'No concessions'],
  ['a hyphenated code in a sentence', 'The BC-US route reopened, officials said.'],
  ['the agency named in a sentence', 'The mayor spoke to the Associated Press.'],
];

describe('new and widened block rules remove their lines', () => {
  it.each(removedAtEnd)('%s removes %j', (rule, paragraph) => {
    expect(rulesFired(`${BODY}\n\n${MORE}\n\n${paragraph}`)).toContain(rule);
  });
});

describe('content that looks like those lines survives', () => {
  it.each(keptContent)('%s (middle and end)', (_why, paragraph) => {
    for (const raw of [`${BODY}\n\n${paragraph}\n\n${MORE}`, `${BODY}\n\n${MORE}\n\n${paragraph}`]) {
      expect(cleanChecked(raw).text.split('\n\n')).toContain(paragraph);
    }
  });
  it('a "Tags" heading followed by body text is not a tag list', () => {
    const raw = `${BODY}\n\nTags\n\n${MORE}`;
    expect(cleanChecked(raw).text).toContain(MORE);
  });
});

describe('credit/above-wire-lede', () => {
  const LEDE = 'LIMA, May 4 (Reuters) - The central bank raised its key rate on Thursday, the third rise this year.';
  const story = (...above: string[]) => [...above, LEDE, BODY, MORE].join('\n\n');
  // prettier-ignore
  const cases: Array<[why: string, raw: string, gone: string[]]> = [
    ['a caption above the lede goes', story('The governor speaks to reporters in Lima.'), ['The governor speaks to reporters in Lima.']],
    ['a caption above a byline and the lede goes', story('The governor speaks to reporters in Lima.', 'By Jane Doe'), ['The governor speaks to reporters in Lima.']],
    ['a headline above the lede is lifted, not removed', story('Central bank raises key rate again'), []],
    ['a sentence above an unattributed lede stays', ['The governor speaks to reporters in Lima.', 'The central bank raised its key rate on Thursday.', BODY, MORE].join('\n\n'), []],
    ['a sentence above a lede deep in the page stays', story(BODY, MORE, 'The governor speaks to reporters in Lima.'), []],
    ['a lede with no story after it keeps what is above', ['The governor speaks to reporters in Lima.', LEDE].join('\n\n'), []],
  ];
  it.each(cases)('%s', (_why, raw, gone) => {
    const result = cleanChecked(raw);
    const removed = result.edits.filter((e) => e.rule === 'credit/above-wire-lede').map((e) => e.before.trim());
    expect(removed).toEqual(gone);
    for (const line of gone) expect(result.text).not.toContain(line);
  });
  it('the headline above the lede becomes the title', () => {
    expect(cleanChecked(story('Central bank raises key rate again')).metadata.title).toBe(
      'Central bank raises key rate again',
    );
  });
});

describe('credit/author-bio', () => {
  const BIO = 'Dana Whitfield is a reporter covering transportation and city hall. She joined the paper in 2019.';
  const CONTACT = 'Contact her at dana@example.com or follow her on X.';
  const PROFILE =
    'Dana Whitfield is a reporter who spent three weeks on a container ship to write about the crews who keep trade moving, and she came back with a story nobody expected.';
  const LATER =
    'The routes will begin running in September, and the agency said it would publish the new timetables on its website next month.';
  const page = (...lines: string[]) => lines.join('\n\n');
  // prettier-ignore
  const cases: Array<[why: string, raw: string, gone: string[]]> = [
    ['a bio of the byline\'s writer under the story goes, with the contact line', page('By Dana Whitfield', BODY, MORE, BIO, CONTACT), [`${BIO}\n\n${CONTACT}`]],
    ['a bio closing the page goes', page('By Dana Whitfield', BODY, MORE, BIO), [BIO]],
    ['a bio of a writer the page names in no byline stays', page('By Paul Amato', BODY, MORE, BIO), []],
    ['a journalist\'s profile opening the story stays (prose follows it)', page('By Dana Whitfield', PROFILE, BODY, MORE), []],
    ['a bio-shaped paragraph with the story after it stays', page('By Dana Whitfield', BODY, MORE, BIO, LATER), []],
    ['a sentence about someone else\'s job stays', page('By Dana Whitfield', BODY, MORE, 'Paul Amato is a former editor of the paper.'), []],
  ];
  it.each(cases)('%s', (_why, raw, gone) => {
    const result = cleanChecked(raw);
    const removed = result.edits.filter((e) => e.rule === 'credit/author-bio').map((e) => e.before.trim());
    expect(removed).toEqual(gone);
    expect(result.text).toContain(MORE);
  });
});

describe('metadata/wire-dateline', () => {
  // prettier-ignore
  const datelines: Array<[raw: string, removed: string]> = [
    ['MOSCOW, Dec 7 (Reuters) - Russia and Kazakhstan agreed on Tuesday to extend talks on grain.', 'MOSCOW, Dec 7 (Reuters) - '],
    ['KYIV, Ukraine (AP) — Ukraine’s parliament on Thursday approved a 2022 budget for defence.', 'KYIV, Ukraine (AP) — '],
    ['Paris (AFP) – France and Germany on Monday urged the European Union to act faster.', 'Paris (AFP) – '],
    ['MOSCOW, December 7. /TASS/. Russian Foreign Minister Sergey Lavrov spoke by phone on Tuesday.', 'MOSCOW, December 7. /TASS/. '],
    ['BEIJING, Dec. 7 (Xinhua) -- China and Laos on Tuesday hailed the first freight service.', 'BEIJING, Dec. 7 (Xinhua) -- '],
    ['Washington (CNN)The Senate on Thursday passed a short-term spending bill, averting a shutdown.', 'Washington (CNN)'],
    ['NEW DELHI: The Enforcement Directorate on Tuesday carried out searches at 12 locations in Delhi.', 'NEW DELHI: '],
  ];
  it.each(datelines)('keeps the dateline of %j by default, removes it when opted in', (first, removed) => {
    expect(cleanChecked(`${first}\n\n${BODY}`).text.startsWith(first)).toBe(true);
    const optedIn = cleanChecked(`${first}\n\n${BODY}`, { rules: [...DEFAULT_RULES, ...OPTIONAL_RULES] });
    expect(optedIn.text.startsWith(first.slice(removed.length))).toBe(true);
    expect(optedIn.edits.find((e) => e.rule === 'metadata/wire-dateline')?.before).toBe(removed);
  });
  it.each([
    [
      'a caps label that is not a place',
      'BREAKING: The Enforcement Directorate on Tuesday carried out searches at 12 locations.',
    ],
    ['a transcript line', 'PUTIN: We will not.'],
    ['a caps place before a short fragment', 'NEW DELHI: Rain.'],
    ['a parenthesis that is not an agency', 'The Kremlin (Moscow) said on Tuesday that the talks were frank.'],
  ])('leaves %s', (_why, first) => {
    expect(wireDatelineLength(first)).toBe(0);
  });
  it('only in the first paragraph', () => {
    const later = 'NEW DELHI: The Enforcement Directorate on Tuesday carried out searches at 12 locations in Delhi.';
    expect(cleanChecked(`${BODY}\n\n${later}`).text).toContain(later);
  });
});

describe('metadata/title: sentence-case headlines with evidence after them', () => {
  it('takes a sentence-case title before a byline', () => {
    const r = cleanChecked(`Russia, Kazakhstan agree to extend grain talks into January\n\nBy Anna Petrova\n\n${BODY}`);
    expect(r.metadata.title).toBe('Russia, Kazakhstan agree to extend grain talks into January');
    expect(r.text).toBe(BODY);
  });
  it('takes a title before a wire dateline', () => {
    const r = cleanChecked(`France and Germany push EU to fast-track hydrogen subsidies\n\nParis (AFP) – ${BODY}`);
    expect(r.metadata.title).toBe('France and Germany push EU to fast-track hydrogen subsidies');
  });
  it('takes a title, keeps the standfirst, when a dateline follows the standfirst', () => {
    const standfirst = 'Thousands march in Khartoum and other cities demanding full civilian rule.';
    const r = cleanChecked(
      `Sudan protesters rally against military deal\n\n${standfirst}\n\nPublished On 7 Dec 2021\n\n${BODY}`,
    );
    expect(r.metadata.title).toBe('Sudan protesters rally against military deal');
    expect(r.text.startsWith(standfirst)).toBe(true);
  });
  it('takes a title under a cookie banner', () => {
    const r = cleanChecked(
      `We use cookies. By continuing to use our site you agree to our cookie policy. Accept\n\nDraghi warns of a difficult winter\n\nBy Jane Doe\n\n${BODY}`,
    );
    expect(r.metadata.title).toBe('Draghi warns of a difficult winter');
  });
  it('repairs markup and apostrophes in the lifted title', () => {
    const r = cleanChecked(`<h1>Erdoğan: Turkey‘s economy will grow</h1>\n\nBy Jane Doe\n\n${BODY}`);
    expect(r.metadata.title).toBe('Erdoğan: Turkey’s economy will grow');
  });
  it('takes a headlinese first line with prose right under it', () => {
    const r = cleanChecked(`Russia and Ukraine agree to more talks in January\n\n${BODY}\n\n${MORE}`);
    expect(r.metadata.title).toBe('Russia and Ukraine agree to more talks in January');
    expect(r.text.startsWith(BODY)).toBe(true);
  });
  it('keeps a sentence-case first paragraph written in full sentences (a standfirst) over prose', () => {
    const r = cleanChecked(`The two sides agreed to hold a new round of talks in January\n\n${BODY}\n\n${MORE}`);
    expect(r.metadata.title).toBeUndefined();
    expect(r.text.startsWith('The two sides agreed')).toBe(true);
  });
  it('takes one title only, not the standfirst as a second', () => {
    const standfirst = 'The measure will let regional authorities declare stressed housing markets';
    const r = cleanChecked(
      `Spain approves law to cap rents\n\n${standfirst}\n\nJANE DOE | Madrid - 07 Dec 2021 - 15:30 CET\n\n${BODY}`,
    );
    expect(r.metadata.title).toBe('Spain approves law to cap rents');
    expect(r.text.startsWith(standfirst)).toBe(true);
  });
  it.each([
    ['Russia, Kazakhstan agree to extend grain corridor talks into January', true],
    ["Flood defences 'not fit for purpose', review finds", true],
    ['The Kremlin has not yet released its readout of the meeting.', false],
    ['Read more:', false],
    ['Two words', false],
  ])('isTitleShaped(%j) is %s', (text, expected) => {
    expect(isTitleShaped(text)).toBe(expected);
  });
});

describe('metadata/dateline and metadata/byline head lines', () => {
  it.each([
    ['Updated 9:41 PM ET, Thu December 2, 2021', { date: '2021-12-02', update: true }],
    ['Last modified on Tue 7 Dec 2021 18.02 GMT', { date: '2021-12-07', update: true }],
    ['Issued on: 07/12/2021 - 18:42', { date: '2021-12-07', update: false }],
    ['Date 07.12.2021', { date: '2021-12-07', update: false }],
    ['The talks began on 7 Dec 2021.', null],
  ])('readDateline(%j)', (text, expected) => {
    expect(readDateline(text)).toEqual(expected);
  });
  it.each([
    ['Source: Xinhua | 2021-12-07 21:14:05 | Editor: huaxia', { publishedAt: '2021-12-07' }],
    ['TNN | Updated: Dec 7, 2021, 22:15 IST', { updatedAt: '2021-12-07' }],
    ['LUCÍA ABELLÁN | Madrid - 07 Dec 2021 - 15:30 CET', { publishedAt: '2021-12-07', byline: ['Lucía Abellán'] }],
    ['By Example News with AP, AFP • Updated: 07/12/2021 - 19:15', { updatedAt: '2021-12-07' }],
  ])('a header line %j goes as a dateline', (line, expected) => {
    const r = cleanChecked(`A headline for the story here\n\n${line}\n\n${BODY}`);
    expect(r.edits.find((e) => e.before.startsWith(line))?.rule).toBe('metadata/dateline');
    const { language: _language, title: _title, ...rest } = r.metadata;
    expect(rest).toEqual(expected);
  });
  it('a header-like line with a sentence in a field stays', () => {
    const line = 'The minister resigned. | 7 Dec 2021';
    expect(cleanChecked(`${BODY}\n\n${line}\n\n${MORE}`).text).toContain(line);
  });
  it('a lone "Published" label takes the date line under it', () => {
    const r = cleanChecked(`A headline for the story here\n\nPublished\n7 December 2021\n\n${BODY}`);
    expect(r.text).toBe(BODY);
    expect(r.metadata.publishedAt).toBe('2021-12-07');
  });
  it('publishedAt comes from the head, not a date under a related post at the end', () => {
    const r = cleanChecked(
      `${BODY}\n\n${MORE}\n\n${BODY} Again.\n\nRelated\n\nSome older story here\nDecember 1, 2021`,
    );
    expect(r.metadata.publishedAt).toBeUndefined();
  });
  it('"Posted on <date> by <a>Name</a>" gives byline and date', () => {
    const r = cleanChecked(
      `<h1>Why the port strike matters</h1>\n\nPosted on December 7, 2021 by <a href="https://x.example/author/mk/">Martha Keane</a>\n\n${BODY}`,
    );
    expect(r.metadata.byline).toEqual(['Martha Keane']);
    expect(r.metadata.publishedAt).toBe('2021-12-07');
  });
  it('"Name in City" under the headline is a byline; in the body it is not', () => {
    const r = cleanChecked(`Greek ferry workers strike over safety rules\n\nHelena Smith in Athens\n\n${BODY}`);
    expect(r.metadata.byline).toEqual(['Helena Smith']);
    const body = cleanChecked(`${BODY}\n\n${MORE}\n\nHelena Smith in Athens`);
    expect(body.text).toContain('Helena Smith in Athens');
  });
  it('an outlet line after a byline goes to credits, not names', () => {
    const r = cleanChecked(
      `Parliament approves the budget for next year\n\nBy OLENA MARCHUK\n\nAssociated Press\n\n${BODY}`,
    );
    expect(r.metadata.byline).toEqual(['OLENA MARCHUK']);
    expect(r.metadata.credits).toContain('Associated Press');
  });
  it.each([
    ['Ted Barrett and Lauren Fox, CNN', ['Ted Barrett', 'Lauren Fox']],
    ['Jane Doe, Reuters', ['Jane Doe']],
    ['Jane Doe, John Roe', ['Jane Doe', 'John Roe']],
  ])('bylineNames(%j)', (text, names) => {
    expect(bylineNames(text)).toEqual(names);
  });
});

describe('shape: numeric dates and URL dates', () => {
  it.each([
    ['07.12.2021', '2021-12-07'],
    ['07/12/2021', '2021-12-07'],
    ['12/25/2021', '2021-12-25'], // second number > 12: month first
    ['31.02.2021', undefined],
  ])('readDate(%j)', (text, iso) => {
    expect(readDate(text)).toBe(iso);
  });
  it.each([
    ['https://www.france24.com/en/europe/20211207-eu-agrees-to-extend-sanctions', '2021-12-07'],
    ['https://example.com/2021/12/07/story', '2021-12-07'],
    ['https://example.com/story-20211399', undefined],
  ])('dateFromUrl(%j)', (url, iso) => {
    expect(dateFromUrl(url)).toBe(iso);
  });
});

describe('shape: the ends and the first character of a line, read without a pattern', () => {
  // text | marks | closers | expected: what /[marks][closers]?$/ answers
  // prettier-ignore
  it.each([
    ['The vote was delayed.', '.!?', '', true],
    ['He said “no.”', '.!?', '"”', true],
    ['(in 2019.)', '.!?', ')', true],
    ['Vote Delayed Again', '.!?', '', false],
    ['He said “no”', '.!?', '"”', false], // a closer with no mark before it
    ['“.”', '.!?', '', false], // a closer is no mark when none are allowed
    ['..”"', '.!?', '"”', false], // one closer at most
    ['', '.!?', '"”', false],
  ])('endsWithMark(%j, %j, %j) = %s', (text, marks, closers, expected) => {
    expect(endsWithMark(text, charSet(marks), charSet(closers))).toBe(expected);
    expect(endsWithMark(text, charSet(marks), charSet(closers))).toBe(new RegExp(`[${marks}]${closers ? `[${closers}]?` : ''}$`).test(text));
  });
  it.each([
    ['The vote was delayed again.', true],
    ['“We will not wait,” she said.”', true],
    ['Vote Delayed Again', false],
    ['What now?»', true],
  ])('endsSentence(%j) = %s', (text, expected) => expect(endsSentence(text)).toBe(expected));
  // text | chars | aboveAscii | expected
  // prettier-ignore
  it.each([
    ['Tags: a, b', 'tk', false, true],
    ['tags: a, b', 'tk', false, true],
    ['Home', 'tk', false, false],
    ['(Reporting by Ada Hale)', 'r(', false, true],
    ['2 hr ago', '0123456789u', true, true],
    ['Élan', 'e', false, false], // above ASCII: the caller's answer
    ['Élan', 'e', true, true],
    ['', 'tk', true, false],
  ])('opensWithFolded(%j, %j, %s) = %s', (text, chars, aboveAscii, expected) => {
    expect(opensWithFolded(text, charSet(chars), aboveAscii)).toBe(expected);
  });
  const FIRST = new AsciiKeySet(asciiWordKeys(['follow', 'join', 'don']));
  it.each([
    ['Follow us on X', true],
    ['JOIN our channel', true],
    ["Don't forget to follow us", true],
    ['Followers', false],
    ['Find us', false],
    ['ſubscribe', true], // above ASCII: left to the pattern
    ['', false],
  ])('opensWithWordOf(%j) = %s', (text, expected) => {
    expect(opensWithWordOf(text, FIRST)).toBe(expected);
  });
  it.each([
    ['The port at dawn. REUTERS/Jane Doe', true],
    ['AP Photo/ Jane Doe', true],
    ['https://example.com/news', false],
    ['12/06/2021', false],
    ['Agency/Élan Vital', true],
    ['no slash', false],
    ['ends in a slash/', false],
  ])('capitalAfterLastSlash(%j) = %s', (text, expected) => {
    expect(capitalAfterLastSlash(text)).toBe(expected);
  });
  const PAIRS = new Set(['ph', 'im', '(c'].map((pair) => foldedPairAt(pair, 0)));
  it.each([
    ['Photo: AFP', 0, true],
    ['PHOTO', 0, true],
    ['iMage', 0, true],
    ['(C) Agency', 0, true],
    ['Pictures', 0, false],
    ['ſh', 0, false], // above ASCII: never an ASCII letter
    ['p', 0, false], // past the end: a space
    ['', 0, false],
    ['a photo', 2, true],
  ])('foldedPairAt(%j, %i) in {ph, im, (c} = %s', (text, at, expected) => {
    expect(PAIRS.has(foldedPairAt(text, at))).toBe(expected);
  });
  const FOLLOW_SEE = firstWordsOf('follow see für');
  it.each([
    ['Follow us on X', true],
    ['SEE more', true],
    ['Für Abonnenten', true], // a word that goes on above ASCII is not keyed: every pattern reads it
    ['Followers: 20', false],
    ['Read more', false],
    ['(Follow us)', false], // no word first: key 0
    ['— Follow', true], // a mark above ASCII first: not keyed
  ])('opensWithKeyOf(firstWordKey(%j), {follow, see, für}) = %s', (text, expected) => {
    expect(opensWithKeyOf(firstWordKey(text), FOLLOW_SEE)).toBe(expected);
  });
  it.each([["don't"], ['Follow'], ['covid19']])('firstWordsOf(%j) throws: its lines would be turned away', (word) => {
    expect(() => firstWordsOf(word)).toThrow(RangeError);
  });
  it.each(['', ' ', 'a', ' a b ', 'a \u00a0\t b', 'Skip to main content', 'x\ufeffy', 'a\u200bb'])(
    'splitCount(%j) is text.split(/\\s+/).length',
    (text) => {
      expect(splitCount(text)).toBe(text.split(/\s+/).length);
      expect(splitCount(text, 1)).toBe(Math.min(text.split(/\s+/).length, 2));
    },
  );
});

describe('translation/punctuation-pair', () => {
  it.each([
    ['It was contracted in 2018., according to sources.', 'It was contracted in 2018, according to sources.'],
    ['The Pope went to Lesvos., where he met refugees.', 'The Pope went to Lesvos, where he met refugees.'],
    ['Inflation could rise in the coming months.,', 'Inflation could rise in the coming months.'],
    ['He told him., in private, to leave.', 'He told him, in private, to leave.'],
  ])('repairs %j', (raw, expected) => {
    expect(clean(raw).text).toBe(expected);
  });
  it.each([
    'Talks with the U.S., and Canada resumed.',
    'The firm, based in Sacramento, Calif., and Austin, grew.',
    'Apple Inc., the maker of the iPhone, said so.',
    'Officials from NATO., the alliance, spoke.',
  ])('keeps the abbreviation period in %j', (raw) => {
    expect(clean(raw).text).toBe(raw);
  });
});

describe('foreign-language/passage: a Latin-script passage with a few English function words', () => {
  it('removes a Spanish paragraph although "a" and "no" are English function words too', () => {
    const spanish =
      'La vivienda es un derecho y no un negocio, y por eso vamos a proteger a las familias que no pueden pagar el alquiler en las grandes ciudades, dijo la ministra.';
    const r = cleanChecked(`${BODY}\n\n${spanish}\n\n${MORE}`);
    expect(r.edits.find((e) => e.rule === 'foreign-language/passage')?.language).toBe('spa');
  });
  it('keeps an English paragraph with Spanish names', () => {
    const english =
      'Juan de la Cruz and Maria del Carmen de los Santos met the minister in Madrid on Tuesday to discuss the housing law.';
    expect(cleanChecked(`${BODY}\n\n${english}\n\n${MORE}`).text).toContain(english);
  });
});

describe('foreign-language/passage: Japanese is written in kana and kanji together', () => {
  // Invented Japanese article paragraphs (kana-rich prose).
  const JA = [
    '市の委員会は火曜日、新しい図書館の建設計画について住民の意見を聞く説明会を来月の初めに開くと発表しました。説明会は市役所の会議室で二回に分けて行われる予定で、参加の申し込みは必要ないということです。',
    '計画では、駅前の空き地に三階建ての建物を建て、子ども向けの読書室や学習スペースを設けるほか、地域の人たちが集まって話し合うことのできる部屋も作るということです。本の貸し出しは夜九時まで行われます。',
    '委員会によると、工事は来年の春に始まり、完成は再来年の秋になる見込みだということです。建設にかかる費用は、国の補助金と市の予算でまかなう方針で、市は今年度中に詳しい計画をまとめたいとしています。',
  ];
  it.each([
    ['a kanji-only heading line', '市議会総務常任委員会図書館建設計画特別調査報告書概要'],
    ['a line naming Latin-script trademarks', '※「Kindle」はAmazon.com, Inc.の登録商標です。'],
  ])('keeps %s', (_why, line) => {
    const r = cleanChecked([...JA, line].join('\n\n'));
    expect(r.metadata.language).toBe('jpn');
    expect(r.edits.filter((e) => e.rule === 'foreign-language/passage')).toEqual([]);
  });
  it('still removes an English paragraph from a Japanese article', () => {
    const english = 'The committee said on Tuesday that the new library would open in the autumn of next year.';
    const r = cleanChecked([...JA, english].join('\n\n'));
    expect(r.edits.find((e) => e.rule === 'foreign-language/passage')?.before).toContain('The committee said');
  });
});

describe('article language of a short page: the script decides when the prose is too short to vote', () => {
  // Invented short articles: every paragraph under the length a prose vote needs.
  it.each([
    [
      'Japanese',
      'jpn',
      '市長は会見で新しい交通計画を発表した。\n\n計画にはバス路線の拡大が含まれる。\n\n議会は来月審議する予定だ。',
    ],
    [
      'Korean',
      'kor',
      '시장은 회견에서 새로운 교통 계획을 발표했다.\n\n계획에는 버스 노선 확대가 포함된다.\n\n의회는 다음 달 심의할 예정이다.',
    ],
    ['Russian', 'rus', 'Мэр объявил о новом плане.\n\nВ план входит больше автобусов.\n\nСовет обсудит его в марте.'],
  ])('%s keeps every paragraph', (_name, language, text) => {
    const r = cleanChecked(text);
    expect(r.metadata.language).toBe(language);
    expect(r.text).toBe(text);
  });
  it.each([
    ['a short English page', 'The mayor announced a new transport plan.\n\nThe council will debate it next month.'],
    [
      'a short Spanish page under the English hint (same script: the hint stands, nothing is removed)',
      'El alcalde anunció un plan nuevo.\n\nEl consejo lo debatirá en marzo.',
    ],
  ])('%s keeps its text', (_name, text) => {
    expect(cleanChecked(text).text).toBe(text);
  });
  // Invented briefs in the hint's script whose paragraphs are long enough to be judged foreign:
  // the body cannot be foreign to itself, so the page is in that language and keeps them.
  it.each([
    [
      'Spanish',
      'spa',
      'El ayuntamiento aprobó el martes un plan para ampliar la red de autobuses del norte.\n\n"Es una prioridad para los vecinos", dijo la alcaldesa en la sede municipal.',
    ],
    [
      'Portuguese',
      'por',
      'A prefeitura anunciou nesta terça-feira que a nova linha de ônibus começa a operar em maio.',
    ],
    [
      'Indonesian',
      'ind',
      'Pemerintah kota mengatakan bahwa jalur bus baru akan mulai beroperasi pada bulan depan di wilayah utara.',
    ],
    [
      'Polish',
      'pol',
      'Rada miasta przyjęła we wtorek plan rozbudowy sieci autobusowej.\n\nNowe linie ruszą w maju, poinformował rzecznik urzędu.',
    ],
    [
      'Turkish',
      'tur',
      'Belediye meclisi salı günü yeni otobüs hatları planını kabul etti.\n\nYeni hatlar mayıs ayında hizmete girecek, dedi sözcü.',
    ],
  ])('a short %s brief keeps its body and is read as its language', (_name, language, text) => {
    const r = cleanChecked(text);
    expect(r.metadata.language).toBe(language);
    expect(r.text).toBe(text);
  });
  it.each([
    ['a one-line English headline with few function words', 'Brenlo dockers held over pay deal in August'],
    ['a one-line English headline with function words', 'Harbour tariffs lift freight costs for island growers'],
  ])('%s stays English and is kept', (_name, text) => {
    const r = cleanChecked(text);
    expect(r.metadata.language).toBe('eng');
    expect(r.text).toBe(text);
  });
});

describe('foreign-language/passage: the other language must show in its stopwords', () => {
  // Headline-style English lines have few English function words, and the trigram detector
  // may call them Dutch or Indonesian; a passage really in another language is full of its stopwords.
  it.each(['Brenlo dockers held over pay deal in August', 'Zarovia king held over pay deal in August'])(
    'keeps the English headline %j inside an English article',
    (line) => {
      expect(cleanChecked(`${BODY}\n\n${line}\n\n${MORE}`).text).toContain(line);
    },
  );
  it('still removes a Dutch paragraph', () => {
    const dutch =
      'De gemeenteraad heeft dinsdag besloten dat de nieuwe buslijn in mei van start gaat in het noorden van de stad.';
    const r = cleanChecked(`${BODY}\n\n${dutch}\n\n${MORE}`);
    expect(r.edits.find((e) => e.rule === 'foreign-language/passage')?.language).toBe('nld');
  });
});
