import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/quotes/index.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { parseText } from '../../src/entities/index.js';
import type { Entity, Quote } from '../../src/core/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

/** [quote text prefix, speaker text, speaker name, cue, kind] for each quote. */
type Row = [string, string | null, string | null, string | undefined, 'direct' | 'partial'];

function summarize(text: string, options?: api.QuoteOptions): Row[] {
  return extractQuotes(text, options).map((q) => [
    q.text,
    q.speaker?.text ?? null,
    q.speaker?.name ?? null,
    q.cue,
    q.kind,
  ]);
}

function find(quotes: Quote[], prefix: string): Quote {
  const q = quotes.find((x) => x.text.startsWith(prefix));
  if (!q)
    throw new Error(`no quote starting with ${JSON.stringify(prefix)} in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
}

describe('public API', () => {
  it('exposes extractQuotes only (types are erased)', () => {
    expect(Object.keys(api).sort()).toEqual(['extractQuotes']);
  });
  it('rejects bad arguments with clear errors', () => {
    expect(() => extractQuotes(42 as unknown as string)).toThrow(TypeError);
    expect(() => extractQuotes('x', { entitys: [] } as unknown as api.QuoteOptions)).toThrow(
      /unknown option 'entitys'/,
    );
    expect(() => extractQuotes('x', { entities: 'no' as unknown as Entity[] })).toThrow(TypeError);
  });
  it('returns [] for text without quotes', () => {
    expect(extractQuotes('')).toEqual([]);
    expect(extractQuotes('Putin said nothing.')).toEqual([]);
  });
});

describe('attribution in every order', () => {
  it.each<[string, string, Row[]]>([
    [
      '“Q,” X said',
      '“We are ready to talk,” Kremlin spokesman Dmitry Peskov said.',
      [['We are ready to talk,', 'Dmitry Peskov', 'Dmitry Peskov', 'said', 'direct']],
    ],
    [
      '“Q,” said X',
      '“We are ready to talk,” said Senator Elizabeth Warren.',
      [['We are ready to talk,', 'Elizabeth Warren', 'Elizabeth Warren', 'said', 'direct']],
    ],
    [
      '« Q », said X (French spacing kept by a translation)',
      '« We are ready to talk », said Senator Maren Osterby.',
      [['We are ready to talk', 'Maren Osterby', 'Maren Osterby', 'said', 'direct']],
    ],
    [
      "''Q,'' said X (two apostrophes as the mark)",
      "''We are ready to talk,'' said Tomas Berg, a trade envoy.",
      [['We are ready to talk,', 'Tomas Berg', 'Tomas Berg', 'said', 'direct']],
    ],
    [
      "''Q,'' X, role, said",
      "''We are ready to talk,'' Tomas Berg, a trade envoy, said.",
      [['We are ready to talk,', 'Tomas Berg', 'Tomas Berg', 'said', 'direct']],
    ],
    [
      '“Q,” X, age, role in place, country, said (an appositive of several parts)',
      '“We just want the road fixed,” Ines Varga, 58, a retired teacher in Pécs, Hungary, said on Sunday.',
      [['We just want the road fixed,', 'Ines Varga', 'Ines Varga', 'said', 'direct']],
    ],
    [
      'X, a long appositive naming bodies and a relative clause, told Y: “Q”',
      'Tom Reyes, an expert in farm policy at the Department of Rural Studies at the U.K.’s University of Lindell who was not part of the research team, told Harbor Weekly: “Even a small rise in users can raise the risk.”',
      [['Even a small rise in users can raise the risk.', 'Tom Reyes', 'Tom Reyes', 'told', 'direct']],
    ],
    [
      '“Q,” X, Y, Z (a list, no cue after it): no speaker from the list',
      '“We just want the road fixed.” Ines Varga, Tomas Berg, Lena Holm. The list went on.',
      [['We just want the road fixed.', null, null, undefined, 'direct']],
    ],
    [
      '“Q,” said participle-role X',
      '“We will appeal the ruling,” said retired judge Ana Pires.',
      [['We will appeal the ruling,', 'Ana Pires', 'Ana Pires', 'said', 'direct']],
    ],
    [
      '“Q,” remembered X',
      '“We slept in the car for a week,” remembered Ana Pires, a former clerk.',
      [['We slept in the car for a week,', 'Ana Pires', 'Ana Pires', 'remembered', 'direct']],
    ],
    [
      '“Q,” X fumed',
      '“They broke every promise,” Pires fumed on Tuesday.',
      [['They broke every promise,', 'Pires', 'Pires', 'fumed', 'direct']],
    ],
    [
      '“Q,” the letter read',
      '“We ask the council to act,” the letter read.',
      [['We ask the council to act,', 'the letter', 'letter', 'read', 'direct']],
    ],
    [
      'a plural noun that is also a cue form is no cue (many … states)',
      'The bloc has worried many Nordic states, and it has used "soft power" in the region, said Ilse Varga, an analyst.',
      [['soft power', 'Ilse Varga', 'Ilse Varga', 'said', 'partial']],
    ],
    [
      'an exchange in one paragraph: each label speaks its own quote',
      'Lindqvist: “Our goal is to end the blockade.” Moreau: “The mission is to open the port.”',
      [
        ['Our goal is to end the blockade.', 'Lindqvist', 'Lindqvist', undefined, 'direct'],
        ['The mission is to open the port.', 'Moreau', 'Moreau', undefined, 'direct'],
      ],
    ],
    [
      'X thanked Y for “Q” (a framing verb learned from attributions)',
      'Okafor thanked the council for “standing by the workers when nobody else would.”',
      [['standing by the workers when nobody else would.', 'Okafor', 'Okafor', 'thanked', 'partial']],
    ],
    [
      'X interjected: “Q”',
      'The minister began to answer, and Okafor interjected: “Not this time.”',
      [['Not this time.', 'Okafor', 'Okafor', 'interjected', 'direct']],
    ],
    [
      'Some chanted “Q” (a quantifier standing for people)',
      'Supporters waved flags. Some chanted “Go Lena! Go Lena!”',
      [['Go Lena! Go Lena!', 'Some', 'Some', 'chanted', 'direct']],
    ],
    [
      'a survey found that “Q” (a finding verb after a study)',
      'In 2019, a survey found that “about twice as many renters as owners called the rules unfair.”',
      [['about twice as many renters as owners called the rules unfair.', 'a survey', 'survey', 'found', 'partial']],
    ],
    [
      'X, a phrase of time, cue “Q” (on Monday, in the past, in an interview)',
      'Lind on Monday called the plan “a fraud.”',
      [['a fraud.', 'Lind', 'Lind', 'called', 'partial']],
    ],
    [
      'a phrase of time is never the speaker',
      'Lind has in the past described the mayor as “a liar.”',
      [['a liar.', 'Lind', 'Lind', 'described', 'partial']],
    ],
    [
      'a share of respondents speaks (21 percent said “Q”)',
      'In the survey on the ferry link, 38 percent said “worth the cost” and 9 percent said “a waste.”',
      [
        ['worth the cost', '38 percent', '38 percent', 'said', 'partial'],
        ['a waste.', '9 percent', '9 percent', 'said', 'partial'],
      ],
    ],
    [
      '“at one point” before a participle cue: the sentence subject speaks',
      'She has quarrelled with the port board for years, at one point branding its chairman a “crook.”',
      [['crook.', 'She', 'She', 'branding', 'partial']],
    ],
    [
      'X said: “Q”',
      'Mayor Jane Smith said: “The roads will reopen on Monday.”',
      [['The roads will reopen on Monday.', 'Jane Smith', 'Jane Smith', 'said', 'direct']],
    ],
    [
      'X said that “Q”',
      'Jane Smith said that “the roads will reopen on Monday.”',
      [['the roads will reopen on Monday.', 'Jane Smith', 'Jane Smith', 'said', 'partial']],
    ],
    [
      'X, a Y, said “Q”',
      'Pavlo Klimkin, a former Ukrainian foreign minister, said “Russia does not understand Ukraine.”',
      [['Russia does not understand Ukraine.', 'Pavlo Klimkin', 'Pavlo Klimkin', 'said', 'direct']],
    ],
    [
      '“Q,” X, a Y, added',
      '“We will see,” Maxim Samorukov, a fellow at the Carnegie Center, added.',
      [['We will see,', 'Maxim Samorukov', 'Maxim Samorukov', 'added', 'direct']],
    ],
    [
      'X told Y: “Q”',
      'Jane Smith told reporters on Tuesday: “We are not leaving.”',
      [['We are not leaving.', 'Jane Smith', 'Jane Smith', 'told', 'direct']],
    ],
    [
      'according to X',
      '“The talks were frank,” according to Foreign Minister Sergei Lavrov.',
      [['The talks were frank,', 'Sergei Lavrov', 'Sergei Lavrov', 'according to', 'direct']],
    ],
    [
      'inverted with title',
      '“We will provide more aid,” said National Security Advisor Jake Sullivan shortly after.',
      [['We will provide more aid,', 'Jake Sullivan', 'Jake Sullivan', 'said', 'direct']],
    ],
    [
      'anonymous source',
      '“It would be crazy”, a military source told the Defense One site.',
      [['It would be crazy', 'a military source', 'military source', 'told', 'direct']],
    ],
    [
      'inverted anonymous source',
      '“That is all,” added the military source.',
      [['That is all,', 'the military source', 'military source', 'added', 'direct']],
    ],
    [
      'speaker after a causative verb',
      'The law will let regional authorities declare ‘stressed’ housing markets.',
      [['stressed', 'regional authorities', 'regional authorities', 'declare', 'partial']],
    ],
    [
      'inverted source with a place-based adjective',
      '“Nobody wanted to sign anything,” said one Moscow-based trader, who asked not to be named.',
      [['Nobody wanted to sign anything,', 'one Moscow-based trader', 'Moscow-based trader', 'said', 'direct']],
    ],
    [
      'organization',
      '“The talks were useful,” the Kremlin said in a statement.',
      [['The talks were useful,', 'Kremlin', 'Kremlin', 'said', 'direct']],
    ],
    [
      'bare plural speaker',
      '“No decision has been made,” officials said.',
      [['No decision has been made,', 'officials', 'officials', 'said', 'direct']],
    ],
    [
      'participle cue takes the subject',
      'Putin published an article on Monday, saying that “Russians and Ukrainians are one people.”',
      [['Russians and Ukrainians are one people.', 'Putin', 'Putin', 'saying', 'direct']],
    ],
    [
      'dash attribution',
      '“We should have left an hour earlier.” ― Nora Delgado',
      [['We should have left an hour earlier.', 'Nora Delgado', 'Nora Delgado', undefined, 'direct']],
    ],
    [
      'question mark then reporting clause',
      '“Why is this bank not too big to manage?” Vitter demanded.',
      [['Why is this bank not too big to manage?', 'Vitter', 'Vitter', 'demanded', 'direct']],
    ],
    [
      'colon without a cue',
      'The president is rolling out a more personal message: “It is about me.”',
      [['It is about me.', 'The president', 'president', undefined, 'direct']],
    ],
    [
      'subject before a participle phrase',
      'Students walking across the campus chanted “Whose library?” until noon.',
      [['Whose library?', 'Students', 'Students', 'chanted', 'direct']],
    ],
    [
      'possessive nominal and abbreviations',
      '"This is a good week," said Lee\'s cousin, state Del. Ana "Annie" Ruiz (D-Fort Lee).',
      [['This is a good week,', "Lee's cousin", "Lee's cousin", 'said', 'direct']],
    ],
    [
      'contracted pronoun',
      'She’s claiming that the tax plan is “a huge, huge mistake for this city.”',
      [['a huge, huge mistake for this city.', 'She', 'She', 'claiming', 'partial']],
    ],
    [
      'transcript label',
      '"WALLACE: Let us start with the news.\n\n"PENCE: Well, it is serious business.',
      [
        ['Let us start with the news.', 'WALLACE', 'WALLACE', undefined, 'direct'],
        ['Well, it is serious business.', 'PENCE', 'PENCE', undefined, 'direct'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(summarize(text)).toEqual(expected);
  });
});

describe('pronouns, continuations and context', () => {
  it('resolves a pronoun to the most recent person and carries it to a continuation quote', () => {
    const text =
      '“Our president is ready,” Kremlin spokesman Dmitry Peskov said.\n“Russia has never planned to attack anyone,” he said. “But we have our own red lines.”';
    expect(summarize(text)).toEqual([
      ['Our president is ready,', 'Dmitry Peskov', 'Dmitry Peskov', 'said', 'direct'],
      ['Russia has never planned to attack anyone,', 'he', 'Dmitry Peskov', 'said', 'direct'],
      ['But we have our own red lines.', 'he', 'Dmitry Peskov', 'said', 'direct'],
    ]);
  });
  it('resolves a definite title to the person last mentioned with it; an indefinite one stays anonymous', () => {
    const text =
      'Prime Minister Kyriakos Mitsotakis spoke in Athens on Wednesday. “Greece has proven that it can protect its borders,” said the prime minister. “Mistakes were made,” a minister said.';
    expect(summarize(text)).toEqual([
      [
        'Greece has proven that it can protect its borders,',
        'the prime minister',
        'Kyriakos Mitsotakis',
        'said',
        'direct',
      ],
      ['Mistakes were made,', 'a minister', 'minister', 'said', 'direct'],
    ]);
  });
  it.each([
    // text, [speaker as written, speaker name]
    [
      'Norvale Motors recalled 40,000 cars on Monday. “Safety comes first,” the company said.',
      ['the company', 'Norvale Motors'],
    ],
    [
      'The Foreign Ministry of Ruritania summoned the envoy. “This is unacceptable,” the ministry said.',
      ['the ministry', 'Foreign Ministry of Ruritania'],
    ],
    // no organization before it: the noun stays a nominal
    ['“Safety comes first,” the company said.', ['the company', 'company']],
    // "the ministry" does not stand for an organization of another kind
    [
      'Norvale Motors recalled 40,000 cars on Monday. “This is unacceptable,” the ministry said.',
      ['the ministry', 'ministry'],
    ],
    // an indefinite noun is anonymous
    ['Norvale Motors recalled 40,000 cars. “Safety comes first,” a company said.', ['a company', 'company']],
  ])('a definite organization noun: %s', (text, expected) => {
    expect(summarize(text).at(-1)!.slice(1, 3)).toEqual(expected);
  });
  it.each([
    // text, [speaker as written, speaker name, cue]
    [
      'Mayor Tomas Reyes toured the flooded district. “Every bridge will be rebuilt before the winter,” were his words.',
      ['his', 'Tomas Reyes', 'were'],
    ],
    [
      'Minister Anna Kovacs left the room early. “It is over and we all know it now,” was her curt reply.',
      ['her', 'Anna Kovacs', 'was'],
    ],
    [
      'Mayor Tomas Reyes toured the district. “Every bridge will be rebuilt before the winter,” were his attempts at a promise.',
      ['his', 'Tomas Reyes', 'were'],
    ],
  ])('“…,” were his words: %s', (text, expected) => {
    const [q] = extractQuotes(text);
    expect([q!.speaker?.text, q!.speaker?.name, q!.cue]).toEqual(expected);
  });
  it.each([
    // text, [speaker as written, cue]
    [
      'The budget vote is on Thursday. “The numbers simply do not add up this year,” says an elected official of the party.',
      ['an elected official of the party', 'says'],
    ],
    [
      'The budget vote is on Thursday. “The numbers simply do not add up this year…”slips a retired senator.',
      ['a retired senator', 'slips'],
    ],
    // "slipped" far from a quote attributes nothing
    ['Share prices slipped on Monday. “We expect a rebound soon enough,” the analyst said.', ['the analyst', 'said']],
  ])('participles in the speaker, translated cues: %s', (text, expected) => {
    const [q] = extractQuotes(text);
    expect([q!.speaker?.text, q!.cue]).toEqual(expected);
  });
  it.each([
    // the possessive does not close the clause: it owns something else
    'Minister Anna Kovacs left the room early. “It is over and we all know it now,” was her husband’s idea.',
    // no possessive after the copula
    'Minister Anna Kovacs left the room early. “It is over and we all know it now,” was the headline.',
  ])('no speaker from the copula: %s', (text) => {
    const [q] = extractQuotes(text);
    expect(q!.cue).not.toBe('was');
  });
  it('uses entity gender to skip an incompatible antecedent', () => {
    const text = 'Jane Smith met John Brown on Monday. “It went well,” she said.';
    // prettier-ignore
    const entities: Entity[] = [
      { id: 'person:jane-smith', type: 'person', name: 'Jane Smith', aliases: ['Jane Smith'], gender: 'female',
        mentions: [{ text: 'Jane Smith', start: 0, end: 10, rawStart: 0, rawEnd: 10 }] },
      { id: 'person:john-brown', type: 'person', name: 'John Brown', aliases: ['John Brown'], gender: 'male',
        mentions: [{ text: 'John Brown', start: 15, end: 25, rawStart: 15, rawEnd: 25 }] },
    ];
    const [q] = extractQuotes(text, { entities });
    expect(q!.speaker).toMatchObject({ text: 'she', name: 'Jane Smith', entityId: 'person:jane-smith' });
  });
  it('names a surname by the full name seen earlier, and by the entity when given', () => {
    const text = 'Russian President Vladimir Putin spoke first. “Greetings, Mr. President,” Putin said.';
    expect(summarize(text)[0]!.slice(1, 3)).toEqual(['Putin', 'Vladimir Putin']);
    const entities: Entity[] = [
      {
        id: 'person:vladimir-putin',
        type: 'person',
        name: 'Vladimir Putin',
        aliases: ['Putin', 'Vladimir Putin'],
        mentions: [{ text: 'Putin', start: 72, end: 77, rawStart: 72, rawEnd: 77 }],
      },
    ];
    expect(extractQuotes(text, { entities })[0]!.speaker).toMatchObject({
      text: 'Putin',
      name: 'Vladimir Putin',
      entityId: 'person:vladimir-putin',
    });
  });
  it('shares the speaker of a quotation continued over paragraphs', () => {
    const text =
      'Jane Smith spoke at the rally.\n\n“We have worked for years on this plan.\n\n“And we will finish it,” she said.';
    const rows = summarize(text);
    expect(rows.map((r) => r[2])).toEqual(['Jane Smith', 'Jane Smith']);
  });
  it('takes a speaker named in the previous sentence', () => {
    const text = 'Morales continued:\n\n“The budget question is mostly a regional question.”';
    expect(summarize(text)).toEqual([
      ['The budget question is mostly a regional question.', 'Morales', 'Morales', 'continued', 'direct'],
    ]);
  });
  it('gives a quoted phrase deep in reported speech to the main reporting clause', () => {
    const text = 'The Kremlin says that it expects “quick results” from the talks.';
    expect(summarize(text)).toEqual([['quick results', 'Kremlin', 'Kremlin', 'says', 'partial']]);
  });
  it('resolves "it" to the most recent organization', () => {
    const text = 'The Kremlin released a statement on Tuesday. “The talks were useful,” it said.';
    expect(summarize(text)).toEqual([['The talks were useful,', 'it', 'Kremlin', 'said', 'direct']]);
  });
});

describe('partial quotes and scare quotes', () => {
  it('keeps a phrase a person calls something (beside the naming participle, which is left out)', () => {
    expect(summarize('The senator called the levy “a disgrace.”')).toEqual([
      ['a disgrace.', 'The senator', 'senator', 'called', 'partial'],
    ]);
  });
  it('keeps quoted phrases inside reported speech as partial, attributed to the closing clause', () => {
    const text =
      'Biden “voiced the deep concerns” of the U.S. and vowed “strong economic and other measures,” the White House said in its readout.';
    expect(summarize(text)).toEqual([
      ['voiced the deep concerns', 'White House', 'White House', 'said', 'partial'],
      ['strong economic and other measures,', 'White House', 'White House', 'said', 'partial'],
    ]);
  });
  it.each([
    ['The American said he would not accept any “red line” point of no return.'],
    ['Russia has denied the accusations of military posturing as “hysteria” and maintains it is responding.'],
    ['This was reinforced by a “breefing” that took place in the Pentagon in which it was reported a plan.'],
    ['And in a “grim” briefing to senators, she outlined the sanctions package.'],
    ['He pointed to the so-called “destructive stance” of Kiev.'],
    ['“Full US support”\nMeeting these demands is the only way.'],
    ['The film “The Art of the Deal” was released in 1990.'],
    ['Pence said on “Face the Nation,” that the race is close.'],
    ['Dwayne “The Rock” Johnson arrived late.'],
    ['Police found “a large amount” of cash in the car.'],
    ['Both oppose an indexing formula called the “chained index” that would lower payments.'],
    ['Critics oppose a tax scheme dubbed “the mansion levy” by its authors.'],
    ['Russia’s troops and the countries’ leaders met in Iran‘s capital.'],
  ])('leaves out: %s', (text) => {
    expect(extractQuotes(text)).toEqual([]);
  });
});

describe('fixtures (raw text; markdown links left in place)', () => {
  // prettier-ignore
  const cases: [string, string, string][] = [
    ['001_86f532ec41cc6b46.txt', 'Greetings, Mr. President,', 'Vladimir Putin'],
    ['001_86f532ec41cc6b46.txt', 'President Biden reiterated his support', 'White House'],
    ['001_86f532ec41cc6b46.txt', 'Our president is ready to convey', 'Dmitry Peskov'],
    ['001_86f532ec41cc6b46.txt', 'Russia has never planned to attack anyone,', 'Dmitry Peskov'],
    ['001_86f532ec41cc6b46.txt', 'But we have our own red lines.', 'Dmitry Peskov'],
    ['001_86f532ec41cc6b46.txt', 'voiced the deep concerns', 'White House'],
    ['001_86f532ec41cc6b46.txt', 'strong economic and other measures,', 'White House'],
    ['000_9c24d1b063489f0a.txt', 'There will be areas where we can make progress', 'Ned Price'],
    ['003_3cd80cb558db7f8a.txt', 'The things we did not do in 2014', 'Joe Biden'],
    ['003_3cd80cb558db7f8a.txt', 'The president reiterated the United States‘ support', 'Jake Sullivan'],
    ['003_3cd80cb558db7f8a.txt', 'We will provide additional defensive material', 'Jake Sullivan'],
    ['003_3cd80cb558db7f8a.txt', 'It would be crazy', 'military source'],
    ['003_3cd80cb558db7f8a.txt', 'I think the United States would only intervene', 'military source'],
    ['003_3cd80cb558db7f8a.txt', 'That is the only thing that the Pentagon is preparing', 'military source'],
    ['003_3cd80cb558db7f8a.txt', 'The key objective of the Kremlin', 'Maxim Samorukov'],
    ['003_3cd80cb558db7f8a.txt', 'His aim is rather to convince the West', 'Maxim Samorukov'],
    ['003_3cd80cb558db7f8a.txt', 'Russia does not understand Ukraine', 'Pavlo Klimkin'],
    ['003_3cd80cb558db7f8a.txt', 'Russians and Ukrainians are one people', 'Vladimir Putin'],
    ['004_c149ccd8325f0eee.txt', 'President Biden reiterated his support', 'White House'],
    ['004_c149ccd8325f0eee.txt', 'The Russian side proposed to annul', 'Kremlin'],
    ['004_c149ccd8325f0eee.txt', 'Russia has never planned to attack anyone,', 'Dmitry Peskov'],
    ['004_c149ccd8325f0eee.txt', 'But we have our own red lines.', 'Dmitry Peskov'],
    ['004_c149ccd8325f0eee.txt', 'frank and businesslike,', 'Kremlin'],
  ];
  it.each(cases)('%s: “%s” → %s', (file, prefix, name) => {
    const text = fixture(file);
    const q = find(extractQuotes(text), prefix);
    expect(q.speaker?.name).toBe(name);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe(q.speaker!.text);
  });

  it("does not carry a partial quote's speaker to a phrase in the next sentence", () => {
    const quotes = extractQuotes(fixture('004_c149ccd8325f0eee.txt'));
    const q = quotes.find((x) => x.text.startsWith("Russia's escalation"));
    expect(q?.speaker?.name).not.toBe('Kremlin');
  });

  it('keeps the Klimkin quote whole up to the broken closing mark', () => {
    const q = find(extractQuotes(fixture('003_3cd80cb558db7f8a.txt')), 'Russia does not understand');
    expect(q.text.endsWith('whatever it wants')).toBe(true);
    expect(q.cue).toBe('explained');
  });

  it.each([
    ['001_86f532ec41cc6b46.txt', ['hysteria']],
    ['003_3cd80cb558db7f8a.txt', ['red line', 'breefing', 'grim']],
    ['004_c149ccd8325f0eee.txt', ['hysteria', 'destructive stance']],
    ['002_f33d8e0539365244.txt', ['Full US support', 'colossal']],
  ])('%s leaves out scare quotes %j', (file, scare) => {
    const got = extractQuotes(fixture(file)).map((q) => q.text);
    for (const s of scare) expect(got).not.toContain(s);
  });

  it('finds every quote of four words or more in the fixtures, with a speaker', () => {
    for (const file of [
      '000_9c24d1b063489f0a.txt',
      '001_86f532ec41cc6b46.txt',
      '003_3cd80cb558db7f8a.txt',
      '004_c149ccd8325f0eee.txt',
    ]) {
      const text = fixture(file);
      const quotes = extractQuotes(text);
      for (const q of quotes) {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        expect(q.rawStart).toBe(q.start);
        if (q.text.split(/\s+/u).length >= 4) expect(q.speaker, `${file}: ${q.text}`).not.toBeNull();
      }
    }
  });
});

describe('robustness', () => {
  it('runs in linear time on adversarial input, given the parse', () => {
    for (const unit of ['“a ', '"b said " ', '‘a ', ', he said “', 'said X “q” ']) {
      const text = unit.repeat(50_000);
      const parsed = parseText(text);
      // CPU time, not wall time: the machine the suite runs on may be shared
      const t0 = process.cpuUsage();
      extractQuotes(text, { parsed, entities: [] });
      const used = process.cpuUsage(t0);
      expect((used.user + used.system) / 1000, unit).toBeLessThan(4000);
    }
  });
  it('handles 1 MB without a newline and odd Unicode', () => {
    const text = 'word '.repeat(200_000) + '“\uD800 \u0000 quoted words here,” he said \u202E.';
    const quotes = extractQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(() => extractQuotes('\uDFFF“\u0000”‘’«»„“')).not.toThrow();
  });
  it('is deterministic', () => {
    const text = fixture('003_3cd80cb558db7f8a.txt');
    expect(extractQuotes(text)).toEqual(extractQuotes(text));
  });
});
