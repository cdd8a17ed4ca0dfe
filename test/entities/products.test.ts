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
import { isProductName, isSpecPhrase, productAfterMaker, productNameAtStart } from '../../src/entities/products.js';
import { isLettersDigitsCode } from '../../src/entities/rules.js';
import { parseText } from '../../src/entities/parse.js';
import { summary } from './support/entities.js';
import { extractEntities } from '../../src/entities/index.js';

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

describe('products on shop and review pages', () => {
  // text | entities (type:name); each row beside its negative
  // prettier-ignore
  const rows: [string, string[]][] = [
    // a maker no table knows before its product's line: a price or a device noun after it, the maker alone elsewhere
    ['Tovaro Breeze camera kit for $45\n\nMore from Tovaro\n\nThe Tovaro Breeze watches a room day and night.', ['organization:Tovaro']],
    ['Tovaro Breeze R7 for $45\n\nTovaro said the Breeze sold out in a day.', ['organization:Tovaro']],
    ['Marta Quell for $45\n\nMarta Quell won the vote. Marta said she was proud.', ['person:Marta Quell']],
    // model codes and a device noun after the line
    ['Varnel Cirrus M450 XT2 Router for $120', ['organization:Varnel']],
    // an artifact a state names after a code is no maker's product line
    ['Gas flows through the Kestrin Link 2 pipeline again, Tessa Varn said.', ['person:Tessa Varn']],
    // a specification in Title Case
    ['The watch comes in Rose Gold Aluminium with a matching strap.', []],
    ['The QLED Smart TV menu loads fast, reviewers in Leeds said.', ['place:Leeds']],
    ['He sailed across the Black Sea to Varna.', ['place:Black Sea', 'place:Varna']],
    // the product right after a registered or trademark sign (see also the names that are no entity below)
    ['The mark is registered®. Lenmark Bank said it would appeal.', ['organization:Lenmark Bank']],
    // where a product is bought
    ['Kettles are cheap this week: buy them at Zorvane Direct for $59.', ['organization:Zorvane Direct']],
    ['Buy them from China for $5 each, the trader said.', ['place:China']],
    // a product line's editions
    ['Both the Gold and Deluxe Editions ship with a map and a poster.', []],
    ['Harlow Editions, a publisher in Leeds, said it would print the book.', ['organization:Harlow Editions', 'place:Leeds']],
    // after a prefix and a word of English, a name (see also the names that are no entity below)
    ['After co-founder Tessa Varn left in May, the firm cut jobs.', ['person:Tessa Varn']],
    // a known maker before a product's noun is the maker
    ['She wore a Garmin sensor on her wrist during the race in Leeds.', ['organization:Garmin', 'place:Leeds']],
    ['Tessa Garmin told the court she was innocent.', ['person:Tessa Garmin']],
    // an account or a subscription is a company's
    ['Stream films on Tavuna, or open a Tavuna account today.', ['organization:Tavuna']],
    ['New users can open a Tavuna account in minutes, and a Tavuna account costs $5 a month.', ['organization:Tavuna']],
    ['Prices in Lenford rose, and Lenford accounts for a third of sales.', ['place:Lenford']],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  // text | a name that is no entity there: a product after a registered sign or after a product's
  // name written with a lower-case letter first
  // prettier-ignore
  const products: [string, string][] = [
    ['Add two spoons of Fenwick® Highland Gold Syrup.', 'Highland Gold Syrup'],
    ['Reviewers liked the Kestrin e-volt Roadline, and the e-volt Roadline seats five.', 'Roadline'],
  ];
  it.each(products)('%s -> no %s', (text, name) => {
    expect(extractEntities(text).map((e) => e.name)).not.toContain(name);
  });

  it('reads a code before a Title-Case word and an artifact noun as a model, not a body', () => {
    const chip = parseText('Inside: K42 Vortex chipset and a fast modem.');
    expect(isLettersDigitsCode(chip.text, chip.tokens, 1)).toBe(false);
    const party = parseText('Then K42 and the Greens voted no.');
    expect(isLettersDigitsCode(party.text, party.tokens, 1)).toBe(true);
  });

  it('reads a specification in Title Case', () => {
    expect(isSpecPhrase(['Midnight', 'Blue', 'Leather'])).toBe(true);
    expect(isSpecPhrase(['QLED', 'Smart', 'TV'])).toBe(true);
    expect(isSpecPhrase(['Unlocked', 'Model'])).toBe(true);
    expect(isSpecPhrase(['Blue', 'Sport', 'Loop'])).toBe(true);
    expect(isSpecPhrase(['Refurbished'])).toBe(true);
    expect(isSpecPhrase(['Smart'])).toBe(false);
    expect(isSpecPhrase(['Red', 'Band'])).toBe(false);
    expect(isSpecPhrase(['Black', 'Sea'])).toBe(false);
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
