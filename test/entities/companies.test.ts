// Well-known companies (companies-data.ts, issue 10): typed organizations where the tagger reads a
// person or a place, found whole where it cuts or misses a name of several words, and one id for
// all the forms news writes. Invented sentences around real company names, negatives beside them.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { canonicalEntity } from '../../src/entities/countries.js';
import { COMPANY_ROWS } from '../../src/entities/companies-data.js';
import { regionCountry } from '../../src/entities/regions.js';
import { isNationalBodyForm } from '../../src/entities/national-bodies.js';
import { isPlatformName } from '../../src/lexicon/platforms.js';
import { WIRE_AGENCIES } from '../../src/lexicon/news-agencies.js';
import { KNOWN_ORGANIZATIONS } from '../../src/lexicon/name-parts.js';
import { summary } from './support/entities.js';

describe('a company of the table is an organization, under its canonical name', () => {
  // text | entity (type:name)
  // prettier-ignore
  const rows: [string, string][] = [
    // read as a person or a place by the tagger
    ['Anthropic said on Tuesday its new model would be free for schools.', 'organization:Anthropic'],
    ['BYD sold more electric cars than Tesla in the quarter.', 'organization:Tesla'],
    ['Hyundai Motor and Kia recalled 90,000 cars.', 'organization:Kia'],
    ['Analysts at Mizuho cut their target for the shares.', 'organization:Mizuho'],
    ['The contract went to Lockheed Martin and Northrop Grumman.', 'organization:Lockheed Martin'],
    ['Huawei and Xiaomi launched new phones in Shenzhen.', 'organization:Huawei'],
    ['The workers of Foxconn went on strike.', 'organization:Foxconn'],
    ['Wizz Air cancelled flights to Tel Aviv.', 'organization:Wizz Air'],
    ['Louis Vuitton opened a store in Seoul.', 'organization:Louis Vuitton'],
    // a name of several words the tagger cut or missed
    ['Marks and Spencer said clothing sales rose in the spring.', 'organization:Marks & Spencer'],
    ['Procter and Gamble raised its forecast.', 'organization:Procter & Gamble'],
    ['Saudi Aramco cut its prices for Asian buyers in May.', 'organization:Saudi Aramco'],
    ['Shares of Nvidia and Broadcom rose on Wednesday.', 'organization:Broadcom'],
    // a one-word company the tagger passed over, written with lower case letters
    ['TotalEnergies and Equinor signed the deal.', 'organization:TotalEnergies'],
    // another form, a legal designator: the canonical name
    ['VW said it would cut 35,000 jobs.', 'organization:Volkswagen'],
    ['Volkswagen AG said on Monday profits fell.', 'organization:Volkswagen'],
    ['Tata Motors Ltd. said it would split into two companies.', 'organization:Tata Motors'],
    ['Taiwan Semiconductor Manufacturing Company said demand was strong.', 'organization:TSMC'],
    ['Meta Platforms said revenue rose.', 'organization:Meta'],
  ];
  it.each(rows)('%s -> %s', (text, expected) => {
    expect(summary(text)).toContain(expected);
  });

  // negatives: a person named like a company, a place, a common word at a sentence start, a body
  // prettier-ignore
  const negatives: [string, string[]][] = [
    ['Henry Ford built his first car in Detroit.', ['person:Henry Ford', 'place:Detroit']],
    ['Nikola Tesla was born in 1856. Tesla moved to New York in 1884.', ['person:Nikola Tesla', 'place:New York']],
    ['Mr. Porsche declined to comment.', ['person:Porsche']],
    ['Fishermen on the Amazon said the river was low.', ['place:Amazon']],
    ['Apple orchards in Kent were hit by frost.', ['place:Kent']],
    ['Shell casings were found at the scene, police said.', []],
    ['Total sales rose 3 percent in May.', []],
    // a company's acronym in capitals the tagger passed over stays unread (basis points, a chess title)
    ['Spreads widened by 25 BP.', []],
    ["The People's Bank of China cut its rates.", ["organization:People's Bank of China"]],
  ];
  it.each(negatives)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('one id for a company in every article, whichever form it writes', () => {
  const idOf = (text: string, form: string): string | undefined =>
    extractEntities(text).find((e) => e.aliases.includes(form))?.id;
  // form in one article | form in the other | id
  // prettier-ignore
  const rows: [string, string, string][] = [
    ['VW', 'Volkswagen', 'organization:volkswagen'],
    ['Volkswagen AG', 'VW', 'organization:volkswagen'],
    ['TSMC', 'Taiwan Semiconductor Manufacturing Company', 'organization:tsmc'],
    ['Meta', 'Meta Platforms', 'organization:meta'],
    ['Exxon', 'ExxonMobil', 'organization:exxonmobil'],
  ];
  it.each(rows)('"%s" and "%s" -> %s', (a, b, id) => {
    expect(idOf(`Workers at ${a} said on Monday the plant would close.`, a)).toBe(id);
    expect(idOf(`Workers at ${b} said on Monday the plant would close.`, b)).toBe(id);
  });
  it('"VW" and "Volkswagen" in one article are one entity', () => {
    const found = extractEntities('Volkswagen said it would cut 35,000 jobs. VW shares fell 2 percent.');
    expect(found.map((e) => `${e.name}: ${[...e.aliases].sort().join(', ')}`)).toEqual(['Volkswagen: VW, Volkswagen']);
  });
});

describe('the company table names nothing else', () => {
  const forms = COMPANY_ROWS.flatMap(([name, list]) => list.split('|').map((form) => [name, form] as const));
  it('every form is read back as its company', () => {
    const wrong = forms.filter(([name, form]) => canonicalEntity(form)?.name !== name);
    expect(wrong).toEqual([]);
  });
  it('no form is a country, an international or national body, a platform or a wire agency', () => {
    // "Meta" is also a department of Colombia: the company is what news names
    const clash = forms.filter(
      ([, form]) =>
        (regionCountry(form) !== null && form !== 'Meta') ||
        isNationalBodyForm(form) ||
        isPlatformName(form) ||
        WIRE_AGENCIES.includes(form) ||
        KNOWN_ORGANIZATIONS.has(form.toLowerCase()),
    );
    expect(clash).toEqual([]);
  });
  it('a designator after a name that is no form of a company finds nothing', () => {
    expect(canonicalEntity('Volkswagen AG')?.name).toBe('Volkswagen');
    expect(canonicalEntity('Apple Inc.')?.name).toBe('Apple');
    expect(canonicalEntity('Apple')).toBeNull();
    expect(canonicalEntity('Ford')).toBeNull();
    expect(canonicalEntity('Germany Group')).toBeNull();
  });
});
