import { describe, expect, it } from 'vitest';
import { cleanChecked, rulesFired } from './support.js';

const BODY = 'Russia denies planning to attack Ukraine, and says it has the right to move its forces.';

// Block rules: a whole paragraph goes (positive) or stays (negative). Each case is a
// paragraph placed after a paragraph of ordinary body text.
// prettier-ignore
const removed: Array<[rule: string, paragraph: string]> = [
  ['footer/follow-us', 'Follow Skai.gr on Google News\nand be the first to know all the news'],
  ['footer/follow-us', 'Follow us on Twitter'],
  ['footer/follow-us', 'Join our Telegram channel'],
  ['footer/follow-us', 'Like The Kyiv Independent on Facebook'],
  ['footer/newsletter', 'Sign up for our daily briefing newsletter'],
  ['footer/newsletter', 'Download the Euronews app'],
  ['footer/newsletter', 'Support independent journalism.'],
  ['footer/source-line', 'Source-www.infobae.com'],
  ['footer/source-line', 'Source: AFP'],
  ['related/links', 'READ MORE: Biden and Putin to hold video call'],
  ['boilerplate/advertisement', 'Advertisement'],
  ['boilerplate/advertisement', 'Story continues below advertisement'],
  ['boilerplate/share', 'Share this article'],
  ['boilerplate/share', 'Facebook | Twitter | Email | Print'],
  ['boilerplate/cookie', 'We use cookies to improve your experience. By continuing to browse you accept our cookie policy.'],
  ['boilerplate/cookie', 'Cookie settings'],
  ['boilerplate/cookie', 'Privacy Policy | Cookie Policy | Terms of Use'],
  ['footer/newsletter', 'Donate now'],
  ['footer/newsletter', 'By signing up, you agree to our Terms of Use and Privacy Policy. You may unsubscribe at any time.'],
  ['footer/newsletter', 'Thanks for reading Harbour Notes! Subscribe for free to receive new posts.'],
  ['footer/newsletter', 'Thanks for signing up!'],
  ['footer/disclaimer', 'The views expressed in this column are the author’s own and do not reflect those of the paper.'],
  ['footer/disclaimer', 'When you buy through links on our site, we may earn an affiliate commission.'],
  ['footer/disclaimer', 'This article is for informational purposes only and is not intended as medical advice.'],
  ['footer/disclaimer', 'A version of this article appears in print on March 3, 2024, Section A, Page 14 with the headline: Budget Passes.'],
  ['footer/disclaimer', 'Market data provided by Example Data and subject to terms of use.'],
  ['boilerplate/cookie', 'We and our 120 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised ads and content, ad and content measurement, and audience insights. You may consent to our processing, or access more detailed information and change your preferences before consenting. Your preferences apply to this website only.'],
  ['footer/copyright', 'The Daily Ledger. All rights reserved.'],
  ['footer/copyright', 'Tüm hakları saklıdır.'],
  ['footer/copyright', 'Wszelkie prawa zastrzeżone'],
  ['footer/newsletter', 'Please donate to support our reporting.'],
  ['boilerplate/comments', 'Leave a comment'],
  ['boilerplate/comments', 'Your email address will not be published. Required fields are marked *'],
  ['boilerplate/tags', 'Tags: Russia, Ukraine, NATO'],
  ['boilerplate/timestamp', '2 hours ago'],
  ['boilerplate/timestamp', '5 min read'],
  ['boilerplate/lone-punctuation', '.'],
  ['boilerplate/lone-punctuation', '***'],
  ['embed/marker', 'Embed:'],
  ['embed/marker', 'View this post on Instagram'],
  ['embed/marker', 'A post shared by NATO (@nato)'],
  ['embed/tweet-body', 'Great meeting with our allies today. pic.twitter.com/AbC123xyz'],
  ['embed/link-only', 'https://twitter.com/nato/status/1468000000000000000'],
  ['embed/link-only', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
  ['credit/photo', 'Photo: Reuters'],
  ['credit/photo', 'kremlin.ru'],
  ['credit/photo', 'Getty Images'],
  ['credit/photo', 'Alexei Nikolsky/Sputnik/AFP'],
  ['credit/photo', '© AFP 2021'],
  ['credit/reporting', 'Felix Light contributed reporting.'],
  ['credit/reporting', 'Reporting by Jane Doe; Editing by John Roe'],
  ['foreign-language/passage', 'Байден выразил сожаление, что не смог увидеться лично с Путиным.'],
  ['foreign-language/passage', 'El presidente dijo que la reunión fue productiva y que habrá más conversaciones la próxima semana.'],
];

// prettier-ignore
const kept: Array<[why: string, paragraph: string]> = [
  ['"Follow" in a sentence', 'Follow the money, the prosecutor said, and you will find the network.'],
  ['a quote that mentions Twitter', '“I read it on Twitter,” she said.'],
  ['a one-sentence paragraph', 'The Kremlin has not yet released its readout of the meeting.'],
  ['a headline inside a quote', 'The paper ran the story under the headline “Read more: Putin warns West”.'],
  ['"Read more" in a sentence', 'Read more about the plan in the report, the ministry said.'],
  ['"Source" in a sentence', 'Source: the ministry said the figures were preliminary and would be revised.'],
  ['a subheading', 'No concessions'],
  ['"Photo" starting a sentence', 'Photo opportunities were limited, officials said.'],
  ['"Share" starting a sentence', 'Share prices fell 3% in Moscow trading.'],
  ['"Advertisement" starting a sentence', 'Advertisement revenue rose 5% in the quarter.'],
  ['a sentence about cookies and a policy', 'The district’s new wellness policy bans cookies and cupcakes from classroom parties in the fall.'],
  ['a sentence about a cookie banner', 'Under the rules every site must offer a button to reject cookies beside the one to accept them.'],
  ['an appeal to follow an account, quoted', 'Follow the city police on Facebook for updates on road closures, the chief said.'],
  ['an appeal to donate blood', 'Donate blood at the Red Cross center on Main Street through Friday.'],
  ['a report of a disclaimer', 'The company said the views expressed in the memo were not its own.'],
  ['data credited in a sentence', 'Data provided by the ministry showed exports fell 4 percent in October.'],
  ['a sign-up clause in a sentence', 'By clicking the button, voters confirm their identity, the election commission said.'],
  ['a long story about consent and cookies', 'Regulators said the company stored the personal data of 40,000 customers without their consent and shared it with partners, a practice the law has forbidden since 2018 under its rules on cookies, tracking and the sale of customer lists, and fined it 2 million euros on Tuesday after a two-year inquiry into its advertising business and the firms it worked with.'],
  ['"all rights reserved" inside a sentence', 'The union said all rights reserved under the old contract would be honoured.'],
  ['an appeal to become a member, quoted', 'Become a member of the Friends of the Library for $10 a year, the group said.'],
  ['an appeal to download an app, quoted', 'Download the transit authority’s new app to see where your bus is, officials said.'],
  ['a Cyrillic name in an English sentence', 'The channel, called Кремлевский пул, published the clip on Tuesday evening after the talks.'],
  ['a sentence ending with a report URL', 'The full report is available at https://www.state.gov/report-2021.'],
  ['a sentence mentioning pic.twitter.com in prose', 'He said the photo, first posted on Twitter, was authentic and had not been edited.'],
  ['a comment about comments', 'Comments by the minister drew criticism from the opposition on Tuesday.'],
  ['"Tags" in a sentence', 'Tags on the missiles showed they had been made in 2019, investigators said.'],
];

describe('block rules remove whole paragraphs', () => {
  it.each(removed)('%s removes %j', (rule, paragraph) => {
    const raw = `${BODY}\n\n${paragraph}`;
    const result = cleanChecked(raw);
    expect(result.text).toBe(BODY);
    expect(result.edits.filter((e) => e.category !== 'whitespace').map((e) => e.rule)).toEqual([rule]);
  });
});

describe('embedded tweets', () => {
  it.each([
    ['— Jake Sullivan (@JakeSullivan46) December 7, 2021'],
    ['— Кремлевский пул РИА (@Kremlinpool_RIA) [December 7, 2021](#)'],
    ['- NATO (@NATO) 7 December 2021'],
  ])('removes the tweet body and its signature %j', (signature) => {
    const raw = `${BODY}\n\nWe discussed the security situation in Europe today.\n\n${signature}\n\n${BODY}`;
    const result = cleanChecked(raw);
    expect(result.text).toBe(`${BODY}\n\n${BODY}`);
    expect(result.edits.filter((e) => e.category === 'embed').map((e) => e.rule)).toEqual([
      'embed/tweet-body',
      'embed/tweet-signature',
    ]);
  });

  it('records an untranslated tweet as foreign-language with its language', () => {
    const raw = `${BODY}\n\nEmbed:\n\nБайден выразил сожаление, что не смог увидеться лично с Путиным. pic.twitter.com/Y7cRnfvguJ\n\n— Кремлевский пул РИА (@Kremlinpool_RIA) [December 7, 2021](#)\n\n${BODY}`;
    const result = cleanChecked(raw);
    expect(result.text).toBe(`${BODY}\n\n${BODY}`);
    expect(result.edits.filter((e) => e.category !== 'whitespace').map((e) => [e.rule, e.language])).toEqual([
      ['embed/marker', undefined],
      ['foreign-language/passage', 'rus'],
      ['embed/tweet-signature', undefined],
    ]);
  });
});

describe('content that looks like junk survives', () => {
  it.each(kept)('keeps %s', (_why, paragraph) => {
    const raw = `${BODY}\n\n${paragraph}\n\n${BODY}`;
    expect(cleanChecked(raw).text).toBe(raw);
  });
});

describe('metadata', () => {
  it('lifts title, byline, dateline, photo credit and source URL (Moscow Times layout)', () => {
    // prettier-ignore
    const raw = [
      '', '', 'Putin and Biden Hold Virtual Summit Amid Ukraine Invasion Fears', '', 'By [Samantha Berkhead](#)', '',
      'December 07, 2021', '', '', '', 'kremlin.ru', '', BODY, '', 'Felix Light contributed reporting.', '', 'Original url:', '',
      '<https://www.themoscowtimes.com/2021/12/07/putin-and-biden-hold-virtual-summit-a75754>',
    ].join('\n');
    const { text, metadata } = cleanChecked(raw);
    expect(text).toBe(BODY);
    expect(metadata).toEqual({
      title: 'Putin and Biden Hold Virtual Summit Amid Ukraine Invasion Fears',
      byline: ['Samantha Berkhead'],
      publishedAt: '2021-12-07',
      credits: ['kremlin.ru', 'Felix Light contributed reporting.'],
      sourceUrl: 'https://www.themoscowtimes.com/2021/12/07/putin-and-biden-hold-virtual-summit-a75754',
      language: 'eng',
    });
  });

  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe | Reuters', ['Jane Doe']],
    ['Written by María José García', ['María José García']],
  ])('byline %j → %j', (line, names) => {
    expect(cleanChecked(`Headline Of The Story Here\n${line}\n${BODY}`).metadata.byline).toEqual(names);
  });

  it.each([
    ['Published: 7 Dec 2021 14:30 GMT', '2021-12-07'],
    ['Dec. 7, 2021 10:30 AM', '2021-12-07'],
    ['2021-12-07', '2021-12-07'],
    ['Tuesday, December 7, 2021', '2021-12-07'],
  ])('dateline %j → %s', (line, date) => {
    expect(cleanChecked(`${line}\n${BODY}`).metadata.publishedAt).toBe(date);
  });

  it('takes the publication date from the URL path when there is no dateline', () => {
    const meta = cleanChecked(`${BODY}\n\nSource URL: https://example.com/world/2021/12/07/story-slug`).metadata;
    expect(meta).toMatchObject({
      publishedAt: '2021-12-07',
      sourceUrl: 'https://example.com/world/2021/12/07/story-slug',
    });
  });

  it('an update date is not the publication date', () => {
    const { metadata } = cleanChecked(`Updated: December 8, 2021\n${BODY}`);
    expect(metadata.publishedAt).toBeUndefined();
    expect(metadata.updatedAt).toBe('2021-12-08');
  });

  it('a headline-shaped first paragraph without a byline or dateline after it stays in the body', () => {
    const raw = `Putin Warns Of Consequences\n\n${BODY}`;
    expect(cleanChecked(raw)).toMatchObject({ text: raw, metadata: { language: 'eng' } });
  });
});

describe('a quotation in another language', () => {
  // (An article long enough to be read as English whatever its quotation says.)
  const STORY = `${BODY}\n\nThe strike at the ports entered its third week on Monday, and no new talks between the union and the ministry are planned before the end of the month.`;
  const QUOTE =
    '«Nous ne céderons pas aux menaces du gouvernement et nous continuerons la grève jusqu’à ce que nos revendications soient entendues», a déclaré la dirigeante.';
  // [why, raw, kept]
  // prettier-ignore
  const CASES: Array<[why: string, raw: string, kept: boolean]> = [
    ['introduced by a line ending in a colon: stays', `${STORY}\n\nThe union leader told the crowd:\n\n${QUOTE}`, true],
    ['followed by its translation in brackets: stays', `${STORY}\n\n${QUOTE}\n\n(“We will not give in to the government’s threats,” the leader said.)`, true],
    ['with nothing introducing it: goes', `${STORY}\n\n${QUOTE}`, false],
    ['a paragraph that is no quotation, after a colon: goes', `${STORY}\n\nThe statement read:\n\nLe gouvernement ne cédera pas aux demandes des syndicats cette semaine.`, false],
  ];
  it.each(CASES)('%s', (_why, raw, kept) => {
    const fired = rulesFired(raw);
    expect(fired.includes('foreign-language/passage')).toBe(!kept);
  });
});

describe('related links', () => {
  it('removes a closing "Keep reading:" list, including cut-off and full-stop headlines', () => {
    const raw = `${BODY}\nKeep reading:\nBiden and Putin will face off virtually this week.\nWestern powers called on Russia to reactivate negotiations with\nThe US is willing to increase its troops`;
    const result = cleanChecked(raw);
    expect(result.text).toBe(BODY);
    expect(result.edits.filter((e) => e.rule === 'related/links')).toHaveLength(1);
  });

  // A "read also" box inside an article in its own language: the label (with its headline on
  // the line, or the headlines under it) goes, and every paragraph after it stays.
  // prettier-ignore
  const READ_ALSO: Array<[language: string, before: string, box: string, after: string]> = [
    ['Portuguese', 'O governo anunciou nesta terça-feira um novo pacote de obras para a região.', 'Leia também: Entenda o que muda com a nova regra', 'Segundo o ministro, as obras devem começar no segundo semestre e gerar empregos.'],
    ['Indonesian', 'Harga beras di sejumlah pasar naik hingga sepuluh persen dalam sepekan terakhir.', 'Baca juga: Pemerintah siapkan operasi pasar di 20 kota', 'Menurut kementerian, kenaikan harga dipicu oleh mundurnya masa panen di beberapa daerah.'],
    ['Russian', 'Стороны договорились продолжить переговоры о мирном договоре в следующем месяце.', 'Читайте также:\n\nПремьер назвал условия для подписания договора', 'Стороны также обсудили вопросы разминирования и открытия транспортных коммуникаций.'],
    ['Polish', 'Rząd przyjął w środę projekt ustawy o obniżce podatku dla małych firm.', 'Czytaj także: Ile zapłacimy za prąd w przyszłym roku', 'Według ministra finansów zmiany mają wejść w życie od stycznia przyszłego roku.'],
    ['Chinese', '政府周二宣布了一项新的基础设施投资计划，涉及多个省份。', '延伸阅读：新规将如何影响中小企业', '官员表示，相关工程预计将于下半年开工，并创造大量就业机会。'],
  ];
  it.each(READ_ALSO)(
    'a "read also" box inside a %s article goes, the paragraphs after it stay',
    (_language, before, box, after) => {
      const raw = `${before}\n\n${box}\n\n${after}`;
      const result = cleanChecked(raw);
      expect(result.text).toBe(`${before}\n\n${after}`);
      expect(result.edits.filter((e) => e.rule === 'related/links')).toHaveLength(1);
    },
  );

  it('keeps a sentence that opens with a "read also" phrase but has no label colon', () => {
    const raw = `${BODY}\n\nLeia também o relatório do ministério, disse o porta-voz ao jornal.`;
    expect(cleanChecked(raw).edits.filter((e) => e.rule === 'related/links')).toEqual([]);
  });

  it('in mid-article, takes the headlines but not the next paragraph', () => {
    const next = 'The talks lasted two hours, officials said.';
    const raw = `${BODY}\n\nRelated:\n\nPutin warns West over Ukraine\n\nNATO allies meet in Riga\n\n${next}\n\n${BODY}`;
    expect(cleanChecked(raw).text).toBe(`${BODY}\n\n${next}\n\n${BODY}`);
  });
});

// Inline rules: input paragraph → cleaned paragraph, with the rule that made the change.
// prettier-ignore
const inline: Array<[rule: string, input: string, output: string]> = [
  ['markup/markdown-link', 'the White House [said](#) in its readout', 'the White House said in its readout'],
  ['markup/markdown-link', 'an image ![map](https://x.test/map.png) of the border', 'an image of the border'],
  ['markup/autolink', 'see <https://www.state.gov/report> for details', 'see https://www.state.gov/report for details'],
  ['markup/shortcode', 'The talks [see_also ids="123,456"] ended on Tuesday.', 'The talks ended on Tuesday.'],
  ['markup/html-tag', 'The <strong>talks</strong> ended.', 'The talks ended.'],
  ['markup/html-entity', 'Johnson &amp; Johnson said it&#8217;s ready.', 'Johnson & Johnson said it’s ready.'],
  ['embed/inline-link', 'He posted a photo pic.twitter.com/Y7cRnfvguJ of the meeting.', 'He posted a photo of the meeting.'],
  ['translation/apostrophe', 'Iran‘s nuclear program', 'Iran’s nuclear program'],
  ['translation/apostrophe', 'the United States‘ support for Ukraine', 'the United States’ support for Ukraine'],
  ['translation/space-after-quote', '“strong economic measures”Said National Security Advisor Jake Sullivan.', '“strong economic measures” Said National Security Advisor Jake Sullivan.'],
  ['translation/space-before-quote', '“it can make its territory whatever it wants ”.', '“it can make its territory whatever it wants”.'],
  ['translation/punctuation-pair', 'with Biden in front of him., in a living room', 'with Biden in front of him, in a living room'],
  ['translation/ordinal-period', 'the talks on the 10th. January in Geneva', 'the talks on the 10th January in Geneva'],
  ['translation/ordinal-period', 'a meeting on January 13. and another one', 'a meeting on January 13 and another one'],
  ['whitespace/spaces', 'two  spaces\tand\u00a0a no-break space', 'two spaces and a no-break space'],
  ['typography/invisible', 'zero\u200bwidth', 'zerowidth'],
  ['typography/space-before-punctuation', 'he said , and left .', 'he said, and left.'],
];

// Inline negative cases: nothing may change.
// prettier-ignore
const untouched: Array<[why: string, input: string]> = [
  ['an opening single quote', 'He called it ‘a red line’ in his remarks.'],
  ['a plural possessive inside an open single quote', 'She said ‘the States’ role is clear’.'],
  ['abbreviations before a comma', 'The U.S., the U.K., etc., all agreed.'],
  ['a sentence-final day number', 'The meeting was held on January 13. Then talks resumed.'],
  ['bracketed editorial text', 'He [the president] said it was [sic] final.'],
  ['a less-than sign', 'Growth was < 2% and inflation > 5%.'],
  ['&lt; stays encoded', 'the tag &lt;p&gt; is shown'],
  ['a closing quote followed by punctuation', '“It was a good meeting,” he said.'],
  ['an email address', 'Write to press@example.com for details.'],
];

describe('inline rules', () => {
  it.each(inline)('%s: %j', (rule, input, output) => {
    const result = cleanChecked(input);
    expect(result.text).toBe(output);
    expect(result.edits.map((e) => e.rule)).toContain(rule);
  });

  it.each(untouched)('leaves %s alone', (_why, input) => {
    expect(rulesFired(input)).toEqual([]);
  });
});

describe('space before punctuation in a French article', () => {
  const french = [
    'Le ministre des Finances a présenté mardi le budget de l’année prochaine devant les députés de la commission.',
    'Il a déclaré : « Nous ne céderons pas sur les retraites ! » Pourquoi maintenant ? La question reste ouverte.',
    'Les syndicats ont annoncé une nouvelle journée de grève pour la semaine prochaine dans tout le pays.',
  ];
  it('keeps the space French typography puts before : ! and ?', () => {
    expect(cleanChecked(french.join('\n\n')).text).toBe(french.join('\n\n'));
  });
  it('still removes a space before a comma', () => {
    const damaged = french.map((p, i) => (i === 2 ? p.replace('grève', 'grève ,') : p));
    expect(cleanChecked(damaged.join('\n\n')).text).toContain('grève, pour');
  });
});

describe('whitespace', () => {
  // prettier-ignore
  const paragraphs = ['First paragraph.', 'Second paragraph.', 'Third paragraph.'];
  it.each([
    ['single newlines', paragraphs.join('\n')],
    ['blank lines', paragraphs.join('\n\n')],
    ['several blank lines and leading blanks', `\n\n\n${paragraphs.join('\n\n\n')}\n\n`],
    ['CRLF', paragraphs.join('\r\n\r\n')],
    ['trailing spaces', paragraphs.join('  \n')],
  ])('%s give one blank line between paragraphs', (_style, raw) => {
    expect(cleanChecked(raw).text).toBe(paragraphs.join('\n\n'));
  });

  it('joins a hard-wrapped line into its paragraph', () => {
    expect(cleanChecked('The talks between the two delegations were held\nin Geneva on Monday.').text).toBe(
      'The talks between the two delegations were held in Geneva on Monday.',
    );
  });

  it('does not join a short label line with the lowercase line under it', () => {
    expect(cleanChecked('Ukraine crisis\nlive updates').text).toBe('Ukraine crisis\n\nlive updates');
  });
});

// Flags: raised on the cleaned text, the text itself unchanged.
// prettier-ignore
const flagged: Array<[kind: string, paragraph: string, flaggedText: string]> = [
  ['fragment-sentence', 'Moscow supports the separatists in the east. Department.', 'Department.'],
  ['doubled-stem', 'would be a “colossal” colossus. which could cause a rupture', '“colossal” colossus'],
  ['first-person-in-reported-speech', 'The American reiterated that I was not going to accept any red line.', 'reiterated that I'],
  ['subject-doubling', 'Presidents Joe Biden and Vladimir Putin they had a two hour conversation.', 'Putin they'],
];
// prettier-ignore
const notFlagged: Array<[why: string, paragraph: string]> = [
  ['"Mr." before a name', 'Putin is satisfied after the discussion with Mr. Biden.'],
  ['a one-word answer', 'Was it a success? Yes.'],
  ['first person inside a quote', 'He said: “I was not going to accept it, and we said that we would not.”'],
  ['a prepositional opening', 'In Moscow they say the talks were frank.'],
  ['related words that are not a doubling', 'The president presided over national nationalism debates.'],
];

describe('flags', () => {
  it.each(flagged)('%s: %j', (kind, paragraph, flaggedText) => {
    const result = cleanChecked(paragraph);
    expect(result.text).toBe(paragraph);
    const flag = result.flags.find((f) => f.kind === kind);
    expect(flag?.text).toBe(flaggedText);
    expect(paragraph.slice(flag!.rawStart, flag!.rawEnd)).toBe(flaggedText);
  });

  it.each(notFlagged)('does not flag %s', (_why, paragraph) => {
    expect(cleanChecked(paragraph).flags).toEqual([]);
  });
});

describe('options and errors', () => {
  it('rejects a non-string input with a TypeError', () => {
    expect(() => cleanChecked(42 as unknown as string)).toThrow(
      new TypeError('clean: expected raw to be a string, got number'),
    );
  });
  it('rejects unknown options by name', () => {
    expect(() => cleanChecked('x', { langauge: 'eng' } as never)).toThrow(/unknown option 'langauge'/);
  });
  it('rejects a malformed language code', () => {
    expect(() => cleanChecked('x', { language: 'en' })).toThrow(RangeError);
  });
  it('disables rules by id or prefix', () => {
    const raw = `${BODY}\n\nFollow us on Twitter`;
    expect(cleanChecked(raw, { disable: ['footer/'] }).text).toBe(raw);
    expect(cleanChecked(raw, { disable: ['footer/follow-us', 'footer/follow-platform'] }).text).toBe(raw);
  });
  it('returns an empty result for an empty input', () => {
    expect(cleanChecked('')).toEqual({ text: '', metadata: { language: 'eng' }, edits: [], flags: [] });
  });
});
