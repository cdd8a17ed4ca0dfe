// Table tests for footer/follow-platform: follow and join calls naming a platform by its local
// name or a regional messenger, calls whose verb closes the line, the call after a share label,
// and the English two-part channel pitch. Beside them, story sentences that name a platform and
// a follow or join verb, and stay.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { followPlatformRule } from '../../src/clean/rules/footer/follow-platform.js';

const BODY = 'The harbour board approved the new ferry timetable on Monday after months of talks.';
const MORE = 'Operators said the change would add four crossings a day in summer, the board added.';

const removed = (line: string): boolean => {
  const result = clean(`${BODY}\n\n${line}\n\n${MORE}`, { rules: [followPlatformRule] });
  return !result.text.includes(line);
};

// prettier-ignore
const POSITIVES: readonly string[] = [
  // a platform's local name, verb first
  'Sledujte Denník Pravda na Google správach', 'Sledujte nás na Google Zprávách', 'Pratite Dnevni list na Google vijestima',
  'Síguenos en Google Noticias', 'Suivez Le Quotidien sur Google Actualités', 'Siga o Diário no Google Notícias',
  'Kövessen minket a Google Hírekben', 'Theo dõi Báo Thanh Niên trên Zalo', 'Takip et: Ekonomi Gazetesi Google Haberler',
  'Читайте нас в Дзен', 'เพิ่มเพื่อน LINE ข่าวสด',
  // the verb closing the line
  'Nordkurier Morgenpost auf WhatsApp folgen', 'Die Lokalpost bei Google News abonnieren',
  '北陸新聞公式LINEを友だち追加', '東洋日報のLINE公式アカウントを友達追加する', '중앙신문 카카오톡 채널 추가하기',
  '네이버 뉴스에서 중앙신문을 구독하세요', 'Bizi Google Haberler\'de takip edin',
  // English with a regional messenger or a feed
  'Add Kanto Shimbun official LINE as a friend', 'Add The Courier to your Google News feed', 'Follow us on Zalo',
  // after a share label, after an emoji
  'Compartir  |  📲 Únete a nuestro canal de WhatsApp', '👉 Seguici su Google Notizie',
  // the two-part pitch
  'Get breaking stories sent straight to your WhatsApp. Join our channel', 'Never miss a story on Telegram: subscribe now',
];
// prettier-ignore
const NEGATIVES: readonly string[] = [
  'The minister said on Telegram that he would join the talks in Geneva next week.',
  'Users can follow the ministry on Telegram, where it posts daily updates on the fighting.',
  'Join the protest, the union urged its members on WhatsApp.',
  'Add to that the Facebook scandal.',
  'Add the eggs and stir the mixture slowly, the chef explained on Instagram.',
  'Get the latest figures on Telegram. Follow the ministry\'s advice, officials said.',
  'He sent a message on LINE to his colleagues before the meeting.',
  'Subscribers to the Telegram channel grew to two million in March.',
  'Follow Jane Roe on Twitter @janeroe.',
  'Follow him on Twitter, the lawyer told reporters.',
  'Police said the suspects used Telegram to recruit followers across the region, and would follow them.',
];

describe('footer/follow-platform', () => {
  it.each(POSITIVES)('removes %s', (line) => expect(removed(line)).toBe(true));
  it.each(NEGATIVES)('keeps %s', (line) => expect(removed(line)).toBe(false));
});
