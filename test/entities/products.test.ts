// Well-known products (products-data.ts): never one of our types, and the maker written before its
// product is the organization, the product no name. Invented sentences around real product names,
// negatives beside them.
import { describe, expect, it } from 'vitest';
import { canonicalEntity, isKnownPlaceName } from '../../src/entities/countries.js';
import { isCityName } from '../../src/entities/cities.js';
import { isNationalBodyForm } from '../../src/entities/national-bodies.js';
import { isPlatformName } from '../../src/lexicon/platforms.js';
import { isCommonNounAcronym } from '../../src/lexicon/common-acronyms.js';
import { PRODUCT_ROWS } from '../../src/entities/products-data.js';
import { isProductName, productAfterMaker, productNameAtStart } from '../../src/entities/products.js';
import { summary } from './support/entities.js';

describe('a product is no entity; its maker before it is the organization', () => {
  // text | entities (type:name)
  // prettier-ignore
  const rows: [string, string[]][] = [
    // a product of the table alone, in the plural too
    ['She bought new AirPods for her son.', []],
    ['Sales of iPhones fell in the quarter, the report said.', []],
    ['The update makes Bluetooth pairing faster.', []],
    ['The airline will fly the Dreamliner to Lima from May.', ['place:Lima']],
    ['Fans waited hours to play Red Dead Redemption at the fair.', []],
    ['A MacBook was stolen from the office in Leeds.', ['place:Leeds']],
    // a maker before one of its products, a model code or a number
    ['The Motorola Razr folds in half.', ['organization:Motorola']],
    ['He gave his daughter a Nintendo Switch Lite for her birthday.', ['organization:Nintendo']],
    ['The new VW Tiguan Allspace goes on sale in June.', ['organization:Volkswagen']],
    ['The laptop runs on an Intel Core processor.', ['organization:Intel']],
    ['The airline ordered ten Airbus A350 jets.', ['organization:Airbus']],
    ['Critics liked the Honda Civic more than the Nissan Sentra.', ['organization:Honda', 'organization:Nissan']],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  // negatives: a product's name that is also a word or another name alone, a company's own form
  // that ends in a word of a product line, a person named like a product
  // prettier-ignore
  const negatives: [string, string][] = [
    ['Talks in Geneva failed to switch the vote, Nintendo said.', 'organization:Nintendo'],
    ['Shares of Samsung SDI rose 4 percent on Monday.', 'organization:Samsung SDI'],
    ['Workers at Toyota Motor Corp went on strike.', 'organization:Toyota'],
    ['Galaxy Ridge residents met in Leeds on Monday.', 'place:Leeds'],
    ['Nikola Tesla was born in 1856.', 'person:Nikola Tesla'],
  ];
  it.each(negatives)('%s', (text, expected) => {
    expect(summary(text)).toContain(expected);
  });
});

describe('the product table', () => {
  it('reads names alone, after the maker and at the start of a longer name', () => {
    expect(isProductName('AirPods')).toBe(true);
    expect(isProductName('iPhones')).toBe(true);
    expect(isProductName('Powerbeats3')).toBe(true);
    expect(isProductName('Honda Civic')).toBe(true);
    expect(isProductName('VW Golf')).toBe(true);
    expect(isProductName('Civic')).toBe(false);
    expect(isProductName('Switch')).toBe(false);
    expect(productNameAtStart(['Xbox', 'Series', 'X', 'bundle'])).toBe(3);
    expect(productAfterMaker('Nintendo', ['Switch', 'Lite'])).toBe(true);
    expect(productAfterMaker('Honda', ['Switch'])).toBe(false);
  });
  const names = PRODUCT_ROWS.flatMap(([, alone]) => alone.split('|').filter((n) => n !== ''));
  it('no name alone is a place, a city, a known body, a company, a platform or a common acronym', () => {
    const clash = names.filter(
      (n) =>
        isKnownPlaceName(n) ||
        isCityName(n) ||
        canonicalEntity(n) !== null ||
        isNationalBodyForm(n) ||
        isPlatformName(n) ||
        isCommonNounAcronym(n),
    );
    expect(clash).toEqual([]);
  });
});
