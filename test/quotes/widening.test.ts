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
  ['Chile branded Peru a “rogue neighbour on the coast.”', 'rogue neighbour on the coast.', 'Chile', 'partial'],
  [
    'Another critic, Mara J. Holt, likened the plan to “tearing up the charter.”',
    'tearing up the charter.',
    'Mara J. Holt',
    'partial',
  ],
  ['Ward exhorted delegates to “follow your heart” at the congress.', 'follow your heart', 'Ward', 'partial'],
  // infinitive of a framing verb: the sentence's subject
  [
    'Lopez went on Twitter late at night to accuse Ward’s campaign of being “fooled” by “a hoax”.',
    'fooled',
    'Lopez',
    'partial',
  ],
  // relative clause: the phrase it modifies …
  ['The union hired a lawyer that called the ruling “a travesty.”', 'a travesty.', 'a lawyer', 'partial'],
  // … but a document the sentence's subject issued speaks for the subject
  ['The ministry issued a statement that called the move “reckless.”', 'reckless.', 'The ministry', 'partial'],
  // progressive -ing after an appositive is the subject's verb, not a participle clause
  [
    'House Majority Leader Tom Ward (R-Ore.), in particular, has been steadily attacking Lopez as a “fraud” ― just as he did.',
    'fraud',
    'Tom Ward',
    'partial',
  ],
  // "as X put it" after the quote
  [
    'The key test is a “clear record of local residence,” as a Treasury memo put it.',
    'clear record of local residence,',
    'a Treasury memo',
    'partial',
  ],
  // a name in apposition to a role, after and before the quote
  [
    '"This is a good week for our mayor, Ben Lee!" Lee\'s cousin, state Del. Ana "Annie" Ruiz (D-Fort Lee), shouted to the crowd.',
    'This is a good week for our mayor, Ben Lee!',
    'Ruiz',
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
    "Chile accused Peru's president, Ana Ruiz, of “reckless adventurism.” Chilean Foreign Minister Tom Ward said it was serious.",
    'reckless adventurism.',
    'Chile',
    'partial',
  ],
  // characterization: an active clause casting someone as a quoted phrase
  [
    'Lopez openly admires Brazilian President Ana Ruiz as a “bold reformer,” comparing her favorably to Ward.',
    'bold reformer,',
    'Lopez',
    'partial',
  ],
  [
    'In recent weeks, Ward has gone after Lopez as a “career politician who will sell the city” and a “spoiled heir.”',
    'career politician who will sell the city',
    'Ward',
    'partial',
  ],
  // coordinated phrases share their neighbour's attribution
  [
    'In recent weeks, Ward has gone after Lopez as a “career politician who will sell the city” and a “spoiled heir.”',
    'spoiled heir.',
    'Ward',
    'partial',
  ],
  [
    'PolitiFact rated 27% of the governor’s statements as “half true” or “pants on fire,” against 9% for the senator.',
    'pants on fire,',
    'PolitiFact',
    'partial',
  ],
  // a role whose field is capitalized, then the name in apposition (past a place the role runs on in)
  [
    '"Water is the present," defended the regional councillor of Agriculture, Ana Ferrer.',
    'Water is the present,',
    'Ana Ferrer',
    'direct',
  ],
  // a verb only a translation puts before its subject, right after the quote
  [
    '"The tariffs will rise," affirmed the Secretary General of the Port Authority, Dr. Omar Saleh.',
    'The tariffs will rise,',
    'Omar Saleh',
    'direct',
  ],
  [
    '"We work more for the same pay," summarizes Paul Martin, a union delegate at the depot.',
    'We work more for the same pay,',
    'Paul Martin',
    'direct',
  ],
  [
    '"It is a turning point," affirmed the Minister of Economy of the province, Rosa Vidal, during the visit.',
    'It is a turning point,',
    'Rosa Vidal',
    'direct',
  ],
];

/** Texts where no quote of speech (or no quote with the given speaker) must be found. */
// prettier-ignore
const negatives: [string, string | null][] = [
  ['The tax rate “soared” last year.', null], // "rate" after a noun is a noun, not a cue
  ['The plan is known as the “Gang of Eight” deal.', null], // a name, not a characterization
  ['Officials have been criticized as “soft on crime.”', null], // passive: the critics are not named
  ['The “red” and “blue” states voted.', null], // coordinated scare quotes without any attribution
  ['The row is over renters who ignored notices to renew their contracts, in what critics call a “pay or leave” policy.', 'The row'],
  ['Moscow, Washington and Kyiv said “no deal.”', 'Moscow'], // a list is not an appositive
  ['The report, “a failure,” considered the options.', 'the options'], // no translation's inversion: the quote does not open the sentence
];

describe('a pronoun after a role subject with a name in apposition', () => {
  it('refers to the name, not to an earlier subject', () => {
    const text =
      'Union leader Tom Baker said the closure was a shock. The mayor of Ruda, Paul Gray, declared that the town is ready. "We have land to turn into a park," he said.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Paul Gray']);
  });
  it('still refers to the earlier subject when the role has no name', () => {
    const text =
      'Union leader Tom Baker said the closure was a shock. The mayor of Ruda declared that the town is ready. "We have land to turn into a park," he said.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Tom Baker']);
  });
});

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
