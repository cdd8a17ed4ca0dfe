// Speakers on invented news passages, through normalizeArticle's path (one parse, entities from
// it, quotes given both): wire copy, broadsheet, tabloid and sports styles and machine-translated
// English. Each row: [style, passage, start of the quote, expected speaker name (null: no
// speaker), and for anonymous sources `true`]. Negatives sit beside the positives: the phrase a
// pattern must NOT pick is asserted through the expected name.
import { describe, expect, it } from 'vitest';
import { extractEntitiesFromParse, parseText } from '../../src/entities/index.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { isNameShaped } from '../../src/quotes/resolve.js';
import type { Entity, Quote } from '../../src/core/types.js';

type Row = [style: string, passage: string, quoteStart: string, speaker: string | null, anonymous?: boolean];

function quotesOf(text: string): Quote[] {
  const parsed = parseText(text);
  return extractQuotes(text, { parsed, entities: extractEntitiesFromParse(parsed) });
}

function speakerOf(text: string, quoteStart: string): Quote['speaker'] {
  const quotes = quotesOf(text);
  const q = quotes.find((x) => x.text.startsWith(quoteStart));
  if (!q)
    throw new Error(
      `no quote starting with ${JSON.stringify(quoteStart)}: ${JSON.stringify(quotes.map((x) => x.text))}`,
    );
  return q.speaker;
}

const rows: Row[] = [
  // documents speak for their authors
  [
    'wire',
    'Madrid rejected the proposal on Friday. The plan is “unacceptable in its current form,” according to a statement by Foreign Ministry spokeswoman Ana Ruiz.',
    'unacceptable in its current form',
    'Ana Ruiz',
  ],
  [
    'wire',
    'The Interior Ministry issued a statement late on Sunday. “The border crossings will remain closed until further notice,” the statement said.',
    'The border crossings',
    'Interior Ministry',
  ],
  [
    'broadsheet',
    'Prime Minister Hanna Lind released a statement after the vote. “We respect the result,” the statement said.',
    'We respect the result',
    'Hanna Lind',
  ],
  [
    'wire',
    'In a memo to staff, chief executive Tomas Berg wrote: “Our priority is to keep every plant running.”',
    'Our priority is to keep',
    'Tomas Berg',
  ],
  [
    'tabloid',
    'An email from the airline told passengers: “Your flight has been cancelled due to the strike.”',
    'Your flight has been cancelled',
    'airline',
  ],
  // a statement whose author the text never gives stays a statement (negative)
  [
    'wire',
    '“Talks will resume next week,” a statement said, without naming its author.',
    'Talks will resume',
    'statement',
  ],
  // a reporting agency is not the speaker when a person speaks
  [
    'wire',
    'According to AFP, the prime minister told reporters, “We will not sign this agreement.”',
    'We will not sign',
    'prime minister',
  ],
  [
    'wire',
    'Okafor said “the talks are going well and we expect a deal soon”, the state news agency NAN reported.',
    'the talks are going well',
    'Okafor',
  ],
  [
    'wire',
    'Ministers met in Lagos on Monday. “We expect a deal within days,” Okafor said, according to Reuters.',
    'We expect a deal',
    'Okafor',
  ],
  // ... but it is the speaker when nobody else speaks
  [
    'wire',
    '“Three people were injured in the blast,” the Kyodo news agency reported.',
    'Three people were injured',
    'Kyodo news agency',
  ],
  [
    'wire',
    'The ceasefire “could collapse at any moment,” according to Reuters.',
    'could collapse at any moment',
    'Reuters',
  ],
  // participle clauses after the quote belong to the sentence's subject, not to the phrase after them
  [
    'mt',
    'Lula renewed his call for “a just and lasting peace”, recalling the summit in Brasília last year.',
    'a just and lasting peace',
    'Lula',
  ],
  [
    'broadsheet',
    'Senator Maria Costa defended the bill as “a matter of basic fairness”, citing the report of the audit office.',
    'a matter of basic fairness',
    'Maria Costa',
  ],
  // the inverted cue names the speaker
  [
    'mt',
    '“Sanctions are not a policy, they are a substitute for one” - said the head of the Foreign Office.',
    'Sanctions are not a policy',
    'head of the Foreign Office',
  ],
  [
    'wire',
    '“We will rebuild every school,” said Education Minister Li Wei during the visit.',
    'We will rebuild every school',
    'Li Wei',
  ],
  // role nouns name the person the article gave that role
  [
    'broadsheet',
    'Jonas Meyer, the president’s aide, met the delegation on Tuesday. According to the president’s aide, “the meeting was constructive.”',
    'the meeting was constructive',
    'Jonas Meyer',
  ],
  [
    'sports',
    'Bayern coach Thomas Weber was furious after the defeat. “We did not deserve anything today,” the coach said.',
    'We did not deserve anything',
    'Thomas Weber',
  ],
  [
    'mt',
    'Xóchitl Gálvez also recognized the result. “A few minutes ago I called the winner to congratulate her,” said the senator this Monday.',
    'A few minutes ago I called',
    'Xóchitl Gálvez',
  ],
  // a role word points back to a person only: a body named just before stays out
  [
    'wire',
    'The Meridian Energy Group rejected the offer. “We were never consulted,” the senator said.',
    'We were never consulted',
    'senator',
  ],
  [
    'sports',
    'Oliver Brandt did not hide his anger. The 53-year-old blamed the players: “They simply have to work harder for this club.”',
    'They simply have to work harder',
    'Oliver Brandt',
  ],
  [
    'wire',
    'Defence Minister Pavel Novak visited the troops. “Our soldiers are ready,” the minister said.',
    'Our soldiers are ready',
    'Pavel Novak',
  ],
  [
    'broadsheet',
    'Sarah Kim, a spokeswoman for the mayor, declined to give details. “We are reviewing all options,” the spokeswoman said.',
    'We are reviewing all options',
    'Sarah Kim',
  ],
  // anonymous sources stay anonymous
  [
    'wire',
    '“The decision has already been made,” a senior US official told reporters on condition of anonymity.',
    'The decision has already been made',
    'senior US official',
    true,
  ],
  [
    'wire',
    'Officials in Brussels were cautious. “Nothing is agreed until everything is agreed,” one diplomat said.',
    'Nothing is agreed',
    'diplomat',
    true,
  ],
  [
    'broadsheet',
    '“We expect more arrests in the coming days,” sources close to the investigation said.',
    'We expect more arrests',
    'sources close to the investigation',
    true,
  ],
  // a named person is never anonymous (negative of the above)
  [
    'wire',
    '“The decision has already been made,” US official John Reed told reporters.',
    'The decision has already been made',
    'John Reed',
  ],
  // headline quotes
  [
    'headline',
    'Macron to Scholz: “We need a decision this week”\n\nThe two leaders met in Paris on Monday.',
    'We need a decision this week',
    'Macron',
  ],
  [
    'headline',
    'Kahn: Players must “work harder for this club”\n\nThe former goalkeeper spoke after the match.',
    'work harder for this club',
    'Kahn',
  ],
  [
    'headline',
    'Zelensky: “We will not give up our land”\n\nKyiv, March 3.',
    'We will not give up our land',
    'Zelensky',
  ],
  // he / she after another speaker's quote
  [
    'broadsheet',
    '“We are ready to talk,” said Chancellor Olaf Scholz. President Emmanuel Macron was less sure. “It is too early,” he said.',
    'It is too early',
    'Emmanuel Macron',
  ],
  [
    'wire',
    'Anna Berg spoke first. “The plan works,” she said. Peter Holm disagreed. “It costs too much,” he said.',
    'It costs too much',
    'Peter Holm',
  ],
  [
    'wire',
    'Anna Berg spoke first. “The plan works,” she said. Peter Holm disagreed. “It costs too much,” he said.',
    'The plan works',
    'Anna Berg',
  ],
  [
    'finance',
    'Investors were relieved, commented Angelo Russo, strategist at Bellwether Partners in Milan.\n\n“The central bank had the chance to be harsh, but it was not,” he said.',
    'The central bank had the chance',
    'Angelo Russo',
  ],
  // misspelled names from machine translation are merged
  [
    'mt',
    'German Chancellor Olaf Scholz arrived in Rome. “Europe must stay united,” Olaf Scholtz said at the press conference.',
    'Europe must stay united',
    'Olaf Scholz',
  ],
  // ordinary orders of attribution in several styles
  [
    'wire',
    'Kremlin spokesman Dmitry Peskov said: “We see no basis for such claims.”',
    'We see no basis',
    'Dmitry Peskov',
  ],
  [
    'wire',
    '“There will be no escalation,” Peskov told reporters, adding that talks would continue.',
    'There will be no escalation',
    'Peskov',
  ],
  [
    'broadsheet',
    'The governor, Ellen Price, said that “the budget is balanced for the first time in a decade.”',
    'the budget is balanced',
    'Ellen Price',
  ],
  [
    'tabloid',
    '“I’m not going anywhere!” the star shouted at photographers outside the club.',
    'I’m not going anywhere!',
    'star',
  ],
  [
    'mt',
    'The minister of economy Juan Pérez declared that “inflation will fall below four percent this year”.',
    'inflation will fall below',
    'Juan Pérez',
  ],
  [
    'mt',
    '“We have done everything possible,” has declared the president of the region, Marco Bianchi, to the journalists.',
    'We have done everything possible',
    'Marco Bianchi',
  ],
  [
    'sports',
    '“I don’t know why,” said Weber after the match. “We will look at the video.”',
    'We will look at the video',
    'Weber',
  ],
  [
    'broadsheet',
    'Hanna Lind was asked about the strike. Her answer was short: “We will not negotiate under pressure.”',
    'We will not negotiate',
    'Hanna Lind',
  ],
  [
    'wire',
    'Speaking at a rally in Leeds, Labour leader Keir Hamilton called the plan “a betrayal of working families.”',
    'a betrayal of working families',
    'Keir Hamilton',
  ],
  [
    'wire',
    'Hours later, the opposition leader Maria Costa responded, telling Reuters, “This is a dark day for our democracy.”',
    'This is a dark day',
    'Maria Costa',
  ],
  // "…, says X." closing a sentence names X for the quote after it
  [
    'mt',
    'The talks stalled when the premier made new demands, says political reporter Anke de Vries. “This was about the asylum rules.”',
    'This was about the asylum rules',
    'Anke de Vries',
  ],
  [
    'wire',
    '“We will appeal” and “we expect to win”, said Laura Finch, a 48-year-old lawyer, outside the court.',
    'We will appeal',
    'Laura Finch',
  ],
  // a doubled opening mark in translation: the inner close ends the quotation before its reporting clause
  [
    'mt',
    '“Yesterday there was an attempt by the mediators – “to free the hostages in exchange for prisoners,” said Omar Haddad, the group’s spokesman.',
    'Yesterday there was an attempt',
    'Omar Haddad',
  ],
  // a clause opening with an adverbial after a closed quote starts a new sentence: its speaker is not the quote's
  [
    'mt',
    'Opposition leader Daniel Park said at the party meeting, “The whole country is moving to the right.” On the same day, Rep. Choi said on the radio that nothing had changed.',
    'The whole country is moving',
    'Daniel Park',
  ],
  // a participle after a quote opens a clause of the sentence's subject: no inversion ("saying the state")
  [
    'broadsheet',
    'Governor Ruth Alvarez praised the “quiet work” of the staff, saying the state now had “a steady hand.”',
    'a steady hand',
    'Ruth Alvarez',
  ],
  // a quoted phrase in reported speech belongs to the reporting clause, not to the complement's subject …
  [
    'wire',
    'Senator Tom Reyes said on Monday that his party would keep fighting “for every last vote.”',
    'for every last vote',
    'Tom Reyes',
  ],
  [
    'sports',
    'Coach Ida Berg said she expected that the fans will chant “we want more” all night.',
    'we want more',
    'Ida Berg',
  ],
  // … while a quoted sentence keeps the speaker of its own cue
  [
    'mt',
    'Mayor Lena Holt said that her deputy, Pieter Maas, told her: “We have enough officers on the streets.”',
    'We have enough officers',
    'Pieter Maas',
  ],
  // a document issued in the same sentence speaks for its issuer; a document as the subject stays itself
  [
    'wire',
    'Hours later, Senator Mara Quist issued a statement calling on the council “to act before winter.”',
    'to act before winter',
    'Mara Quist',
  ],
  [
    'broadsheet',
    'The Harbor Council released a new ad that calls the bridge plan “a waste of money.”',
    'a waste of money',
    'Harbor Council',
  ],
  ['broadsheet', 'The statement called the bridge plan “a waste of money.”', 'a waste of money', 'statement'],
  // “…,” + subject + a verb outside the cue table that ends the sentence: still the attribution
  [
    'wire',
    'The Harbor Council opposed the fare rise. “Hold the fares at this year’s level,” the council advised.',
    'Hold the fares',
    'Harbor Council',
  ],
  [
    'broadsheet',
    '“Send the draft to the board first,” Mara Quist emailed, “then we talk.”',
    'Send the draft',
    'Mara Quist',
  ],
  // after a question or an exclamation too: subject + closing verb, and the quote after it continues
  [
    'tabloid',
    '“Would the toll stay at four euros?” Tomas Lind pressed. “Or double by June?”',
    'Would the toll stay',
    'Tomas Lind',
  ],
  [
    'tabloid',
    '“Would the toll stay at four euros?” Tomas Lind pressed. “Or double by June?”',
    'Or double',
    'Tomas Lind',
  ],
  // the same verb continuing the sentence is no cue (negatives)
  ['broadsheet', '“The Long Road Home,” Mara Quist directed in 2019, won a prize.', 'The Long Road Home', null],
  ['broadsheet', '“Why Not Us?” Mara Quist directed in 2019 for a small studio.', 'Why Not Us', null],
  // a quoted sentence standing alone after a speaker's quote continues it: also after an opening
  // connective, and after a quoted phrase
  [
    'broadsheet',
    'Mayor Lena Holt took questions. “We will not raise taxes,” she said. But “Parking fees may rise. We will see.”',
    'Parking fees',
    'Lena Holt',
  ],
  [
    'wire',
    'Senator Mara Quist said the bill was “a good start.” The vote is set for May.\n\n“We still need the votes in the house. I will go door to door.”',
    'We still need the votes',
    'Mara Quist',
  ],
  // a cue that opens the next quote is not the attribution of a quote that ended its sentence
  [
    'broadsheet',
    'Mara Quist spoke to reporters. “We lost the vote,” she said. “The plan is dead.” Tomas Lind added, “We start again on Monday.”',
    'The plan is dead',
    'Mara Quist',
  ],
  [
    'broadsheet',
    'Mara Quist spoke to reporters. “We lost the vote,” she said. “The plan is dead.” Tomas Lind added, “We start again on Monday.”',
    'We start again',
    'Tomas Lind',
  ],
  // an -ing form between a determiner and a noun modifies the noun: the speaker phrase keeps it
  [
    'wire',
    '“It was a fair price for both sides,” a visiting professor told reporters in Oslo.',
    'It was a fair price',
    'visiting professor',
    true,
  ],
  ['broadsheet', '“We have the votes,” the ruling party said in a statement.', 'We have the votes', 'ruling party'],
  // going on is speaking on, also after a question that ends the quote
  [
    'tabloid',
    '“It happens to everyone, right?” Mara Quist went on. “You get over it.”',
    'It happens to everyone',
    'Mara Quist',
  ],
  ['broadsheet', 'Tomas Lind went on to say, “The fund is empty.”', 'The fund is empty', 'Tomas Lind'],
  // a strike that went on speaks for nobody (negative)
  [
    'wire',
    'The strike went on for weeks, and the workers called it “a fight for bread.”',
    'a fight for bread',
    'workers',
  ],
  // a participle right after the cue and before a title, a day name between a determiner and a noun
  [
    'wire',
    '“That plan will fail at sea,” said retired Navy Rear Adm. Tomas Vale, who led the mission.',
    'That plan will fail',
    'Tomas Vale',
  ],
  [
    'wire',
    '“Nobody reads the small print,” said retired schoolteacher Ines Maro, who sued the bank.',
    'Nobody reads the small print',
    'Ines Maro',
  ],
  [
    'broadsheet',
    '“The council has run out of ideas and out of money,” reads a Wednesday editorial.',
    'The council has run out',
    'Wednesday editorial',
  ],
  // a participle clause that opens the sentence holds no subject: the speaker comes after its comma
  [
    'broadsheet',
    'Asked whether the council should take the blame for the delay, Mara Quist shot back: “That would be a first.”',
    'That would be a first',
    'Mara Quist',
  ],
  [
    'wire',
    'Continuing to defend the budget, Tomas Lind rejected the idea, saying the plan would “pay for itself.”',
    'pay for itself',
    'Tomas Lind',
  ],
  // a relative clause with a verb of its own between the speaker and the cue
  [
    'broadsheet',
    'Although the talks stalled, a port official who spoke on condition of anonymity to discuss internal planning said Friday, “The deal is close.”',
    'The deal is close',
    'port official',
    true,
  ],
  // a quote that ends its paragraph, signed on the next line by a dash and a name (fact checks, epigraphs)
  [
    'fact check',
    'The claim came up twice.\n\n“Our city has the lowest fares in the region.”\n\n— Mara Quist.\n\nThe fares are not the lowest.',
    'Our city has the lowest fares',
    'Mara Quist',
  ],
  [
    'fact check',
    '“We never raised the toll.”\n\n- Tomas Lind, on Monday\n\nThe record says otherwise.',
    'We never raised',
    'Tomas Lind',
  ],
  // a dash line that is a sentence signs nothing (negative)
  ['fact check', '“We never raised the toll.”\n\n- The toll rose in May.', 'We never raised', null],
  // a person noun the parse knows is a speaker head without a determiner, with a participle before it
  ['wire', 'Union teachers said, “The strike goes on until June.”', 'The strike goes on', 'Union teachers'],
  ['wire', 'Retired teachers said, “We want our pensions back.”', 'We want our pensions', 'Retired teachers'],
  // a participle that modifies the noun after it opens no clause (negative)
  [
    'wire',
    'Elected officials, angry at the cuts, said the plan was “a disgrace.”',
    'a disgrace',
    'Elected officials',
    true,
  ],
  // a role and the name after it without a comma, as translations print them: the name speaks …
  [
    'mt',
    'The utility Nordkraft Energi said on Monday that the cable would be late.\n\n“We were promised this road,” stressed the chair of the board Liv Ekdal.',
    'We were promised',
    'Liv Ekdal',
  ],
  [
    'mt',
    '“We were promised this road,” said the head of the regional council Ida Sand.',
    'We were promised',
    'Ida Sand',
  ],
  [
    'mt',
    'According to the president of the Regional Assembly Marta Vidal, “the road will open in May.”',
    'the road will open',
    'Marta Vidal',
  ],
  // … from the given name on, not from a second given name
  [
    'mt',
    '“The road will open in May,” said the president of the Regional Assembly Mary Ann Vidal.',
    'The road will open',
    'Mary Ann Vidal',
  ],
  // an organization's name after the role is no person's (negative)
  [
    'mt',
    '“We were promised this road,” said the director of the Harvard Kennedy School.',
    'We were promised',
    'director of the Harvard Kennedy School',
  ],
  // scare quotes and titles have no speaker (negatives)
  ['broadsheet', 'The so-called “red line” was crossed on Monday, the report found.', 'red line', null],
  ['tabloid', 'She starred in the film “The Long Road Home” last year.', 'The Long Road Home', null],
];

describe('speakers on invented news passages', () => {
  it.each(rows)('%s: %s', (_style, passage, quoteStart, speaker, anonymous) => {
    if (speaker === null) {
      // not speech at all, or speech without a speaker
      expect(quotesOf(passage).filter((q) => q.text.startsWith(quoteStart) && q.speaker !== null)).toEqual([]);
      return;
    }
    const got = speakerOf(passage, quoteStart);
    expect(got?.name).toBe(speaker);
    expect(got?.anonymous === true).toBe(anonymous === true);
  });
  it('has at least 40 passages', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });
});

describe('explain', () => {
  it('lists the ranked candidates and how the speaker was resolved', () => {
    const text = 'Defence Minister Pavel Novak visited the troops. “Our soldiers are ready,” the minister said.';
    const parsed = parseText(text);
    const [q] = extractQuotes(text, { parsed, entities: extractEntitiesFromParse(parsed), explain: true });
    expect(q!.explain!.candidates[0]).toMatchObject({ rule: 'after', phrase: 'the minister' });
    expect(q!.explain!.resolution).toBe('resolved');
    expect(q!.speaker?.name).toBe('Pavel Novak');
  });
  it('says when a document stands for its author', () => {
    const text = 'The Interior Ministry issued a statement. “The border stays closed,” the statement said.';
    const [q] = extractQuotes(text, { explain: true });
    expect(q!.explain!.resolution).toBe('resolved');
    expect(q!.speaker?.name).toBe('Interior Ministry');
  });
  it('is absent unless asked for, and checked', () => {
    const text = '“We are ready,” Peskov said.';
    expect(extractQuotes(text)[0]!.explain).toBeUndefined();
    expect(() => extractQuotes(text, { explain: 'yes' as unknown as boolean })).toThrow(TypeError);
    expect(() => extractQuotes(text, { parsed: parseText('other text') })).toThrow(RangeError);
  });
});

describe('isNameShaped: an entity of another type written like a personal name', () => {
  const entity = (type: Entity['type'], name: string): Entity => ({
    id: `${type}:x`,
    type,
    name,
    aliases: [name],
    mentions: [],
  });
  it.each([
    ['organization', 'Ana Ruiz', true],
    ['organization', 'Anke de Vries', true],
    ['organization', 'Xavier de la Cruz Pérez', false], // five words
    ['organization', 'Meridian Energy Group', false],
    ['organization', 'NATO', false],
    ['organization', 'White House', false],
    ['organization', 'Kremlin', false],
    ['place', 'Santa Cruz', false],
    ['person', 'Ana Ruiz', false], // already a person
  ] as const)('%s %s → %s', (type, name, expected) => {
    expect(isNameShaped(entity(type, name))).toBe(expected);
  });
});
