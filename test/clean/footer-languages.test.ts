// Table tests for the footer rules' per-language vocabularies: each kind of footer line (follow
// calls, rights lines and reuse bans, newsletter, support and app calls, tip lines, translation
// notes, source lines, the newsroom's signature) in languages beyond English, each rule run alone
// below an English article. Beside them, sentences in those languages that open with the same
// words and stay.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import type { BlockRule } from '../../src/clean/rule.js';
import { followUsRule } from '../../src/clean/rules/footer/follow-us.js';
import { copyrightRule } from '../../src/clean/rules/footer/copyright.js';
import { newsletterRule } from '../../src/clean/rules/footer/newsletter.js';
import { editorialRule } from '../../src/clean/rules/footer/editorial.js';
import { disclaimerRule } from '../../src/clean/rules/footer/disclaimer.js';
import { sourceLineRule } from '../../src/clean/rules/footer/source-line.js';
import { outletLineRule } from '../../src/clean/rules/footer/outlet-lines.js';
import { cleanChecked } from './support.js';

const BODY = 'The river authority opened the new flood gates on Tuesday after two years of work.';
const MORE = 'Engineers said the gates would protect about 4,000 homes in the lower town, the mayor added.';

const RULES: Record<string, BlockRule> = {
  'footer/follow-us': followUsRule,
  'footer/copyright': copyrightRule,
  'footer/newsletter': newsletterRule,
  'footer/editorial': editorialRule,
  'footer/disclaimer': disclaimerRule,
  'footer/source-line': sourceLineRule,
  'footer/outlet-line': outletLineRule,
};

// prettier-ignore
const removed: Array<[rule: string, line: string]> = [
  // follow calls
  ['footer/follow-us', 'Urmăriți Ziarul de Mureș și pe Google News'],
  ['footer/follow-us', 'Sledujte nás na Facebooku a na Instagramu'],
  ['footer/follow-us', 'Seuraa meitä myös Instagramissa!'],
  ['footer/follow-us', 'Følg Vestlandsposten på Facebook'],
  ['footer/follow-us', 'Följ oss på Instagram och TikTok'],
  ['footer/follow-us', 'Kövessen minket a Facebookon is!'],
  ['footer/follow-us', 'Pratite nas na Telegramu'],
  ['footer/follow-us', 'Пратите нас на X и на Фејсбуку'],
  ['footer/follow-us', 'Ακολουθήστε μας στο Google News'],
  ['footer/follow-us', 'Подписывайтесь на наш Telegram-канал'],
  ['footer/follow-us', 'Bizi Google News\'te takip edin'],
  ['footer/follow-us', 'Theo dõi Báo Miền Tây trên Google News'],
  ['footer/follow-us', 'Ikuti kami di WhatsApp Channel untuk berita terkini'],
  ['footer/follow-us', 'Obserwuj nas w Google News'],
  ['footer/follow-us', 'Připojte se k našemu kanálu na WhatsAppu'],
  ['footer/follow-us', 'Síguenos en Google News'],
  // rights lines and reuse bans
  ['footer/copyright', 'Minden jog fenntartva © Példa Kiadó Kft.'],
  ['footer/copyright', '© 2026 Example Media. Kaikki oikeudet pidätetään.'],
  ['footer/copyright', 'Všechna práva vyhrazena.'],
  ['footer/copyright', 'Copyright © Ziarul Example 2026. Toate drepturile rezervate.'],
  ['footer/copyright', 'Visos teisės saugomos.'],
  ['footer/copyright', 'כל הזכויות שמורות'],
  ['footer/copyright', 'Haki zote zimehifadhiwa.'],
  ['footer/copyright', '© Example Tidende 2026'],
  ['footer/copyright', 'Example Courier — © 2026 Example Media Group. All rights reserved.'],
  ['footer/copyright', 'All rights reserved. Republication is allowed only with the written consent of the publisher.'],
  ['footer/copyright', 'Kopiowanie i rozpowszechnianie treści bez zgody wydawcy zabronione.'],
  ['footer/copyright', 'Απαγορεύεται η αναδημοσίευση χωρίς την άδεια του εκδότη.'],
  ['footer/copyright', 'Перепечатка материалов сайта без разрешения редакции запрещена.'],
  ['footer/copyright', 'Використання матеріалів дозволяється лише з посиланням на джерело.'],
  ['footer/copyright', '未經授權，不得轉載'],
  ['footer/copyright', 'Reproducción prohibida'],
  // newsletter, support and app calls
  ['footer/newsletter', 'Tilaa Example-uutiskirje ja saat päivän uutiset aamulla sähköpostiisi.'],
  ['footer/newsletter', 'Prenumerera på vårt nyhetsbrev – varje morgon i din inkorg.'],
  ['footer/newsletter', 'Přihlaste se k odběru newsletteru a nic vám neuteče.'],
  ['footer/newsletter', 'Iratkozzon fel hírlevelünkre!'],
  ['footer/newsletter', 'Подпишитесь на нашу рассылку, чтобы не пропустить главное'],
  ['footer/newsletter', 'Zapisz się do newslettera Example'],
  ['footer/newsletter', '뉴스레터 구독하기'],
  ['footer/newsletter', 'Hvis du likte artikkelen, støtt uavhengig journalistikk.'],
  ['footer/newsletter', 'Podpořte nezávislou žurnalistiku. Staňte se předplatitelem.'],
  ['footer/newsletter', 'If you value our reporting, support independent journalism today.'],
  ['footer/newsletter', 'Få pushvarsler når noe skjer – last ned appen vår'],
  ['footer/newsletter', 'Stáhněte si naši aplikaci pro Android a iOS'],
  ['footer/newsletter', 'Descarcă aplicația Example pe telefon'],
  // tip lines
  ['footer/editorial', 'Har du et nyhedstip? Skriv til tip@example-avis.test'],
  ['footer/editorial', 'Máte tip na článek? Napište nám.'],
  ['footer/editorial', 'Van egy érdekes sztorija? Írjon nekünk!'],
  ['footer/editorial', 'Ai un pont? Scrie-ne la stiri@example.test'],
  ['footer/editorial', 'Есть новость? Пишите нам в Telegram'],
  // translation notes
  ['footer/disclaimer', 'Tento článek byl původně zveřejněn v slovenštině a strojově přeložen.'],
  ['footer/disclaimer', 'Dieser Artikel wurde maschinell aus dem Polnischen übersetzt.'],
  ['footer/disclaimer', 'Tämä artikkeli on konekäännetty.'],
  ['footer/disclaimer', 'Acest articol a fost tradus automat.'],
  ['footer/disclaimer', 'Maskinoversatt'],
  ['footer/disclaimer', 'Machine translated from Hungarian'],
  ['footer/disclaimer', 'This story was originally published in Polish and machine-translated.'],
  // source lines
  ['footer/source-line', 'Quelle: dpa'],
  ['footer/source-line', 'Źródło: PAP'],
  ['footer/source-line', 'Nguồn: TTXVN'],
  ['footer/source-line', 'Forrás: MTI'],
  ['footer/source-line', 'Kaynak: AA'],
  // the newsroom's signature
  ['footer/outlet-line', 'Redacción El Heraldo del Valle'],
  ['footer/outlet-line', 'Redakcja'],
  ['footer/outlet-line', 'Haber Merkezi'],
];

// Lines that open with the same words and are not the footer's.
// prettier-ignore
const kept: Array<[rule: string, line: string]> = [
  ['footer/follow-us', 'Sledujte Alexe na koncertě'],
  ['footer/follow-us', 'Pratite Xeniju do stanice'],
  ['footer/follow-us', 'Seuraa tilannetta'],
  ['footer/follow-us', 'Follow the money, he said.'],
  ['footer/copyright', 'Copyright lawsuit filed in 2026'],
  ['footer/copyright', 'La reproducción asistida está prohibida en Italia.'],
  ['footer/copyright', 'Использование телефонов в школах запрещено с сентября.'],
  ['footer/newsletter', 'Abbonati in calo del 10% per la pay tv'],
  ['footer/newsletter', 'Residents were told to download the app to register for the scheme.'],
  ['footer/newsletter', 'Support for the plan has grown since the spring, polls show.'],
  ['footer/editorial', 'Har du hørt om det nye havneprojekt? Det har borgmesteren.'],
  ['footer/editorial', 'Have a tip for the skipper? Tell him at the dock.'],
  ['footer/disclaimer', 'Machine translation is improving fast, researchers say, and many newsrooms use it.'],
  ['footer/source-line', 'Forrás: a kormány szerint a beruházás jövőre elkészül és sok munkahelyet teremt majd.'],
  ['footer/outlet-line', 'Redacción de la noticia fue mala'],
];

function alone(rule: string, line: string): string {
  return clean(`${BODY}\n\n${MORE}\n\n${line}`, { rules: [RULES[rule]!] }).text;
}

describe('footer lines in the languages of the news go', () => {
  it.each(removed)('%s: %s', (rule, line) => {
    expect(alone(rule, line)).toBe(`${BODY}\n\n${MORE}`);
  });
});

describe('lines that open with the same words stay', () => {
  it.each(kept)('%s: %s', (rule, line) => {
    expect(alone(rule, line)).toBe(`${BODY}\n\n${MORE}\n\n${line}`);
  });
});

describe('in the whole pipeline', () => {
  it.each(removed.slice(0, 8))('%s: %s', (rule, line) => {
    const result = cleanChecked(`${BODY}\n\n${MORE}\n\n${line}`);
    expect(result.text).toBe(`${BODY}\n\n${MORE}`);
  });
});
