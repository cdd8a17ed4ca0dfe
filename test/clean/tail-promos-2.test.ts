// Table tests for more of the outlet's own lines around an article on article-only input:
// one-line teasers under the related box's names, promos of the outlet's channels, newsletters,
// paywalls and tip lines, and the legal and notice lines (reuse bans, rights lines, the
// publisher's registration, translation and funding notes). Every kind has rows that must NOT
// fire beside the ones that must: the story's own sentences that name such things stay.
import { describe, expect, it } from 'vitest';
import { cleanChecked } from './support.js';

const BODY = 'The harbour board approved the dredging plan on Thursday after a long public hearing.';
const MORE = 'Fishing crews said the work would close the northern channel for six weeks in spring, the union said.';
const LAST = 'Dredging is due to start in April and the board will publish a report in the autumn, officials added.';

// A paragraph after the article's body goes, with this rule.
// prettier-ignore
const removedAtEnd: Array<[rule: string, paragraph: string]> = [
  // one-line teasers
  ['related/links', 'RELATED POST: Ferry operator cuts winter timetable'],
  ['related/links', 'Related article: Port workers vote to strike over pay'],
  ['related/links', '[Most viewed] Harbour master resigns after audit'],
  ['related/links', '【Most read】 Fuel prices climb for third week'],
  ['related/links', 'Most popular: Lighthouse reopens to visitors after repairs'],
  ['related/links', 'More news: Coast guard rescues two kayakers off the point'],
  ['related/links', 'Popular now: Seal colony returns to the estuary'],
  ['related/links', 'LEA TAMBIÉN / Read also: Ferry fares rise in January'],
  ['related/links', 'You may be interested in: Ten beaches with clean water this summer'],
  // promos of the outlet's channels
  ['footer/promo', 'Receive the news of the Example Courier on your Telegram: tap here'],
  ['footer/promo', 'Get the news from Example Bay directly on WhatsApp'],
  ['footer/follow-us', 'Join our Viber community for the day’s top stories'],
  ['footer/follow-us', 'Join The Example Herald Telegram Channel for live updates'],
  ['footer/promo', 'Never miss a headline: sign up for the Example Dispatch, in your inbox every evening.'],
  ['footer/promo', 'Stay informed: follow Example Coast News on Instagram and Threads'],
  ['footer/promo', 'Presented by Example Marine — book your stand today'],
  ['footer/newsletter', 'Subscribe to Example Times Premium to read the digital edition'],
  ['footer/newsletter', 'This story is reserved for subscribers – continue for €1.99'],
  ['footer/newsletter', 'Read the full article for just $1 a week'],
  ['footer/editorial', 'Got a news tip? Email us at desk@example-harbour.test'],
  ['footer/editorial', 'Do you have a story for us? Message us on 0700 123 456'],
  // legal and notes
  ['footer/copyright', '© Example Coast Media. Use of this content for AI training prohibited.'],
  ['footer/copyright', 'Reproduction of this article is not allowed without written authorisation.'],
  ['footer/copyright', 'All rights reserved for Example Bay Press © 2025'],
  ['footer/copyright', 'Example Harbour Publishing Limited, registered in England and Wales No. 01234567'],
  ['footer/copyright', 'Registered in Scotland. Company number SC123456. Registered office: 1 Quay Street'],
  ['footer/disclaimer', 'This article was translated from Portuguese with the help of AI tools and checked by an editor.'],
  ['footer/disclaimer', 'This story is an English translation of a report first published in Korean.'],
  ['footer/disclaimer', 'This reporting was supported by a grant from the Example Ocean Foundation.'],
  ['footer/disclaimer', 'Example Regional Press reporters are funded by the Example Trust and cover councils across the county.'],
  ['footer/disclaimer', 'The Example Wire’s coverage of coastal towns receives financial support from several foundations.'],
];

describe('more of the outlet’s own lines below the article go', () => {
  it.each(removedAtEnd)('%s: %s', (rule, paragraph) => {
    const raw = `${BODY}\n\n${MORE}\n\n${LAST}\n\n${paragraph}`;
    const result = cleanChecked(raw);
    expect(result.text).toBe(`${BODY}\n\n${MORE}\n\n${LAST}`);
    expect(result.edits.some((e) => e.rule === rule && e.before.includes(paragraph))).toBe(true);
  });
});

// A teaser between two paragraphs of the story goes too; the paragraphs stay.
// prettier-ignore
const teasersInside: string[] = [
  'RELATED NEWS: Tug crews rescue stranded yacht',
  '[Most read] Storm closes coastal road for a second day',
  'Popular today: Harbour seals spotted near the marina',
  'VEJA TAMBÉM / See also: Fishing quotas cut for 2026',
];

describe('one-line teasers inside the article go', () => {
  it.each(teasersInside)('%s', (teaser) => {
    const raw = [BODY, MORE, teaser, LAST].join('\n\n');
    expect(cleanChecked(raw).text).toBe(`${BODY}\n\n${MORE}\n\n${LAST}`);
  });
});

// The same below an article in its own language.
// prettier-ignore
const BODIES: Record<string, string[]> = {
  es: ['La autoridad portuaria aprobó el jueves el plan de dragado tras una larga audiencia pública.', 'Los pescadores dicen que las obras cerrarán el canal norte durante seis semanas.'],
  fr: ['Le conseil portuaire a approuvé jeudi le plan de dragage après une longue audience publique.', 'Les pêcheurs estiment que les travaux fermeront le chenal nord pendant six semaines.'],
  it: ['L’autorità portuale ha approvato giovedì il piano di dragaggio dopo una lunga audizione pubblica.', 'I pescatori dicono che i lavori chiuderanno il canale nord per sei settimane.'],
  de: ['Die Hafenbehörde hat am Donnerstag nach langer Anhörung den Baggerplan beschlossen.', 'Die Fischer sagen, die Arbeiten würden die Nordrinne sechs Wochen lang sperren.'],
  pt: ['A autoridade portuária aprovou na quinta-feira o plano de dragagem após uma longa audiência pública.', 'Os pescadores dizem que as obras vão fechar o canal norte durante seis semanas.'],
};
// prettier-ignore
const removedAtEndLocal: Array<[rule: string, language: string, paragraph: string]> = [
  ['footer/follow-us', 'es', 'Síguenos en Instagram'],
  ['footer/follow-us', 'fr', 'Suivez-nous sur Google News'],
  ['footer/follow-us', 'de', 'Folgen Sie uns auf WhatsApp'],
  ['footer/follow-us', 'es', 'Únete a nuestro canal de WhatsApp'],
  ['footer/promo', 'pt', 'Receba as notícias do Example Porto no seu WhatsApp'],
  ['footer/newsletter', 'it', 'Iscriviti alla newsletter del porto: ogni mattina le notizie della costa'],
  ['footer/newsletter', 'fr', 'Inscrivez-vous à notre newsletter quotidienne'],
  ['footer/newsletter', 'fr', 'Article réservé aux abonnés : découvrez nos offres'],
  ['footer/newsletter', 'es', 'Contenido exclusivo para suscriptores'],
  ['footer/copyright', 'it', 'Riproduzione riservata ©'],
  ['footer/copyright', 'es', 'Prohibida su reproducción total o parcial sin autorización.'],
  ['footer/copyright', 'pt', 'Proibida a reprodução sem autorização.'],
  ['footer/copyright', 'es', 'Todos los derechos reservados © 2025 Example Puerto'],
  ['footer/editorial', 'es', '¿Tienes una denuncia? Escríbenos a redaccion@example-puerto.test'],
];

describe('more of the outlet’s own lines below an article in another language go', () => {
  it.each(removedAtEndLocal)('%s (%s): %s', (rule, language, paragraph) => {
    const body = BODIES[language]!.join('\n\n');
    const raw = `${body}\n\n${paragraph}`;
    const result = cleanChecked(raw);
    expect(result.text).toBe(body);
    expect(result.edits.some((e) => e.rule === rule && e.before.includes(paragraph))).toBe(true);
  });
});

// Lines that share words with those teasers, calls and notices but are the story's.
// prettier-ignore
const keptContent: Array<[why: string, paragraph: string]> = [
  ['a sentence about most-read lists', 'Most read stories last year were about the ferry strike, the editor told the board.'],
  ['a sentence about popular beaches', 'Popular today with tourists, the northern beach was once an industrial dock.'],
  ['a quoted appeal to receive news', 'Receive the news on WhatsApp by sending JOIN to the port’s number, the authority said.'],
  ['a story about a WhatsApp group', 'Join the harbour WhatsApp group only if you own a berth, the association told members.'],
  ['a story about a newsletter', 'Never miss a tide: the association’s newsletter now lists the tables for every week.'],
  ['a sponsored bill', 'Sponsored by two coastal senators, the bill passed the chamber by 54 votes to 40.'],
  ['a story about sponsorship', 'Sponsored by a local bank — register of donors shows — the regatta raised €40,000.'],
  ['a reported AI ban', 'The use of AI tools is prohibited in the port’s control room, the harbour master said.'],
  ['a reported reproduction ban', 'Reproduction of the rare seahorse is prohibited without a licence in the marine park.'],
  ['a story about a company', 'Example Dredging Ltd, registered in the Netherlands, won the contract on Monday.'],
  ['a company registration in a business story', 'Example Tugs Ltd, registered in Ireland No. 123456, said on Monday it would hire 40 crew.'],
  ['a story about a translation', 'This report was translated into six languages and sent to the maritime organisation.'],
  ['a story about funding', 'Harbour pilots are funded by the port authority and trained for four years, the report found.'],
  ['a question in a quote', 'Have a tip for the skipper? Tell him the weather, one fisherman joked at the hearing.'],
  ['a story about subscribers', 'This article of the treaty is reserved for member states that ratified it in 2019.'],
  ['a sentence opening with a may-interest phrase', 'You may be interested in knowing that the channel was last dredged in 1998.'],
  ['a paywall story', 'Read the full report for free on the authority’s website, where it was posted on Friday.'],
  ['rights in a story', 'All rights reserved for the fishermen under the 1976 charter remain in force, the court ruled.'],
];

describe('content that looks like those lines survives', () => {
  it.each(keptContent)('%s (middle and end)', (_why, paragraph) => {
    for (const raw of [`${BODY}\n\n${paragraph}\n\n${MORE}`, `${BODY}\n\n${MORE}\n\n${paragraph}`]) {
      expect(cleanChecked(raw).text.split('\n\n')).toContain(paragraph);
    }
  });
});

// A read-also box inside a Chinese article: the box goes, the paragraphs after it (full stops
// of CJK text: 。) stay; the same box under a Japanese heading.
describe('a read-also box inside a CJK article ends at the next paragraph', () => {
  const paragraphs = [
    '市政府今天宣布，明年起將在全市增設兩百座電動機車充電站，預計三年內完成。',
    '延伸閱讀',
    '》公車全面電動化 提前兩年達標',
    '》油價連三漲 下週汽油恐再漲',
    '環保局長指出，市府也將延長電動機車補助至明年底，購買電動機車最高可獲補助。',
    '不過也有業者坦言，部分老舊社區空間有限，設站需與里長及住戶協調，進度可能受到影響。',
  ];
  it('removes the heading and its headlines only', () => {
    const text = cleanChecked(paragraphs.join('\n')).text;
    expect(text).not.toContain('延伸閱讀');
    expect(text).not.toContain('油價連三漲');
    expect(text).toContain('環保局長指出');
    expect(text).toContain('不過也有業者坦言');
  });
});
