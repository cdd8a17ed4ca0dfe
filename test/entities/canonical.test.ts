// Canonical names and ids across articles: the same country, international body or person
// gets the same id in every article, whichever written form or transliteration the article
// uses. The articles are invented, in the style of wire copy and machine-translated news.
import { describe, expect, it } from 'vitest';
import { extractEntities, type Entity } from '../../src/entities/index.js';
import { canonicalEntity } from '../../src/entities/countries.js';
import { idSlug } from '../../src/entities/merge-mentions.js';

const ARTICLES = [
  'U.S. officials said on Monday that the Organization for Security and Co-operation in Europe (OSCE) would send more monitors. ' +
    'President Volodymyr Zelensky welcomed the decision, while Kremlin spokesman Dmitry Peskov said Moscow would study it.',
  'The United States and its allies warned Moscow again on Tuesday. The OSCE said its mission would stay in the region. ' +
    'Ukrainian leader Volodymyr Zelenskyy thanked the monitors, and Dmitry Peskow told reporters the Kremlin saw no reason for alarm.',
  "America's allies met in Vienna on Wednesday. Officials from the US said Volodymyr Zelenskiy would join by video link. " +
    'Dmitri Peskov, the Kremlin spokesman, declined to comment on the talks.',
];

const entitiesOf = ARTICLES.map((a) => extractEntities(a));
const idOf = (article: number, alias: string): string | undefined =>
  entitiesOf[article]!.find((e: Entity) => e.aliases.includes(alias) || e.name === alias)?.id;

describe('one id for one entity in every article', () => {
  // entity | id | the form written in each article
  // prettier-ignore
  const rows: [string, string, [string, string, string]][] = [
    ['the United States', 'place:united-states', ['U.S.', 'United States', 'US']],
    ['Volodymyr Zelensky', 'person:volodymyr-zelensky', ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy']],
    ['Dmitry Peskov', 'person:dmitry-peskov', ['Dmitry Peskov', 'Dmitry Peskow', 'Dmitri Peskov']],
  ];
  it.each(rows)('%s', (_name, id, forms) => {
    forms.forEach((form, k) => expect(idOf(k, form), `article ${k}: ${form}`).toBe(id));
  });

  it('the OSCE has one id whether the article spells it out or not', () => {
    const id = 'organization:organization-for-security-and-co-operation-in-europe';
    expect(idOf(0, 'OSCE')).toBe(id);
    expect(idOf(0, 'Organization for Security and Co-operation in Europe')).toBe(id);
    expect(idOf(1, 'OSCE')).toBe(id);
  });

  it('the acronym and its expansion in one article are one entity', () => {
    const osce = entitiesOf[0]!.filter(
      (e) => e.aliases.includes('OSCE') || e.aliases.includes('Organization for Security and Co-operation in Europe'),
    );
    expect(osce).toHaveLength(1);
    expect(osce[0]!.name).toBe('Organization for Security and Co-operation in Europe');
  });

  it('"America" and "US" in one article are one country', () => {
    const us = entitiesOf[2]!.filter((e) => e.id === 'place:united-states');
    expect(us).toHaveLength(1);
    expect(us[0]!.aliases).toEqual(expect.arrayContaining(['America', 'US']));
  });
});

describe('canonicalEntity', () => {
  // written form | canonical name (null: none)
  // prettier-ignore
  const rows: [string, string | null][] = [
    ['U.S.', 'United States'],
    ['USA', 'United States'],
    ['America', 'United States'],
    ['the United States', 'United States'],
    ['Britain', 'United Kingdom'],
    ['UK', 'United Kingdom'],
    ['Russian Federation', 'Russia'],
    ['Türkiye', 'Turkey'],
    ['the Netherlands', 'Netherlands'],
    ['Holland', 'Netherlands'],
    ['NATO', 'North Atlantic Treaty Organization'],
    ['U.N.', 'United Nations'],
    ['Fed', 'Federal Reserve'],
    // negatives: a pronoun, a bird, an ambiguous name, a person
    ['us', null],
    ['turkey', null],
    ['Congo', null],
    ['Jordan Peterson', null],
  ];
  it.each(rows)('%s -> %s', (form, name) => {
    expect(canonicalEntity(form)?.name ?? null).toBe(name);
  });
});

describe('idSlug folds transliteration variants of a name', () => {
  // variants that share an id | a different name that must not
  // prettier-ignore
  const rows: [string[], string][] = [
    [['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Volodymyr Zelenski'], 'Volodymyr Zelinsky'],
    [['Dmitry Peskov', 'Dmitri Peskov', 'Dmitry Peskow'], 'Dmitry Pesko'],
    [['Mikhail Khodorkovsky', 'Mikhail Hodorkovsky'], 'Mikhail Gorbachev'],
  ];
  it.each(rows)('%j', (variants, other) => {
    const ids = new Set(variants.map(idSlug));
    expect(ids.size).toBe(1);
    expect(ids.has(idSlug(other))).toBe(false);
  });
});
