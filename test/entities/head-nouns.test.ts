// joinHeadNouns (spans.ts): the pieces of an organization or place name cut before its head
// noun are one name; joinNames (its body-of-country join): a public body goes on to the country
// it serves, a mission to its host place; splitCoordinated: two bodies named in full and joined by "and" are two;
// splitNamedParts (its country-of-place split): a country, "of" and a known place are two places;
// capsHeadlineNames: on a line in capitals a known name is cut from the headline's words after it;
// tradeFirmSpans (trade-firms.ts): a founder's name or a coined word before its trade is one firm,
// and so is a name after "Groupe", "Grupo"; long bodies' names of political news (the last table).
// Invented sentences; the tagger's spans are given by hand so that each row tests the rule, not
// the model. Negatives beside positives.
import { describe, expect, it } from 'vitest';
import { lineStarts } from '../../src/entities/candidates.js';
import { knownSpans } from '../../src/entities/countries.js';
import { parseText } from '../../src/entities/parse.js';
import {
  capsHeadlineNames,
  fieldsBeforeAnd,
  joinHeadNouns,
  joinNames,
  splitCoordinated,
  splitAtPossessive,
  splitNamedParts,
  splitOwnerUnits,
  trimConnectors,
  type SpanContext,
} from '../../src/entities/spans.js';
import { tagText, type TaggedSpan } from '../../src/entities/tagger/model.js';
import { tradeFirmSpans } from '../../src/entities/trade-firms.js';
import { buildVocabulary } from '../../src/entities/vocabulary.js';

type Given = [string, TaggedSpan['type']];

/** Runs a span step on `text` with the given spans (each the first occurrence of its words). */
function run(step: typeof joinHeadNouns, text: string, given: readonly Given[]): string[] {
  const { tokens } = parseText(text);
  const { scores, context } = tagText(text, tokens);
  const ctx: SpanContext = {
    source: text,
    tokens,
    scores,
    lineStart: lineStarts(text, tokens),
    known: knownSpans(text, tokens),
    vocab: buildVocabulary(tokens),
    lineTitle: context?.lineTitle ?? [],
    seenCapitalMid: context?.seenCapitalMid ?? new Set(),
  };
  const spans: TaggedSpan[] = given.map(([words, type]) => {
    const parts = words.split(' ');
    const first = tokens.findIndex((_, i) => parts.every((p, k) => tokens[i + k]?.text === p));
    if (first < 0) throw new Error(`no "${words}" in "${text}"`);
    return { first, last: first + parts.length - 1, type, evidence: { PER: 0, ORG: 0, LOC: 0, MISC: 0 } };
  });
  return step(ctx, spans).map((s) => `${s.type}:${text.slice(tokens[s.first]!.start, tokens[s.last]!.end)}`);
}
const join = (text: string, given: readonly Given[]): string[] => run(joinHeadNouns, text, given);

describe('joinHeadNouns', () => {
  // text | the tagger's spans | the spans after the step
  const rows: [string, Given[], string[]][] = [
    // a place before an organization ending in its head noun names whose body it is
    [
      'A Lagos Transport Ministry spokesman said the roads were closed.',
      [
        ['Lagos', 'LOC'],
        ['Transport Ministry', 'ORG'],
      ],
      ['ORG:Lagos Transport Ministry'],
    ],
    // a name cut in pieces before its head
    [
      'Officials of the Green Future Party met on Monday.',
      [
        ['Green', 'ORG'],
        ['Future Party', 'ORG'],
      ],
      ['ORG:Green Future Party'],
    ],
    ['Officials of the Green Future Party met on Monday.', [['Green Future', 'ORG']], ['ORG:Green Future Party']],
    // a modifier the tagger left out
    ['On Monday the National Council voted against the plan.', [['Council', 'ORG']], ['ORG:National Council']],
    // a country and its armed service
    ['The ship was found by the Ruritania Navy on Friday.', [['Ruritania', 'LOC']], ['ORG:Ruritania Navy']],
    [
      'The ship was found by the Ruritania Navy on Friday.',
      [
        ['Ruritania', 'LOC'],
        ['Navy', 'ORG'],
      ],
      ['ORG:Ruritania Navy'],
    ],
    // an organization's opener and "of" + its object
    ['He spoke to the Congress of Delegates in the capital.', [['Congress', 'ORG']], ['ORG:Congress of Delegates']],
    // a field after "of" goes on past "and" over ordinary words left out
    [
      'The head of the Bureau of Crop Inspection and Control said so.',
      [['Bureau of Crop Inspection', 'ORG']],
      ['ORG:Bureau of Crop Inspection and Control'],
    ],
    // "for" + ordinary capitalized words: the body's field
    [
      'Works hang at the Lotus Arden Center for Contemporary Art, China.',
      [['Lotus Arden Center', 'ORG']],
      ['ORG:Lotus Arden Center for Contemporary Art'],
    ],
    // an alliance, a coalition, a campaign open a body's name as a center does
    [
      'Officials of the Alliance for Rural Broadband met.',
      [
        ['Alliance', 'ORG'],
        ['Rural Broadband', 'ORG'],
      ],
      ['ORG:Alliance for Rural Broadband'],
    ],
    ['Members of the Coalition for Clean Water met.', [['Coalition', 'ORG']], ['ORG:Coalition for Clean Water']],
    // club designators, before and after the name
    [
      'On Sunday FC Northtown Rovers beat the visitors.',
      [
        ['FC', 'ORG'],
        ['Northtown Rovers', 'ORG'],
      ],
      ['ORG:FC Northtown Rovers'],
    ],
    ['On Sunday FC Northtown beat the visitors.', [['Northtown', 'ORG']], ['ORG:FC Northtown']],
    ['On Sunday Northtown FC beat the visitors.', [['Northtown', 'LOC']], ['ORG:Northtown FC']],
    // a place and a place head noun
    [
      'The final at the Al Karim Stadium ended late.',
      [
        ['Al Karim', 'LOC'],
        ['Stadium', 'LOC'],
      ],
      ['LOC:Al Karim Stadium'],
    ],
    ['The final at the Al Karim Stadium ended late.', [['Al Karim', 'LOC']], ['LOC:Al Karim Stadium']],
  ];
  it.each(rows)('%s %j -> %j', (text, given, expected) => {
    expect(join(text, given)).toEqual(expected);
  });

  const unchanged: [string, Given[]][] = [
    // "the Party said" alone: nothing to join
    ['Later the Party said it would wait.', [['Party', 'ORG']]],
    // a head noun after a lower-case word is not joined
    ['The ruling Party met on Monday.', [['Party', 'ORG']]],
    // a person never joins a head noun
    [
      'Then Ada Hale Foundation staff left.',
      [
        ['Ada Hale', 'PER'],
        ['Foundation', 'ORG'],
      ],
    ],
    // a nationality stays apart (a name of its own), so does an adjective with "-based"
    [
      'He said Zembian Health Ministry staff left.',
      [
        ['Zembian', 'MISC'],
        ['Health Ministry', 'ORG'],
      ],
    ],
    ['Shares of Lagos-based Harlow Bank rose.', [['Harlow Bank', 'ORG']]],
    // not over a title, nor over a word that goes on into another name
    ['A member of the Board of Crop Inspection and Minister of Trade spoke.', [['Board of Crop Inspection', 'ORG']]],
    ['The Bureau of Crop Inspection and Control Varnak met.', [['Bureau of Crop Inspection', 'ORG']]],
    // after "for" only ordinary words join: a name there is not the body's field
    ['Donors gave to the Varco Center for Kessimo Ostrander last year.', [['Varco Center', 'ORG']]],
    // a month is no part of a name
    ['Figures for September Treasury bills fell.', [['Treasury', 'ORG']]],
    // a head noun before a title belongs to the title
    ['The Lagos District Attorney spoke.', [['Lagos', 'LOC']]],
    // a place does not take an organization's head over a line break
    ['Floods hit Lagos\nParty officials met.', [['Lagos', 'LOC']]],
    // two spans with a comma between stay two
    [
      'He visited Lagos, Transport Ministry officials said.',
      [
        ['Lagos', 'LOC'],
        ['Transport Ministry', 'ORG'],
      ],
    ],
    // a sentence opening with a verb does not lend it to the name
    ['Ask Ministry officials about it.', [['Ministry', 'ORG']]],
  ];
  it.each(unchanged)('%s %j -> unchanged', (text, given) => {
    const out = join(text, given);
    expect(out).toEqual(given.map(([w, t]) => `${t}:${w}`));
  });
});

describe('splitCoordinated: two bodies named in full', () => {
  // prettier-ignore
  it.each([
    ['Prosecutors, Varnak County Police Department and Varnak City Fire Department met.', 'Varnak County Police Department and Varnak City Fire Department', ['ORG:Varnak County Police Department', 'ORG:Varnak City Fire Department']],
    ['Artists came from Lenmark Media University and Varnak Academy of Fine Arts.', 'Lenmark Media University and Varnak Academy of Fine Arts', ['ORG:Lenmark Media University', 'ORG:Varnak Academy of Fine Arts']],
    // a side of two words, or a side with no head: one name
    ['The Varnak University of Science and Technology of Lenmark said so.', 'Varnak University of Science and Technology of Lenmark', ['ORG:Varnak University of Science and Technology of Lenmark']],
    ['The First Kestrel Bank and Trust Company said so.', 'First Kestrel Bank and Trust Company', ['ORG:First Kestrel Bank and Trust Company']],
    ['The Ministry of Fisheries and Ocean Affairs said so.', 'Ministry of Fisheries and Ocean Affairs', ['ORG:Ministry of Fisheries and Ocean Affairs']],
    // a designator ends the first company's name
    ['Shares of Lenmark Holdings and Varco fell.', 'Lenmark Holdings and Varco', ['ORG:Lenmark Holdings', 'ORG:Varco']],
    ['Kessel Plc and Varco agreed on a price.', 'Kessel Plc and Varco', ['ORG:Kessel Plc', 'ORG:Varco']],
    // after the "and" it ends the one name; a head noun after it keeps the body whole
    ['Hale and Ode Inc said so.', 'Hale and Ode Inc', ['ORG:Hale and Ode Inc']],
    ['Varco Holdings and Subsidiaries filed its accounts.', 'Varco Holdings and Subsidiaries', ['ORG:Varco Holdings and Subsidiaries']],
    ['Varco Group and Trust Company said so.', 'Varco Group and Trust Company', ['ORG:Varco Group and Trust Company']],
  ])('%s', (text, span, expected) => {
    expect(run(splitCoordinated, text, [[span, 'ORG']])).toEqual(expected);
  });
});

describe('joinNames: a public body and its country, a mission and its host place', () => {
  // text | the tagger's spans | the spans after the step
  // prettier-ignore
  const rows: [string, Given[], string[]][] = [
    ['The Fisheries Commission of Japan sent teams.', [['Fisheries Commission', 'ORG'], ['Japan', 'LOC']], ['ORG:Fisheries Commission of Japan']],
    ['The Armed Forces of the Russian Federation held a parade.', [['Armed Forces', 'ORG'], ['Russian Federation', 'LOC']], ['ORG:Armed Forces of the Russian Federation']],
    ['The Rail Bureau of the Transport Ministry met.', [['Rail Bureau', 'ORG'], ['Transport Ministry', 'ORG']], ['ORG:Rail Bureau of the Transport Ministry']],
    ['The Press Office of the Lenmark Council met.', [['Press Office', 'ORG'], ['Lenmark Council', 'ORG']], ['ORG:Press Office of the Lenmark Council']],
    // a body named in full, its head going on over "of" or "for", is a body of its own
    ['The Press Office of the Ministry of Coastal Affairs met.', [['Press Office', 'ORG'], ['Ministry of Coastal Affairs', 'ORG']], ['ORG:Press Office', 'ORG:Ministry of Coastal Affairs']],
    ['The Rail Bureau of the Varnian Federation of Growers met.', [['Rail Bureau', 'ORG'], ['Varnian Federation of Growers', 'ORG']], ['ORG:Rail Bureau', 'ORG:Varnian Federation of Growers']],
    ['The Data Center of the Council for Rural Housing met.', [['Data Center', 'ORG'], ['Council for Rural Housing', 'ORG']], ['ORG:Data Center', 'ORG:Council for Rural Housing']],
    // a mission ends before the place that hosts it (CoNLL-2003: "the [British] embassy in [Tirana]")
    ['The Varnian Embassy in Lyon said so.', [['Varnian Embassy', 'ORG'], ['Lyon', 'LOC']], ['ORG:Varnian Embassy', 'LOC:Lyon']],
    // a company or a club is named apart from its country
    ['Kestrel Motor Corp of Japan said sales rose.', [['Kestrel Motor Corp', 'ORG'], ['Japan', 'LOC']], ['ORG:Kestrel Motor Corp', 'LOC:Japan']],
    ['Northtown United of Spain won.', [['Northtown United', 'ORG'], ['Spain', 'LOC']], ['ORG:Northtown United', 'LOC:Spain']],
    // a body that is no mission before "in"
    ['The Fisheries Commission in Japan sent teams.', [['Fisheries Commission', 'ORG'], ['Japan', 'LOC']], ['ORG:Fisheries Commission', 'LOC:Japan']],
    // one "of" per name
    ['The Affairs Office of the State Council of Japan said so.', [['Affairs Office of the State Council', 'ORG'], ['Japan', 'LOC']], ['ORG:Affairs Office of the State Council', 'LOC:Japan']],
  ];
  it.each(rows)('%s', (text, given, expected) => {
    expect(run(joinNames, text, given)).toEqual(expected);
  });
});

describe('joinNames: two fields of one body, also after its place', () => {
  // prettier-ignore
  const rows: [string, Given[], string[]][] = [
    ['Cases came from the Transport and Housing Bureau.', [['Transport', 'ORG'], ['Housing Bureau', 'ORG']], ['ORG:Transport and Housing Bureau']],
    ['Cases came from the Lagos Farming and Building Corps.', [['Lagos Farming', 'MISC'], ['Building Corps', 'ORG']], ['ORG:Lagos Farming and Building Corps']],
    ['Cases came from the Yunnan Provincial Water Supply and Drainage Bureau.', [['Yunnan Provincial Water Supply', 'ORG'], ['Drainage Bureau', 'ORG']], ['ORG:Yunnan Provincial Water Supply and Drainage Bureau']],
    // a side with a head of its own is a body of its own; a person is no field
    ['Ships of the Varnian Navy and Air Corps sailed.', [['Varnian Navy', 'ORG'], ['Air Corps', 'ORG']], ['ORG:Varnian Navy', 'ORG:Air Corps']],
    ['Ada Hale and Housing Bureau staff met.', [['Ada Hale', 'PER'], ['Housing Bureau', 'ORG']], ['PER:Ada Hale', 'ORG:Housing Bureau']],
  ];
  it.each(rows)('%s', (text, given, expected) => {
    expect(run(joinNames, text, given)).toEqual(expected);
  });
});

describe('joinNames: a comma list of fields goes on to the last; a court or an office to the district it serves', () => {
  // prettier-ignore
  const rows: [string, Given[], string[]][] = [
    ['Ida Renn of Norvale Water, Rail, and Transport spoke.', [['Ida Renn', 'PER'], ['Norvale Water', 'ORG'], ['Transport', 'ORG']], ['PER:Ida Renn', 'ORG:Norvale Water, Rail, and Transport']],
    ['Ida Renn of Norvale Water, Rail, and Transport spoke.', [['Ida Renn', 'PER'], ['Norvale Water', 'ORG'], ['Rail', 'ORG'], ['Transport', 'ORG']], ['PER:Ida Renn', 'ORG:Norvale Water, Rail, and Transport']],
    ['The Kestrin Ministry of Ports, Fisheries and Tourism said so.', [['Kestrin Ministry of Ports', 'ORG'], ['Tourism', 'ORG']], ['ORG:Kestrin Ministry of Ports, Fisheries and Tourism']],
    ["The Kestrin Attorney's Office for the Northern District of Norland said so.", [['Kestrin Attorney Office', 'ORG'], ['Northern District', 'MISC'], ['Norland', 'LOC']], ["ORG:Kestrin Attorney's Office for the Northern District of Norland"]],
    // a list of bodies, a field with a head of its own, no "for the", a place that is no district
    ['Norvale Bank, Lund Motors and Ode Group merged.', [['Norvale Bank', 'ORG'], ['Lund Motors', 'ORG'], ['Ode Group', 'ORG']], ['ORG:Norvale Bank', 'ORG:Lund Motors', 'ORG:Ode Group']],
    ['Norvale Water, Rail and Transport Bureau staff met.', [['Norvale Water', 'ORG'], ['Transport Bureau', 'ORG']], ['ORG:Norvale Water', 'ORG:Transport Bureau']],
    ['The Kestrin Attorney\'s Office in the Northern District of Norland said so.', [['Kestrin Attorney Office', 'ORG'], ['Northern District of Norland', 'LOC']], ["ORG:Kestrin Attorney's Office", 'LOC:Northern District of Norland']],
    ['The Court of Appeals for the Eighth Circuit ruled.', [['Court of Appeals', 'ORG'], ['Eighth Circuit', 'ORG']], ['ORG:Court of Appeals', 'ORG:Eighth Circuit']],
    ['The Kestrin Lawyers Guild for the Norland Valley met.', [['Kestrin Lawyers Guild', 'ORG'], ['Norland Valley', 'LOC']], ['ORG:Kestrin Lawyers Guild', 'LOC:Norland Valley']],
  ];
  it.each(rows)('%s', (text, given, expected) => {
    expect(run(joinNames, text, given)).toEqual(expected);
  });
});

describe('fieldsBeforeAnd: a body named by two fields, where the tagger read only the second', () => {
  // prettier-ignore
  const rows: [string, Given[], string[]][] = [
    ['Goods were seized by Customs and Harbour Protection on Monday.', [['Customs', 'PER'], ['Harbour Protection', 'ORG']], ['ORG:Customs and Harbour Protection']],
    ['Two cases came from the Culture and Youth Bureau on Monday.', [['Youth Bureau', 'ORG']], ['ORG:Culture and Youth Bureau']],
    ['Importers owe the levy to U.S. Customs and Harbour Protection at the port.', [['U.S. Customs', 'MISC'], ['Harbour Protection', 'ORG']], ['ORG:U.S. Customs and Harbour Protection']],
    ['They met at the Lenford, California, Customs and Harbour Protection office.', [['Lenford', 'LOC'], ['California', 'LOC'], ['Customs', 'ORG'], ['Harbour Protection', 'ORG']], ['LOC:Lenford', 'LOC:California', 'ORG:Customs and Harbour Protection']],
    // a head noun on the first side, no head or field noun on the second, a known name, a name
    // or a list of fields before, a nationality: each stays apart
    ['Talks between Treasury and Harbour Protection officials ended.', [['Treasury', 'ORG'], ['Harbour Protection', 'ORG']], ['ORG:Treasury', 'ORG:Harbour Protection']],
    ['Voters backed Labour and Liberal Democrats.', [['Labour', 'ORG'], ['Liberal Democrats', 'ORG']], ['ORG:Labour', 'ORG:Liberal Democrats']],
    ['Talks between the United Nations and Harbour Protection ended.', [['United Nations', 'ORG'], ['Harbour Protection', 'ORG']], ['ORG:United Nations', 'ORG:Harbour Protection']],
    ['Staff of Varco Culture and Youth Bureau met.', [['Varco', 'ORG'], ['Youth Bureau', 'ORG']], ['ORG:Varco', 'ORG:Youth Bureau']],
    ['A report by the Farming, Culture and Youth Bureau came out.', [['Youth Bureau', 'ORG']], ['ORG:Youth Bureau']],
    ['Talks between Culture and European Union staff ended.', [['European Union', 'ORG']], ['ORG:European Union']],
  ];
  it.each(rows)('%s', (text, given, expected) => {
    expect(run(fieldsBeforeAnd, text, given)).toEqual(expected);
  });
});

describe('splitNamedParts: a country, "of" and a known place are two places; a body of a body named in full, two bodies', () => {
  // prettier-ignore
  const rows: [string, Given[], string[]][] = [
    ['He teaches at the Sculpture Department of Lenmark Academy of Fine Arts.', [['Sculpture Department of Lenmark Academy of Fine Arts', 'ORG']], ['ORG:Sculpture Department', 'ORG:Lenmark Academy of Fine Arts']],
    ['He teaches at the Law School of the University of Varnia.', [['Law School of the University of Varnia', 'ORG']], ['ORG:Law School', 'ORG:University of Varnia']],
    // one word before "of", no head before it, or no body named in full after it: one name
    ['The Ministry of Health of Varnia said so.', [['Ministry of Health of Varnia', 'ORG']], ['ORG:Ministry of Health of Varnia']],
    ['The Varnak University of Science and Technology of Lenmark said so.', [['Varnak University of Science and Technology of Lenmark', 'ORG']], ['ORG:Varnak University of Science and Technology of Lenmark']],
    ['The Rail Bureau of the Lenmark Central Committee met.', [['Rail Bureau of the Lenmark Central Committee', 'ORG']], ['ORG:Rail Bureau of the Lenmark Central Committee']],
    ['They condemned the takeover by Ethiopia of Tigray.', [['Ethiopia of Tigray', 'LOC']], ['LOC:Ethiopia', 'LOC:Tigray']],
    ['They debated the purchase by Denmark of Greenland.', [['Denmark of Greenland', 'LOC']], ['LOC:Denmark', 'LOC:Greenland']],
    // a known name with "of", a place that opens with no country, an unknown place after "of"
    ['He flew to the United States of America.', [['United States of America', 'LOC']], ['LOC:United States of America']],
    ['He flew to the Isle of Man.', [['Isle of Man', 'LOC']], ['LOC:Isle of Man']],
    ['He praised the support by Denmark of Varnak Fields.', [['Denmark of Varnak Fields', 'LOC']], ['LOC:Denmark of Varnak Fields']],
  ];
  it.each(rows)('%s', (text, given, expected) => {
    expect(run(splitNamedParts, text, given)).toEqual(expected);
  });
});

describe('splitNamedParts (body-beat): a body run into the country or body a job after it covers is the body and the beat', () => {
  // prettier-ignore
  const rows: [string, Given[], string[]][] = [
    ['He told KTVN Bhutan correspondent Ida Renn so.', [['KTVN Bhutan', 'ORG'], ['Ida Renn', 'PER']], ['ORG:KTVN', 'LOC:Bhutan', 'PER:Ida Renn']],
    ['Renn is the Kestrin Defense Council Andorra expert.', [['Kestrin Defense Council Andorra', 'ORG']], ['ORG:Kestrin Defense Council', 'LOC:Andorra']],
    // no job after it, a city, an owner that is no acronym and has no head, a name's "of"
    ['Renn joined KTVN Bhutan last year.', [['KTVN Bhutan', 'ORG']], ['ORG:KTVN Bhutan']],
    ['He told KTVN Lyon correspondent Ida Renn so.', [['KTVN Lyon', 'ORG'], ['Ida Renn', 'PER']], ['ORG:KTVN Lyon', 'PER:Ida Renn']],
    ['A Radio Free Andorra correspondent said so.', [['Radio Free Andorra', 'ORG']], ['ORG:Radio Free Andorra']],
    ['A Bank of Andorra official said so.', [['Bank of Andorra', 'ORG']], ['ORG:Bank of Andorra']],
  ];
  it.each(rows)('%s', (text, given, expected) => {
    expect(run(splitNamedParts, text, given)).toEqual(expected);
  });
});

describe('splitOwnerUnits: a body the text names alone, run into the name of its unit, is the body and the unit', () => {
  // prettier-ignore
  const rows: [string, Given[], string[]][] = [
    ['Norvale Police Department Harbour Patrol Unit officers made the stop. Norvale Police Department said so.', [['Norvale Police Department Harbour Patrol Unit', 'ORG'], ['Norvale Police Department', 'ORG']], ['ORG:Norvale Police Department', 'ORG:Harbour Patrol Unit', 'ORG:Norvale Police Department']],
    ['A KTVN Office of Fair Review report came out. KTVN said so.', [['KTVN Office of Fair Review', 'ORG'], ['KTVN', 'ORG']], ['ORG:KTVN', 'ORG:Office of Fair Review', 'ORG:KTVN']],
    // the body never named alone, a company's designator, a body's own head after a short name
    ['Norvale Police Department Harbour Patrol Unit officers made the stop.', [['Norvale Police Department Harbour Patrol Unit', 'ORG']], ['ORG:Norvale Police Department Harbour Patrol Unit']],
    ['KTVN Gold Inc said so. KTVN rose.', [['KTVN Gold Inc', 'ORG'], ['KTVN', 'ORG']], ['ORG:KTVN Gold Inc', 'ORG:KTVN']],
    ['Lund Union National Bank of Norland said so. Lund Union rose.', [['Lund Union National Bank of Norland', 'ORG'], ['Lund Union', 'ORG']], ['ORG:Lund Union National Bank of Norland', 'ORG:Lund Union']],
  ];
  it.each(rows)('%s', (text, given, expected) => {
    expect(run(splitOwnerUnits, text, given)).toEqual(expected);
  });
});

describe('capsHeadlineNames: a known name in a headline in capitals, without the words after it', () => {
  // prettier-ignore
  const rows: [string, Given[], string[]][] = [
    ['JAPAN VOTE RESULT\nTokyo voted.', [['JAPAN VOTE RESULT', 'LOC']], ['LOC:JAPAN']],
    ['U.N. TALKS END\nIt met.', [['U.N. TALKS', 'ORG']], ['ORG:U.N.']],
    // a body's or an event's head, a place read as a body's first word, a line with lower case
    ['CHINA DAILY SAYS NO\nIt said no.', [['CHINA DAILY', 'ORG']], ['ORG:CHINA DAILY']],
    ['U.S. OPEN RESULTS\nHale won.', [['U.S. OPEN', 'MISC']], ['MISC:U.S. OPEN']],
    ['JAPAN TODAY WARNS\nIt warned.', [['JAPAN TODAY', 'ORG']], ['ORG:JAPAN TODAY']],
    ['Japan Quake Alert\nTokyo shook.', [['Japan Quake Alert', 'LOC']], ['LOC:Japan Quake Alert']],
  ];
  it.each(rows)('%s', (text, given, expected) => {
    expect(run(capsHeadlineNames, text, given)).toEqual(expected);
  });
});

describe("tradeFirmSpans: a founder's name or a coined word, then its trade, is one firm; so is one after 'Groupe'", () => {
  // prettier-ignore
  const rows: [string, Given[], string[]][] = [
    ['Back then I ran my print business, Dobrek Design.', [['Dobrek', 'PER']], ['ORG:Dobrek Design']],
    ['The lamps came from Brevane Studio in May.', [], ['ORG:Brevane Studio']],
    ['The Brevane Studio lamps sold out.', [], ['ORG:Brevane Studio']],
    ['The arch is by Tomas Brevik Design.', [['Tomas Brevik', 'PER']], ['ORG:Tomas Brevik Design']],
    // a company's name opened by the word for a group in a Romance language
    ['Groupe VARNEL (Ostria) makes light shows.', [], ['ORG:Groupe VARNEL']],
    ['She met Grupo Lenmar executives.', [['Lenmar', 'PER']], ['ORG:Grupo Lenmar']],
    ['The group met in May.', [], []],
    // common words (a field), a known place (a fair), a name with no trade after it
    ['She studied Interior Design in May.', [], []],
    ['The Milan Design fair opened.', [['Milan', 'LOC']], ['LOC:Milan']],
    ['Tomas Brevik said the arch was ready.', [['Tomas Brevik', 'PER']], ['PER:Tomas Brevik']],
  ];
  it.each(rows)('%s', (text, given, expected) => {
    expect(run(tradeFirmSpans, text, given)).toEqual(expected);
  });
});

describe("long bodies' names: a subject after 'on', a court's district, a campus, two namesakes, a listed field, a member after the body", () => {
  const STEPS = { joinHeadNouns, joinNames, fieldsBeforeAnd, splitNamedParts, splitAtPossessive, trimConnectors };
  // step | text | the tagger's spans | the spans after the step
  // prettier-ignore
  const rows: [keyof typeof STEPS, string, Given[], string[]][] = [
    // a program sits on its subject as a commission does; the subject goes on past "and"
    ['joinHeadNouns', 'She is a fellow at the Program on Tidal Energy.', [['Program', 'ORG']], ['ORG:Program on Tidal Energy']],
    ['joinHeadNouns', 'The Program on Monday added two classes.', [['Program', 'ORG']], ['ORG:Program']],
    ['joinHeadNouns', 'She is a fellow at the Program on Water and Coastal Law.', [['Program', 'ORG'], ['Coastal Law', 'ORG']], ['ORG:Program on Water and Coastal Law']],
    ['joinHeadNouns', 'Staff of the Commission on Ports and Kestrin Bank met.', [['Commission', 'ORG'], ['Kestrin Bank', 'ORG']], ['ORG:Commission on Ports', 'ORG:Kestrin Bank']],
    // a select committee may sit on a place; another committee's "on" a place is a report's subject
    ['joinHeadNouns', 'The Select Committee on Varnia met.', [['Select Committee', 'ORG'], ['Varnia', 'LOC']], ['ORG:Select Committee on Varnia']],
    ['joinHeadNouns', 'A report by the Foreign Affairs Committee on Varnia came out.', [['Foreign Affairs Committee', 'ORG'], ['Varnia', 'LOC']], ['ORG:Foreign Affairs Committee', 'LOC:Varnia']],
    // a purpose the tagger cut goes on over ordinary words (also over "of", "to"), not over a
    // title or a place
    ['joinHeadNouns', 'Donors gave to the Center for Lost & Stray Animals.', [['Center for Lost Stray', 'ORG']], ['ORG:Center for Lost & Stray Animals']],
    ['joinHeadNouns', 'Donors gave to the Royal Society for the Prevention of Harm to Birds.', [['Royal Society', 'ORG']], ['ORG:Royal Society for the Prevention of Harm to Birds']],
    ['joinHeadNouns', 'A fellow of the Center for Policy Studies of Kestrin spoke.', [['Center for Policy Studies', 'ORG']], ['ORG:Center for Policy Studies']],
    ['joinHeadNouns', 'Donors met the Center for Lost Pets Director Ida Renn.', [['Center for Lost Pets', 'ORG'], ['Ida Renn', 'PER']], ['ORG:Center for Lost Pets', 'PER:Ida Renn']],
    // a court for a district goes on to the district's place
    ['joinHeadNouns', 'The Kestrin District Court for the District of Norland ruled.', [['Kestrin District Court for the District', 'ORG'], ['Norland', 'LOC']], ['ORG:Kestrin District Court for the District of Norland']],
    ['joinHeadNouns', 'A Kestrin District Court judge for the District of Norland ruled.', [['Kestrin District Court', 'ORG'], ['District of Norland', 'LOC']], ['ORG:Kestrin District Court', 'LOC:District of Norland']],
    // a group of people owning a council named in full opens its name; a family does not
    ['joinHeadNouns', 'A list came from the Farmers’ Council for Fair Trade.', [['Council for Fair Trade', 'ORG']], ['ORG:Farmers’ Council for Fair Trade']],
    ['joinHeadNouns', 'A list came from the Ostranders’ Council for Fair Trade.', [['Council for Fair Trade', 'ORG']], ['ORG:Council for Fair Trade']],
    // a university named after a state goes on to its campus's town
    ['joinNames', 'She teaches at the University of Norland at Kestby.', [['University of Norland', 'ORG'], ['Kestby', 'LOC']], ['ORG:University of Norland at Kestby']],
    ['joinNames', 'He spoke at the Norland Institute at Kestby.', [['Norland Institute', 'ORG'], ['Kestby', 'LOC']], ['ORG:Norland Institute', 'LOC:Kestby']],
    ['joinNames', 'She studied at the University of Tasmania, Hobart, in 1990.', [['University of Tasmania', 'ORG'], ['Hobart', 'PER']], ['ORG:University of Tasmania, Hobart']],
    ['joinNames', 'She studied at the University of Tasmania, Hobart Smith said.', [['University of Tasmania', 'ORG'], ['Hobart Smith', 'PER']], ['ORG:University of Tasmania', 'PER:Hobart Smith']],
    // a body named after two people of one family name
    ['joinNames', 'A grant came from the John and Mary Ostrander Foundation.', [['John', 'LOC'], ['Mary Ostrander Foundation', 'ORG']], ['ORG:John and Mary Ostrander Foundation']],
    ['joinNames', 'A grant came from the John D. and Mary T. Ostrander Foundation.', [['John D', 'PER'], ['Mary T Ostrander Foundation', 'ORG']], ['ORG:John D. and Mary T. Ostrander Foundation']],
    ['joinNames', 'Ida Renn and Mary Ostrander Foundation staff met.', [['Ida Renn', 'PER'], ['Mary Ostrander Foundation', 'ORG']], ['PER:Ida Renn', 'ORG:Mary Ostrander Foundation']],
    // the fields listed with commas before a body's "and" open its name; not after a name
    ['fieldsBeforeAnd', 'He chairs the Ports, Rail, Fisheries and Tourism Committee.', [['Fisheries and Tourism Committee', 'ORG']], ['ORG:Ports, Rail, Fisheries and Tourism Committee']],
    ['fieldsBeforeAnd', 'Ida Renn, Fisheries and Tourism Committee chair, spoke.', [['Ida Renn', 'PER'], ['Fisheries and Tourism Committee', 'ORG']], ['PER:Ida Renn', 'ORG:Fisheries and Tourism Committee']],
    // a body run into a member's name is two names; a one-word body before a name is one name
    ['splitNamedParts', 'It killed former Varnian Navy DIVERS John Ostrander and Ida Renn.', [['Varnian Navy DIVERS John Ostrander', 'ORG']], ['ORG:Varnian Navy DIVERS', 'PER:John Ostrander']],
    ['splitNamedParts', 'Shares of Bank John Ostrander rose.', [['Bank John Ostrander', 'ORG']], ['ORG:Bank John Ostrander']],
    // a chamber and a name in capitals own the body after them; a group of people does not
    ['splitAtPossessive', "She sits on the House's Standing Committee on Ports.", [['House Standing Committee on Ports', 'ORG']], ['ORG:House', 'ORG:Standing Committee on Ports']],
    ['splitAtPossessive', "She sits on the People's Standing Committee on Ports.", [['People Standing Committee on Ports', 'ORG']], ["ORG:People's Standing Committee on Ports"]],
    ['splitAtPossessive', "He is a member of NORVALE NOW's Board of Readers.", [['NORVALE NOW Board of Readers', 'ORG']], ['ORG:NORVALE NOW', 'ORG:Board of Readers']],
    ['splitAtPossessive', "He is a member of Norvale Now's Board of Readers.", [['Norvale Now Board of Readers', 'ORG']], ["ORG:Norvale Now's Board of Readers"]],
    // a stance on a name is no part of the body's name after it
    ['trimConnectors', 'Ads ran for the pro-Varco Growers Union.', [['pro-Varco Growers Union', 'ORG']], ['ORG:Growers Union']],
    ['trimConnectors', 'Ads ran for the Pro Growers Union.', [['Pro Growers Union', 'ORG']], ['ORG:Pro Growers Union']],
  ];
  it.each(rows)('%s: %s', (step, text, given, expected) => {
    expect(run(STEPS[step], text, given)).toEqual(expected);
  });
});
