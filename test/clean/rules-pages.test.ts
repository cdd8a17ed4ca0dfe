// Table tests for the page-chrome rules of aggregator and wire pages: skip links, section
// and paywall labels, comment forms, date widgets, residue tokens, fact boxes, footer
// headings, teaser lists, headline runs, outlet lines, captions with glued credits, wire
// residue, spaced HTML tags and the store's date stamp. Invented passages only; every rule
// has rows that must NOT fire (article text that looks similar) beside the ones that must.
import { describe, expect, it } from 'vitest';
import { cleanChecked, rulesFired } from './support.js';

const BODY = 'The regional council approved the new budget on Tuesday after a debate that lasted six hours.';
const MORE = 'Opposition members said the plan cut too deeply into school funding, and promised to appeal.';
const article = (...extra: string[]) => [BODY, MORE, ...extra].join('\n\n');

// A paragraph after two body paragraphs goes with `rule`.
// prettier-ignore
const removedAtEnd: Array<[rule: string, paragraph: string]> = [
  ['boilerplate/comment-form', 'Please enter your comment!'],
  ['boilerplate/comment-form', 'Please enter your name here'],
  ['boilerplate/comment-form', 'You have entered an incorrect email address!'],
  ['boilerplate/comment-form', 'Save my name, email, and website in this browser for the next time I comment.'],
  ['boilerplate/date-label', '2 hr 15 min ago'],
  ['metadata/dateline', 'As of: 03/14/2021 7:05 p.m'], // read as the update stamp, then removed
  ['metadata/dateline', 'As of 14.03.2021, 19:05'],
  ['boilerplate/residue', '1612345678'],
  ['boilerplate/residue', '#P'],
  ['boilerplate/residue', '#Elections #Budget'],
  ['boilerplate/residue', 'council-budget-vote-school-funding'],
  ['boilerplate/paywall-label', 'Subscribers only'],
  ['boilerplate/advertisement', '- Advertisement -'],
  ['related/footer-heading', 'Newsletter'],
  ['related/footer-heading', 'Noteworthy'],
  ['related/footer-heading', 'Stay connected'],
  ['related/links', 'Lire aussi :'],
  ['related/links', 'Leia também'],
  ['related/footer-heading', 'قصص ذات صلة'],
  ['footer/outlet-line', 'Example News Share'],
  ['metadata/sign-off', 'XYZ Staff'] /* a staff signature is a byline */,
  ['credit/caption-credit', 'The mayor greets supporters after the vote.(AP Photo: Jane Doe)'],
  ['credit/caption-credit', 'Crowds gather outside the council building. (Example Images: Agency/John Roe)'],
  ['credit/caption-credit', 'Rescue workers search the rubble in the old town on March 3. (-/AFP/Example Images)'],
  ['credit/caption-credit', 'Council leader Anna Berg (left): City Hall photo by Sgt. Jane Doe'],
  ['credit/caption-credit', 'Police block the road to the airport. Source: Agency / Jane Doe'],
  ['credit/caption-credit', 'The leader waves at the crowd in the capital on the 12th of last month. yonhap news'],
  ['credit/caption-wording', 'A health worker is photographed at a vaccination centre in the capital on May 4, 2021.'],
  ['credit/caption-wording', 'In this file photo, the old bridge stands over the river at dawn.'],
  ['credit/wire-residue', '(French version by Jane Doe)'],
  ['credit/wire-residue', '(English version by John Roe)'],
  ['credit/wire-residue', '* Markets session reminder: [.EXFR]'],
  ['credit/from-outlet', 'From Example’s Jane Doe and John Roe'],
];

// Look-alike article text: kept in the middle and at the end.
// prettier-ignore
const keptContent: Array<[why: string, paragraph: string]> = [
  ['"enter" in a sentence', 'Please enter the building through the side door, the police told residents on Monday.'],
  ['a relative time in a sentence', 'The fire started 2 hours ago, a spokesman said.'],
  ['"As of" opening a sentence', 'As of Monday, the bridge is closed to heavy traffic.'],
  ['a year alone', '2019'],
  ['a number in a sentence', 'The fund holds 1612345678 euros, the report said.'],
  ['a hashtag in a sentence', 'Supporters shared the #Budget hashtag thousands of times.'],
  ['a hyphenated phrase with a capital', 'State-of-the-art labs open'],
  ['"Newsletter" in a sentence', 'The newsletter was sent to 3,000 members last week.'],
  ['"miss" in a sentence', 'Do not miss the point, the mayor said: the budget is balanced.'],
  ['"share" in a sentence', 'The company will share its results with the regulator.'],
  ['a headline with "Market Share"', 'Market Share'],
  ['a staff phrase with "of"', 'The chief of staff resigned on Friday.'],
  ['a parenthesis without a credit', 'The figures were confirmed by the statistics office (Statistics Board).'],
  ['"photo" in a sentence', 'The photo by the ministry showed the damaged bridge.'],
  ['"is pictured" with a second sentence', 'The bridge is pictured on every banknote. It opened in 1902.'],
  ['a quote with "photographed"', '“I was photographed at the gate,” she said.'],
  ['a sentence ending "news"', 'Residents welcomed the news.'],
  ['a version in a sentence', 'The French version of the law was adopted by the Senate in May.'],
  ['brackets in a sentence', 'The index [a measure of prices] rose 2%.'],
  ['"From" with a name in a sentence', 'From Berlin’s mayor to the chancellor, everyone was there.'],
  ['a less-than comparison', 'The share of votes x < p was smaller than expected.'],
];

describe('page-chrome rules: what goes', () => {
  it.each(removedAtEnd)('%s removes %j', (rule, paragraph) => {
    const result = cleanChecked(article(paragraph));
    expect(result.text).toBe(`${BODY}\n\n${MORE}`);
    expect(result.edits.map((e) => e.rule)).toContain(rule);
  });
});

describe('page-chrome rules: look-alike article text stays', () => {
  it.each(keptContent)('%s', (_why, paragraph) => {
    expect(cleanChecked(article(paragraph, BODY)).text).toContain(paragraph);
    expect(cleanChecked(article(paragraph)).text).toContain(paragraph);
  });
});

describe('head chrome', () => {
  it.each([
    ['boilerplate/skip-link', 'Skip to main content'],
    ['boilerplate/skip-link', 'Pular para o conteúdo'],
    ['boilerplate/section-label', 'World'],
    ['boilerplate/section-label', 'analysis'],
    ['boilerplate/section-label', 'Business > Markets'],
    ['boilerplate/paywall-label', 'Premium Content:'],
  ])('%s removes %j above the article', (rule, line) => {
    expect(rulesFired(`${line}\n\n${BODY}\n\n${MORE}`)).toContain(rule);
  });

  it('a section word inside the article stays', () => {
    expect(cleanChecked(`${BODY}\n\nAnalysis\n\n${MORE}`).text).toContain('Analysis');
  });

  it('the store date stamp goes and the line it opened is judged alone', () => {
    const result = cleanChecked(` date 2021-03-14 World\n\n${BODY}\n\n${MORE}`);
    expect(result.text).toBe(`${BODY}\n\n${MORE}`);
    expect(result.edits.map((e) => e.rule)).toContain('boilerplate/section-label');
  });

  it('the store date stamp before a headline goes, the headline is lifted as the title', () => {
    const result = cleanChecked(` date 2021-03-14 Council passes budget after long debate\n\n${BODY}\n\n${MORE}`);
    expect(result.text).toBe(`${BODY}\n\n${MORE}`);
    expect(result.metadata.title).toBe('Council passes budget after long debate');
    expect(result.metadata.publishedAt).toBeUndefined();
  });

  it('"date" opening a later paragraph stays', () => {
    expect(cleanChecked(`${BODY}\n\ndate 2021-03-14 is when the vote was held, officials said.`).text).toContain(
      'date 2021-03-14 is',
    );
  });

  it('a dangling date label goes with its stray "on"', () => {
    const result = cleanChecked(`Council passes budget after long debate\n\nPublished\n\non\n\n${BODY}\n\n${MORE}`);
    expect(result.text).toBe(`${BODY}\n\n${MORE}`);
    expect(result.metadata.title).toBe('Council passes budget after long debate');
  });
});

describe("clock times: chrome, or a running story's entry times", () => {
  const entry = 'The mayor said buses would cross the repaired bridge again from the first week of May.';
  it.each([
    ['between two entries', `${BODY}\n\n___\n\n3:40 p.m.\n\n${entry}`],
    [
      'after a lead-in ending in a colon',
      `${BODY}\n\nThe latest on the council vote (all times local):\n\n11:05 a.m.\n\n${entry}`,
    ],
    ["over the entry's own headline", `${BODY}\n\n3:40 p.m.\n\nBridge to reopen in May\n\n${entry}`],
  ])('a bare clock time %s stays', (_why, raw) => {
    expect(cleanChecked(raw).text).toMatch(/\n\d{1,2}:\d{2} [ap]\.m\.\n/);
    expect(rulesFired(raw)).not.toContain('boilerplate/timestamp');
  });
  it.each([
    ['under a headline, over a byline', `Council approves the budget\n\n10:32 AM\n\nBy Jane Roe\n\n${BODY}\n\n${MORE}`],
    ['at the end of the article', `${BODY}\n\n${MORE}\n\n10:32 AM`],
  ])('a bare clock time %s goes', (_why, raw) => {
    expect(rulesFired(raw)).toContain('boilerplate/timestamp');
  });
});

describe('fact boxes', () => {
  it('a run of three "Label: value" lines goes', () => {
    expect(cleanChecked(`Kick-off: 6pm\n\nVenue: City Arena\n\nReferee: Anna Berg\n\n${BODY}\n\n${MORE}`).text).toBe(
      `${BODY}\n\n${MORE}`,
    );
  });
  it('two labelled lines, or labelled sentences, stay', () => {
    const two = `Venue: City Arena\n\nReferee: Anna Berg\n\n${BODY}`;
    expect(cleanChecked(two).text).toContain('Venue: City Arena');
    const interview = `Q: Why now?\n\nBerg: Because the budget was ready.\n\nQ: And the schools?\n\n${BODY}`;
    expect(cleanChecked(interview).text).toContain('Berg: Because the budget was ready.');
  });
  it('a list the article introduces with a colon stays: results, figures', () => {
    const results = `${BODY}\n\nUnofficial results:\n\nRob Tanner: 4,870\n\nDenise Hall: 4,311\n\nPhil Garry: 3,902\n\n${MORE}`;
    expect(cleanChecked(results).text).toBe(results);
  });
  it('a box of credits goes even under a heading with a colon', () => {
    const credits = `${BODY}\n\n${MORE}\n\nAbout this story:\n\nResearched by: Ann Lee\n\nEdited by: Tom Roe\n\nSubjects: Crime, Drugs`;
    expect(rulesFired(credits)).toContain('boilerplate/fact-box');
  });
});

describe('teasers and headline runs after the article', () => {
  it("the article's own list after an inline related line stays: its lead-in ends with a colon", () => {
    // prettier-ignore
    const raw = [BODY, 'Related: Harbour board approves new ferry terminal', MORE, 'The key results were:',
      'Heart failure admissions: 23 percent fewer', 'Deaths from any cause: no significant change',
      'Symptom scores at 12 months: 4.1 points better'].join('\n\n');
    const kept = cleanChecked(raw).text;
    expect(kept).toContain('The key results were:');
    expect(kept).toContain('Symptom scores at 12 months: 4.1 points better');
  });
  it('the teasers under a related heading go to the end of the page', () => {
    const page = article(
      'Latest',
      'Ferry strike ends after two days',
      'Workers accepted the offer on Sunday.',
      'Minister opens new hospital wing',
      'The wing has 40 beds.',
      'Floods close roads in the north',
    );
    expect(cleanChecked(page).text).toBe(`${BODY}\n\n${MORE}`);
  });
  it('a run of headlines ending the page goes', () => {
    const page = `${BODY}\n\n${MORE}\nFerry strike ends after two days\nMinister opens new hospital wing\nFloods close roads in the north\nCity council votes on new bridge\nTeachers plan march for Friday`;
    expect(cleanChecked(page).text).toBe(`${BODY}\n\n${MORE}`);
  });
  it('a list the article introduces with a colon stays', () => {
    const page = `${BODY}\n\nThe budget funds these projects:\nA new bridge over the river\nTwo schools in the north district\nA bus line to the airport\nRepairs to the old town hall`;
    expect(cleanChecked(page).text).toContain('Repairs to the old town hall');
  });
  it.each([
    [
      'tour dates under a heading',
      'The Kestrel Band Tour Dates\nJune 9 – Tampa, FL @ Harbor Arena\nJune 10 – Orlando, FL @ Lake Pavilion\nJune 14 – Atlanta, GA @ Peach Amphitheater\nJune 17 – Nashville, TN @ River Hall',
    ],
    [
      'fixtures, day first',
      '9 March – Lyonne v Castelnau\n10 March – Marvin Athletic v Port Ellis\n16 March – Castelnau v Marvin Athletic\n17 March – Port Ellis v Lyonne',
    ],
  ])('a schedule ending the article stays: %s', (_why, list) => {
    const page = `${BODY}\n\n${MORE}\n${list}`;
    expect(cleanChecked(page).text).toContain(list.split('\n').at(-1));
  });
  it('three short lines at the end stay', () => {
    const page = `${BODY}\n\n${MORE}\nFerry strike ends after two days\nMinister opens new hospital wing\nFloods close roads in the north`;
    expect(cleanChecked(page).text).toContain('Floods close roads in the north');
  });
});

describe('captions printed twice', () => {
  it('the bare caption goes with its credited copy', () => {
    const caption = 'Rescue workers search the rubble in the old town on March 3.';
    const result = cleanChecked(`${BODY}\n\n${caption}\n\n${caption} (-/AFP/Example Images)\n\n${MORE}`);
    expect(result.text).toBe(`${BODY}\n\n${MORE}`);
    expect(result.edits.map((e) => e.rule)).toContain('credit/caption-echo');
  });
  it('a paragraph that starts like the next one stays when the next is no caption', () => {
    const lede = 'The council approved the budget.';
    expect(cleanChecked(`${lede}\n\n${lede} The vote was 30 to 12.\n\n${MORE}`).text).toContain(`${lede}\n\n`);
  });
});

describe('footer name line and markup', () => {
  it('the outlet name above a footer copyright goes', () => {
    expect(
      cleanChecked(`${BODY}\n\n${MORE}\n\nthe example times\n© 2024 Example Media AG. All rights reserved.`).text,
    ).toBe(`${BODY}\n\n${MORE}`);
  });
  it('a spaced HTML tag with attributes goes, its text stays', () => {
    expect(cleanChecked(`${BODY}\n\n< p class="lead">${MORE}`).text).toBe(`${BODY}\n\n${MORE}`);
  });
  it('a bulleted desk note beside a code line goes; a bulleted line alone stays', () => {
    expect(cleanChecked(article('* Markets session reminder: [.EXFR]', '* To follow on Friday:')).text).toBe(
      `${BODY}\n\n${MORE}`,
    );
    expect(cleanChecked(article('* To follow on Friday: the vote')).text).toContain('* To follow on Friday');
  });
});
