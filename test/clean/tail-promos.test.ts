// Table tests for the outlet's own lines inside or below an article on article-only input:
// promos addressed to the reader, related-story boxes, tag lines, legal and contact lines,
// agency credits and desk slugs. Every kind has rows that must NOT fire beside the ones that
// must: the story's own sentences that quote or report such an appeal stay.
import { describe, expect, it } from 'vitest';
import { cleanChecked } from './support.js';

const BODY = 'The regional council approved the new water tariffs on Monday after a four-hour debate.';
const MORE =
  'Farmers in the valley said the increase would add hundreds of euros to their yearly bills, the union said.';
const LAST = 'The tariffs take effect in March and will be reviewed after two years, officials added.';

// A paragraph after the article's body goes, with this rule.
// prettier-ignore
const removedAtEnd: Array<[rule: string, paragraph: string]> = [
  // promos addressed to the reader
  ['footer/promo', 'Get the top Cornwall headlines sent straight to your inbox with our free morning email.'],
  ['footer/promo', 'Receive breaking news directly on your phone'],
  ['footer/promo', 'Get breaking news on WhatsApp & Viber – join today'],
  ['footer/promo', 'Click here for the latest sports news'],
  ['footer/promo', 'Tap here to get Example Daily alerts'],
  ['footer/promo', 'For more stories about the flooding, click here.'],
  ['footer/promo', 'For the latest local news and traffic updates, head to Example Seven.'],
  ['footer/promo', '▶ Breaking stories all day long — subscribe to Example TV on YouTube'],
  ['footer/promo', '► Want the full picture? Follow Example Ilbo on KakaoTalk'],
  ['footer/follow-us', 'Follow the latest news from the valley and the country on our Telegram channel'],
  ['footer/newsletter', 'Subscribe to Example Courier for €2 a month'],
  ['footer/newsletter', 'Subscribe to Example Premium to get unlimited access to our journalism'],
  ['footer/newsletter', 'Our newsletter “The Evening Digest”: each night, the day in five minutes. Sign me up'],
  ['footer/promo', 'Enjoyed this story? Share it and sign up for our weekend briefing.'],
  ['footer/promo', 'Never miss a story: follow Example Gazette on Google News'],
  ['footer/promo', 'Turn on notifications for breaking news from Example Radio'],
  ['footer/promo', 'Get breaking news alerts from Example Gazette'],
  ['footer/promo', 'This story on the programme: Example Radio evening news, 6 pm'],
  ['related/links', 'Related video: How the drought changed the reservoirs (Example TV)'],
  ['related/links', 'Trending now: Storm warning | Rail strike | Budget vote'],
  // legal and contact lines
  ['footer/copyright', 'Copyright ⓒ Example Ilbo. Unauthorized reproduction and redistribution prohibited.'],
  ['footer/copyright', 'Ⓒ Example Shimbun. Reproduction of articles without permission is prohibited.'],
  ['footer/copyright', 'All rights reserved. No part of this article may be copied or reproduced without written permission from the publisher.'],
  ['footer/copyright', 'This content, and the photographs in it, may not be republished, broadcast or redistributed.'],
  ['footer/copyright', 'Reproduction in whole or in part without permission is prohibited.'],
  ['footer/copyright', 'Unauthorised copying or redistribution of this content is strictly prohibited.'],
  ['credit/wire-residue', '(Apart from the headline, this report has not been edited by Example Today staff and is published from an agency feed.)'],
  ['credit/wire-residue', '(Only the headline of this story may have been reworked by Example Standard staff; the rest of the content is auto-generated from a syndicated feed.)'],
  ['footer/editorial', 'Contact: newsdesk@example-herald.co.uk'],
  ['footer/editorial', 'Email: [email protected]'],
  ['footer/editorial', 'kjs@example-ilbo.kr'],
  ['boilerplate/widget', 'Was this article helpful?'],
  // agency credits and desk slugs
  ['credit/reporting', '(With inputs from IANS)'],
  ['credit/reporting', '(With agency inputs)'],
  ['credit/reporting', 'With inputs from agencies'],
  ['credit/desk-slug', 'abc/AFP'],
  ['credit/desk-slug', 'kw/dpa/AP'],
  // tag lines
  ['boilerplate/tags', 'Archived in: Water, Agriculture, Regional council'],
];

describe('the outlet’s own lines below the article go', () => {
  it.each(removedAtEnd)('%s: %s', (rule, paragraph) => {
    const raw = `${BODY}\n\n${MORE}\n\n${LAST}\n\n${paragraph}`;
    const result = cleanChecked(raw);
    expect(result.text).toBe(`${BODY}\n\n${MORE}\n\n${LAST}`);
    expect(result.edits.some((e) => e.rule === rule && e.before.includes(paragraph))).toBe(true);
  });
});

// The same below an article in its own language.
// prettier-ignore
const BODIES: Record<string, string[]> = {
  fr: ['Le conseil régional a adopté lundi les nouveaux tarifs de l’eau après quatre heures de débat.', 'Les agriculteurs de la vallée estiment que la hausse leur coûtera des centaines d’euros par an.'],
  es: ['El consejo regional aprobó el lunes las nuevas tarifas del agua tras un debate de cuatro horas.', 'Los agricultores del valle dicen que la subida les costará cientos de euros al año.'],
  de: ['Der Regionalrat hat am Montag nach vierstündiger Debatte die neuen Wassertarife beschlossen.', 'Die Landwirte im Tal sagen, die Erhöhung koste sie jedes Jahr Hunderte Euro.'],
  ru: ['Региональный совет в понедельник утвердил новые тарифы на воду после четырехчасовых дебатов.', 'Фермеры долины говорят, что повышение обойдется им в сотни евро в год.'],
};
// prettier-ignore
const removedAtEndLocal: Array<[rule: string, language: string, paragraph: string]> = [
  ['footer/promo', 'fr', 'Cliquez ici pour recevoir nos alertes'],
  ['footer/newsletter', 'fr', 'Abonnez-vous à Example Matin pour 1 € le premier mois'],
  ['footer/promo', 'de', 'Dieses Thema im Programm: Example Aktuell | 19:30 Uhr'],
  ['footer/newsletter', 'de', 'Unser Newsletter: Jeden Morgen das Wichtigste aus der Region'],
  ['boilerplate/tags', 'es', 'Archivado en: Sequía, Agricultura, Gobierno regional'],
  ['boilerplate/tags', 'de', 'Schlagwörter: Dürre, Landwirtschaft, Wasserpreise'],
  ['boilerplate/tags', 'fr', 'Mots-clés : sécheresse, agriculture'],
  ['boilerplate/tags', 'ru', 'Теги: засуха, сельское хозяйство'],
];

describe('the outlet’s own lines below an article in another language go', () => {
  it.each(removedAtEndLocal)('%s (%s): %s', (rule, language, paragraph) => {
    const body = BODIES[language]!.join('\n\n');
    const raw = `${body}\n\n${paragraph}`;
    const result = cleanChecked(raw);
    expect(result.text).toBe(body);
    expect(result.edits.some((e) => e.rule === rule && e.before.includes(paragraph))).toBe(true);
  });
});

// A related box inside the article: the heading and the headlines under it go, the story's
// next paragraph stays.
// prettier-ignore
const relatedBoxes: Array<[heading: string, headlines: string[]]> = [
  ['Also interesting', ['Reservoirs: Why the levels keep falling', 'Water prices: Utilities cut tariffs for pensioners']],
  ['More on the topic', ['Drought law: What farmers need to know now']],
  ['The editors recommend', ['Heat wave: Hospitals prepare for record week']],
  ['More for you', ['Ten towns that ran out of water']],
  ['People also read', ['Drought: the ten worst-hit municipalities']],
  ['Das könnte Sie auch interessieren', ['Dürre: Was Landwirte jetzt wissen müssen']],
  ['La rédaction vous recommande', ['Sécheresse : les nappes au plus bas']],
  ['Más sobre el tema', ['Sequía: qué cambia para los regantes']],
];

describe('related boxes go with their headlines', () => {
  it.each(relatedBoxes)('%s', (heading, headlines) => {
    const raw = [BODY, MORE, heading, ...headlines, LAST].join('\n\n');
    expect(cleanChecked(raw).text).toBe(`${BODY}\n\n${MORE}\n\n${LAST}`);
  });
});

// Lines that share words with those calls and notices but are the story's.
// prettier-ignore
const keptContent: Array<[why: string, paragraph: string]> = [
  ['an appeal the story quotes', 'Get the alerts sent straight to your phone by texting FLOOD to 5050, the county said.'],
  ['a reported click instruction', 'Click here to donate, the charity urged supporters in an email, the newspaper reported.'],
  ['a sentence about a newsletter', 'Our newsletter reached 40,000 readers last year, the editor told the committee.'],
  ['a sentence about subscriptions', 'Subscribe to the theory that prices will fall and you will be disappointed, analysts warned.'],
  ['a sentence about reproduction', 'All rights to the land were reserved for the municipality under the 1998 agreement.'],
  ['a copyright dispute', 'Copyright lawyers said the ruling could reach the supreme court next year.'],
  ['an email in a sentence', 'Readers can send their questions to the council at water@example.gov before Friday.'],
  ['a sentence about agency reports', 'With inputs from farmers and engineers, the council drew up a new rationing plan.'],
  ['a sentence opening "For more"', 'For more than a decade, the valley has relied on wells that are now running dry.'],
  ['a sentence with an arrow', '▶ The council will vote again in May on the second phase of the plan.'],
  ['a sentence about archives', 'Archived in the regional library, the 1976 records show a similar drought.'],
  ['a sentence about the topic', 'More on the topic of pricing will be discussed at the next session, the mayor said.'],
  ['a deck under the headline', 'Also of interest: which of the two towns will ration first.'],
  ['a pointer inside a newsletter', 'For more video news from Example Post, check out this morning’s briefing.'],
  ['a forum handle', 'r/WorldNews'],
  ['the page’s own offer behind a click', 'Click here for the recipe card and the list of ingredients.'],
  ['a reported ban', 'Reproduction of the protected fish is prohibited in the reserve during spring.'],
  ['a question in a quote', 'Want cheaper water? Get a well, one farmer joked at the meeting.'],
  ['a sentence about alerts', 'Get alerts about the rationing schedule by registering with the council, the mayor said.'],
  ['a sentence about a feed', 'This story has not been edited since the council meeting, when the feed of the livestream cut out.'],
  ['a sentence about trending topics', 'Trending now on local forums is a petition against the tariffs, which has 3,000 signatures.'],
];

describe('content that looks like those lines survives', () => {
  it.each(keptContent)('%s (middle and end)', (_why, paragraph) => {
    for (const raw of [`${BODY}\n\n${paragraph}\n\n${MORE}`, `${BODY}\n\n${MORE}\n\n${paragraph}`]) {
      expect(cleanChecked(raw).text.split('\n\n')).toContain(paragraph);
    }
  });
});
