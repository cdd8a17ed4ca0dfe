// The five seed articles: the entities a reader expects, and what must not be extracted.
// The stage is run on the raw fixture text (the pipeline would hand it the cleaned body).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { extractEntities, type Entity, type EntityType } from '../../src/entities/index.js';

const dir = new URL('../../fixtures/', import.meta.url);
const fixture = (prefix: string): string => {
  const file = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;
  return readFileSync(new URL(file, dir), 'utf8');
};
const cache = new Map<string, Entity[]>();
const entitiesOf = (prefix: string): Entity[] => {
  if (!cache.has(prefix)) cache.set(prefix, extractEntities(fixture(prefix)));
  return cache.get(prefix)!;
};
const find = (prefix: string, name: string): Entity | undefined => entitiesOf(prefix).find((e) => e.name === name);

// fixture | canonical name | type | a title it must carry | an alias it must carry
type Row = [string, string, EntityType, string?, string?];
// prettier-ignore
const expected: Row[] = [
  ['001', 'Vladimir Putin', 'person', 'President', 'Putin'],
  ['001', 'Joe Biden', 'person', 'President', 'President Biden'],
  ['001', 'Dmitry Peskov', 'person', 'Kremlin spokesman'],
  ['001', 'White House', 'place'],
  ['001', 'Kremlin', 'place'],
  ['001', 'TASS', 'organization'],
  ['001', 'Bloomberg', 'organization'],
  ['001', 'New York Times', 'organization'],
  ['001', 'North Atlantic Treaty Organization', 'organization', undefined, 'NATO'],
  ['001', 'SWIFT', 'organization'],
  ['001', 'Moscow', 'place'],
  ['001', 'Washington', 'place'],
  ['001', 'Kyiv', 'place', undefined, 'Kiev'],
  ['001', 'Sochi', 'place'],
  ['001', 'Geneva', 'place'],
  ['001', 'Crimea', 'place'],
  ['001', 'Donbas', 'place', undefined, 'Donbass'],
  ['001', 'Ukraine', 'place'],
  ['001', 'Russia', 'place'],
  ['001', 'Eastern Europe', 'place'],
  ['001', 'United Kingdom', 'place', undefined, 'Britain'],
  ['001', 'Iran', 'place'],
  ['003', 'Jake Sullivan', 'person', 'National Security Advisor'],
  ['003', 'Maxim Samorukov', 'person', undefined, 'Samorukov'],
  ['003', 'Moscow Carnegie Center', 'organization'],
  ['003', 'Carnegie Endowment', 'organization'],
  ['003', 'Eugene Rumer', 'person'],
  ['003', 'Andrew S Weiss', 'person'],
  ['003', 'Pavlo Klimkin', 'person'],
  ['003', 'Victoria Nuland', 'person'],
  ['003', 'Emmanuel Macron', 'person'],
  ['003', 'Angela Merkel', 'person'],
  ['003', 'Mario Draghi', 'person'],
  ['003', 'Boris Johnson', 'person'],
  ['003', 'Victor Yanukovych', 'person', 'President'],
  ['003', 'Anthony Blinken', 'person', 'Secretary of State'],
  ['003', 'Pentagon', 'organization'],
  ['003', 'European Union', 'organization'],
  ['003', 'Black Sea', 'place'],
  ['003', 'Donbas', 'place'],
  ['003', 'Eastern Europe', 'place'],
  ['000', 'Ned Price', 'person', 'State Department spokesman'],
  ['000', 'Wendy Sherman', 'person', 'Deputy Secretary of State'],
  ['000', 'Sergei Ryabkov', 'person', 'Deputy Foreign Minister'],
  ['000', 'NATO-Russia Council', 'organization'],
  ['000', 'Organization for Security and Co-operation in Europe', 'organization', undefined, 'Organization for Security and Cooperation in Europe'],
  ['000', 'State Department', 'organization'],
  ['000', 'Russian Foreign Ministry', 'organization'],
  ['000', 'CNN', 'organization'],
  ['000', 'Belarus', 'place'],
  ['000', 'Serbia', 'place'],
  ['002', 'Jen Psaki', 'person', 'US presidential spokeswoman'],
  ['002', 'Sergei Lavrov', 'person', 'Foreign Minister'],
  ['002', 'Volodymyr Zelensky', 'person', 'President'],
  ['002', 'Wendy Sherman', 'person', 'Undersecretary of State'],
  ['002', 'Wilmington', 'place'],
  ['002', 'Delaware', 'place'],
  ['002', 'Organization for Security and Co-operation in Europe', 'organization', undefined, 'OSCE'],
  ['004', 'Volodymyr Zelenskiy', 'person', 'President'],
  ['004', 'Jake Sullivan', 'person'],
  ['004', 'Dmitry Peskov', 'person', 'Kremlin spokesman'],
];

// Known gaps: rows the stage gets wrong today, visible as skipped tests with their reason.
const GAPS: Record<string, string> = {
  '000 Russian Foreign Ministry':
    'the tagger finds no name in "published by the Russian Foreign Ministry earlier in December" in this article (it does in the sentence alone)',
};

describe('fixture entities', () => {
  const rows = expected.filter(([prefix, name]) => !GAPS[`${prefix} ${name}`]);
  for (const [key, reason] of Object.entries(GAPS)) it.skip(`${key}: ${reason}`, () => {});
  it.each(rows)('%s: %s is a %s', (prefix, name, type, title, alias) => {
    const e = find(prefix, name);
    expect(
      e,
      `${name} in ${prefix}: ${entitiesOf(prefix)
        .map((x) => x.name)
        .join(' | ')}`,
    ).toBeDefined();
    expect(e!.type).toBe(type);
    if (title) expect(e!.titles ?? []).toContain(title);
    if (alias) expect(e!.aliases).toContain(alias);
  });
});

// fixture | text that must be neither an entity name nor an alias
// prettier-ignore
const forbidden: [string, string][] = [
  ['000', 'State Wendy'],
  ['000', 'December'],
  ['000', 'Putin-Biden'],
  ['001', 'Tuesday'],
  ['001', 'Mr. President'],
  ['001', 'President'],
  ['001', 'Western'],
  ['002', 'Russian gas'],
  ['002', 'British'],
  ['002', 'Westerners'],
  ['002', 'Russia-US'],
  ['003', 'Russian gas'],
  ['003', 'Russian military'],
  ['003', 'And Pavlo Klimkin'],
  ['003', 'French Emmanuel Macron'],
  ['003', 'Ukrainian Foreign Minister'],
  ['003', 'Soviet'],
  ['003', 'Crimean'],
  ['004', 'Путиным'],
  ['004', 'РИА'],
  ['004', 'Tuesday'],
];

describe('what is not an entity', () => {
  it.each(forbidden)('%s: no entity "%s"', (prefix, text) => {
    const hits = entitiesOf(prefix).filter((e) => e.name === text || e.aliases.includes(text));
    expect(hits.map((e) => e.id)).toEqual([]);
  });

  it('no entity is made of Cyrillic text', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      for (const e of entitiesOf(prefix)) expect(/\p{Script=Cyrillic}/u.test(e.name)).toBe(false);
    }
  });
});

describe('one entity per real-world referent', () => {
  // fixture | canonical name | every alias listed must land on that entity
  // prettier-ignore
  const merges: [string, string, string[]][] = [
    ['001', 'Joe Biden', ['Biden', 'President Biden', 'Joe Biden']],
    ['001', 'Vladimir Putin', ['Putin', 'Vladimir Putin']],
    ['003', 'Maxim Samorukov', ['Samorukov']],
    ['002', 'United States', ['US', 'United States']],
  ];
  it.each(merges)('%s: %s gathers %j', (prefix, name, aliases) => {
    const e = find(prefix, name)!;
    expect(e).toBeDefined();
    for (const a of aliases) expect(e.aliases).toContain(a);
    const others = entitiesOf(prefix).filter((x) => x !== e && x.aliases.some((a) => aliases.includes(a)));
    expect(others.map((x) => x.name)).toEqual([]);
  });
});

describe('mention hygiene on every fixture', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    it(`${prefix}: spans map back, no punctuation or possessive inside, ids unique, order by first mention`, () => {
      const text = fixture(prefix);
      const entities = entitiesOf(prefix);
      const ids = new Set<string>();
      let lastFirst = -1;
      for (const e of entities) {
        expect(ids.has(e.id)).toBe(false);
        ids.add(e.id);
        expect(e.id.startsWith(`${e.type}:`)).toBe(true);
        expect(e.mentions[0]!.start).toBeGreaterThanOrEqual(lastFirst);
        lastFirst = e.mentions[0]!.start;
        let prev = -1;
        for (const m of e.mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect([m.rawStart, m.rawEnd]).toEqual([m.start, m.end]);
          expect(m.start).toBeGreaterThan(prev);
          prev = m.start;
          // starts and ends with a letter or digit (an abbreviation may end with its period: "U.S.")
          expect(m.text).not.toMatch(/^[^\p{L}\p{N}]|[^\p{L}\p{N}.]$/u);
          expect(m.text).not.toMatch(/["“”«»()]|['’‘]s$/u);
          expect(m.text).not.toMatch(/^(And|But|The|Or) /);
        }
      }
    });
  }
});

// The pipeline hands this stage the cleaned body (markdown links and boilerplate removed),
// so these checks run on clean(raw).text, as normalizeArticle does.
describe('fixture entities on the cleaned text', () => {
  const cleanCache = new Map<string, Entity[]>();
  const cleaned = (prefix: string): Entity[] => {
    if (!cleanCache.has(prefix)) cleanCache.set(prefix, extractEntities(clean(fixture(prefix)).text));
    return cleanCache.get(prefix)!;
  };
  const named = (prefix: string, name: string): Entity | undefined => cleaned(prefix).find((e) => e.name === name);

  // fixture | name | titles it must carry (exactly, in order)
  // prettier-ignore
  const titled: [string, string, string[]][] = [
    ['003', 'Joe Biden', ['President']], // "Presidents Joe Biden and Vladimir Putin"
    ['003', 'Vladimir Putin', ['President']],
    ['003', 'Pavlo Klimkin', ['Ukrainian Foreign Minister']], // appositive after the name
    ['003', 'Maxim Samorukov', ['fellow at the Moscow Carnegie Center']],
    ['001', 'Joe Biden', ['President']],
  ];
  it.each(titled)('%s: %s has titles %j', (prefix, name, titles) => {
    const e = named(prefix, name);
    expect(
      e,
      cleaned(prefix)
        .map((x) => x.name)
        .join(' | '),
    ).toBeDefined();
    expect(e!.titles ?? []).toEqual(titles);
  });

  // fixture | text that must be no entity's name, alias or mention
  // prettier-ignore
  const absent: [string, string][] = [
    ['002', 'Cooperation'], // "January 13. and Cooperation in Europe (OSCE)"
    ['003', 'Nord Stream'], // a pipeline: none of our types (dropped, see ARTIFACT_NOUNS_AFTER)
    ['003', 'Presidents Joe Biden'], // a plural title shared by two names is no alias of one
    ['003', 'Ukrainian Foreign Minister'],
    ['003', 'French Emmanuel Macron'],
  ];
  it.each(absent)('%s: no "%s"', (prefix, text) => {
    const hits = cleaned(prefix).filter(
      (e) => e.name === text || e.aliases.includes(text) || e.mentions.some((m) => m.text === text),
    );
    expect(hits.map((e) => e.id)).toEqual([]);
  });

  it('titles stay outside every mention span', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      for (const e of cleaned(prefix)) {
        for (const title of e.titles ?? []) expect(e.mentions.some((m) => m.text.startsWith(`${title} `))).toBe(false);
      }
    }
  });
});
