// Captions that read like a sentence, told from article prose by the credit inside or after
// them, and credit lines with an abbreviated, photographer or spaced label. Every shape has
// article sentences beside it that open or end with the same words and must stay.
import { describe, expect, it } from 'vitest';
import { captionSentenceCredit } from '../../src/clean/rules/credit/caption-sentence.js';
import { cleanChecked } from './support.js';

const BODY = 'The city council approved the new tram line on Tuesday after three years of planning.';
const LAST = 'The line is expected to carry 40,000 passengers a day when it opens in 2029.';
const page = (line: string): string => `${BODY}\n\n${line}\n\n${LAST}`;

// prettier-ignore
const removed: string[] = [
  'Crews repair a burst pipe on Mill Lane on Monday. (Riverside Gazette photo by Tom Harlow)',
  'Crews repair a burst pipe on Mill Lane on Monday (Riverside Gazette photo by Tom Harlow)',
  'The old grain silo on the east bank. (Riverside Gazette file photo)',
  'The old grain silo on the east bank. (Riverside Gazette file)',
  'The old grain silo on the east bank. (File)',
  'Pupils plant trees at the primary school on Friday. (Submitted photo)',
  'Pupils plant trees at the primary school on Friday. (Contributed Photo)',
  'Pupils plant trees at the primary school on Friday. Image supplied',
  'Pupils plant trees at the primary school on Friday. Photo: supplied',
  'Smoke rises over the port after the blast. [Reuters]',
  'Smoke rises over the port after the blast. [AFP]',
  'Pupils plant trees at the primary school on Friday. 📷 Tom Harlow',
  '📷 Tom Harlow / Riverside Gazette',
  'Commuters wait for the ferry in heavy rain. - Coast Daily pic by Lee Mei Ling',
  'Commuters wait for the ferry in heavy rain. — Coast Daily photo by Lee Mei Ling',
  'Gambar hiasan. - Foto fail Coast Daily',
  'Farmers sell cabbages at the market in Gwangju. /사진=김철수 기자',
  '시장에서 상인들이 배추를 팔고 있다. /사진=뉴스통신',
  '駅前の横断歩道を渡る人たち（12日）',
  '駅前の横断歩道を渡る人たち（12日、共同）',
  '街头的行人（12日摄）',
  'Fot. Jan Wiśniewski / Dziennik Regionalny',
  'Nuotr.: Petras Petraitis / Kauno žinios',
  '사진 통신사',
  '写真 AFP=時事',
  // photographer labels (lexicon)
  'Kuvaaja: Matti Virtanen',
  'Fotograf: Lars Holm / Ritzau',
  'Fotografo: Mario Rossi',
  'Photographer: Jane Roe',
  // a label added to the lexicon
  'छवि: पीटीआई',
];

// prettier-ignore
const kept: string[] = [
  'The council said the photo was taken on Monday. (The mayor later apologised)',
  'The photographer, Jane Roe, won the award in 2019.',
  'Police said the man was arrested on Friday. [Reuters]',
  'Prices rose 3% in March, the agency said. [AFP]',
  'STORM CLOSES THE BRIDGE The coast guard closed the bridge to all traffic on Sunday after winds reached 120 km/h overnight. [AFP]',
  'The regional court in the north of the country on Thursday rejected the appeal of the two companies against the fine that the competition office had imposed on them last spring. [Reuters]',
  'Crews repaired a burst pipe on Mill Lane on Monday, officials said. (Riverside Gazette photo by Tom Harlow)',
  'Photo supplied by a reader shows the damage to the roof.',
  'The result was a surprise - The Star',
  'He was hired as a staff photographer in 2010.',
  'Readers can submit a photo by email to the newsroom.',
  'The prize went to Jane Roe - photo by the winner',
  'Fot. is an abbreviation used by Polish papers for photographs and it is short.',
  'Two men were injured in the crash (see photo)',
  'The minister met the delegation on Monday [see below]',
  'The team won the match in the final minute. (Photo)',
  'The film won three awards including (Best Picture)',
  'She was named employee of the month. (Submitted by her manager)',
  'The ministry approved the plan on Tuesday. Image supplied by the ministry shows the new design.',
  '東京都内で12日、新しい駅が開業した。（共同）',
  '사진 촬영은 금지된다',
  'Nuotr. yra sutrumpinimas, kurį naudoja laikraščiai.',
  'The photographer said: "I was standing on the bridge when the wave hit." (File)',
];

describe('credit/caption-sentence and the photographer labels', () => {
  it.each(removed)('removes %s', (line) => {
    const result = cleanChecked(page(line));
    expect(result.text).not.toContain(line);
    expect(result.text).toContain(BODY);
    expect(result.text).toContain(LAST);
  });
  it.each(kept)('keeps %s', (line) => {
    expect(cleanChecked(page(line)).text).toContain(line);
  });
  it('reads the credit', () => {
    expect(
      captionSentenceCredit('Crews repair a burst pipe on Mill Lane. (Riverside Gazette photo by Tom Harlow)'),
    ).toBe('Riverside Gazette photo by Tom Harlow');
    expect(captionSentenceCredit('Smoke rises over the port after the blast. [Reuters]')).toBe('Reuters');
    expect(captionSentenceCredit('駅前の横断歩道を渡る人たち（12日）')).toBe('12日');
    expect(captionSentenceCredit('Police said the man was arrested on Friday. [Reuters]')).toBeUndefined();
  });
});
