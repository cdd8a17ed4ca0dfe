// Table tests for the widened attribution: verb classes of calling/judging/urging, infinitive and
// relative-clause subjects, "as X put it", names in apposition to a role, characterizations
// ("X … as a “Q”"), coordinated phrases, and the same fixtures checked on the cleaned text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index.js';
import { extractQuotes } from '../../src/quotes/index.js';

/** [text, quote text, speaker text (substring of the mention), kind] */
type Positive = [string, string, string, 'direct' | 'partial'];

const positives: Positive[] = [
  // verb classes: judging / labeling / comparing / urging
  ['PolitiFact rated the claim as “false” in its review.', 'false', 'PolitiFact', 'partial'],
  [
    'Japan branded North Korea an “outlaw nation in the neighborhood.”',
    'outlaw nation in the neighborhood.',
    'Japan',
    'partial',
  ],
  [
    'Another critic, Laurence H. Tribe, likened the rules to “burning the Constitution.”',
    'burning the Constitution.',
    'Laurence H. Tribe',
    'partial',
  ],
  ['Cruz exhorted Republicans to “vote your conscience” at the convention.', 'vote your conscience', 'Cruz', 'partial'],
  // infinitive of a framing verb: the sentence's subject
  [
    'Trump took to Twitter overnight to accuse Clinton’s campaign of being “duped” by “a con”.',
    'duped',
    'Trump',
    'partial',
  ],
  // relative clause: the phrase it modifies …
  ['The union hired a lawyer that called the ruling “a travesty.”', 'a travesty.', 'a lawyer', 'partial'],
  // … but a document the sentence's subject issued speaks for the subject
  ['The ministry issued a statement that called the move “reckless.”', 'reckless.', 'The ministry', 'partial'],
  // progressive -ing after an appositive is the subject's verb, not a participle clause
  [
    'Senate Minority Leader Harry Reid (D-Nev.), in particular, has been steadily pounding Trump as a “con artist” ― just as he did.',
    'con artist',
    'Harry Reid',
    'partial',
  ],
  // "as X put it" after the quote
  [
    'The main requirement is a “lawful source of investment income,” as a Homeland Security memo put it.',
    'lawful source of investment income,',
    'a Homeland Security memo',
    'partial',
  ],
  // a name in apposition to a role, after and before the quote
  [
    '"This is a big year for our senator, Bobby Scott!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.',
    'This is a big year for our senator, Bobby Scott!',
    'Price',
    'direct',
  ],
  [
    'The campaign’s spokesman, Jason Miller, said that “we will win this state.”',
    'we will win this state.',
    'Jason Miller',
    'partial',
  ],
  // a quoted phrase closing its clause with a period ends the sentence before the next reporting clause
  [
    "South Korea accused the North's leader, Kim Jong Un, of “fanatic recklessness.” South Korean President Park Geun-hye said it was grave.",
    'fanatic recklessness.',
    'South Korea',
    'partial',
  ],
  // characterization: an active clause casting someone as a quoted phrase
  [
    'Trump openly admires Russian President Vladimir Putin as a “strong leader,” comparing him favorably to Obama.',
    'strong leader,',
    'Trump',
    'partial',
  ],
  [
    'In recent weeks, Reid has gone after Trump as a “human leech who will bleed the country” and a “spoiled brat.”',
    'human leech who will bleed the country',
    'Reid',
    'partial',
  ],
  // coordinated phrases share their neighbour's attribution
  [
    'In recent weeks, Reid has gone after Trump as a “human leech who will bleed the country” and a “spoiled brat.”',
    'spoiled brat.',
    'Reid',
    'partial',
  ],
  [
    'PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims.',
    'pants on fire,',
    'PolitiFact',
    'partial',
  ],
];

/** Texts where no quote of speech (or no quote with the given speaker) must be found. */
// prettier-ignore
const negatives: [string, string | null][] = [
  ['The tax rate “soared” last year.', null], // "rate" after a noun is a noun, not a cue
  ['The plan is known as the “Gang of Eight” deal.', null], // a name, not a characterization
  ['Officials have been criticized as “soft on crime.”', null], // passive: the critics are not named
  ['The “red” and “blue” states voted.', null], // coordinated scare quotes without any attribution
  ['The dispute centers on voters who failed to respond to queries seeking to confirm their address, in what is being criticized as a “use it or lose it” approach.', 'The dispute'],
  ['Moscow, Washington and Kyiv said “no deal.”', 'Moscow'], // a list is not an appositive
];

describe('widened attribution', () => {
  it.each(positives)('%s → %s by %s', (text, quote, speaker, kind) => {
    const q = extractQuotes(text).find((x) => x.text === quote);
    expect(q, JSON.stringify(extractQuotes(text).map((x) => x.text))).toBeDefined();
    expect(q!.speaker?.text ?? '').toContain(speaker);
    expect(q!.kind).toBe(kind);
    expect(text.slice(q!.speaker!.start, q!.speaker!.end)).toBe(q!.speaker!.text);
  });
  it.each(negatives)('%s → no quote by %s', (text, speaker) => {
    const quotes = extractQuotes(text);
    if (speaker === null) expect(quotes).toEqual([]);
    else expect(quotes.map((q) => q.speaker?.text ?? '')).not.toContain(speaker);
  });
  it('keeps a term inside a noun phrase a scare quote even when the sentence reports speech', () => {
    // "any “red line” point": the quote modifies the noun after it.
    expect(
      extractQuotes('The American reiterated that he would not accept any “red line” point of no return.'),
    ).toEqual([]);
  });
});

describe('fixtures on the cleaned text (normalizeArticle)', () => {
  const meta = JSON.parse(readFileSync(new URL('../../fixtures/fixtures.json', import.meta.url), 'utf8')) as Record<
    string,
    { publishedAt: string }
  >;
  const article = (file: string) =>
    normalizeArticle(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'), {
      publishedAt: meta[file]!.publishedAt,
    });
  // prettier-ignore
  const cases: [string, string, string][] = [
    ['000_9c24d1b063489f0a.txt', 'There will be areas where we can make progress', 'Ned Price'],
    ['001_86f532ec41cc6b46.txt', 'Greetings, Mr. President', 'Vladimir Putin'],
    ['001_86f532ec41cc6b46.txt', 'Russia has never planned', 'Dmitry Peskov'],
    ['001_86f532ec41cc6b46.txt', 'Our president is ready', 'Dmitry Peskov'],
    ['003_3cd80cb558db7f8a.txt', 'We will provide additional defensive material', 'Jake Sullivan'],
    ['003_3cd80cb558db7f8a.txt', 'It would be crazy', 'military source'],
    ['003_3cd80cb558db7f8a.txt', 'The key objective of the Kremlin', 'Maxim Samorukov'],
    ['003_3cd80cb558db7f8a.txt', 'Russia does not understand Ukraine', 'Pavlo Klimkin'],
    ['004_c149ccd8325f0eee.txt', 'President Biden reiterated his support', 'White House'],
    ['004_c149ccd8325f0eee.txt', 'The Russian side proposed', 'Kremlin'],
    ['004_c149ccd8325f0eee.txt', 'Russia has never planned', 'Dmitry Peskov'],
  ];
  it.each(cases)('%s: “%s…” → %s', (file, prefix, name) => {
    const q = article(file).quotes.find((x) => x.text.startsWith(prefix));
    expect(q).toBeDefined();
    expect(q!.speaker?.name).toBe(name);
  });
  it('gives every quote of four words or more a speaker', () => {
    for (const file of Object.keys(meta)) {
      const a = article(file);
      for (const q of a.quotes) {
        expect(a.text.slice(q.start, q.end)).toBe(q.text);
        if (q.text.split(/\s+/u).length >= 4) expect(q.speaker, `${file}: ${q.text}`).not.toBeNull();
      }
    }
  });
});
