// Captions on article-only input: a caption phrase (no sentence, no final full stop) carrying
// its credit at the end, a caption label at its start, or an agency's name as its last word.
// Every shape has rows that must go beside rows of article text that must stay.
import { describe, expect, it } from 'vitest';
import { captionTailCredit, trailingAgency } from '../../src/clean/rules/credit/caption-tail.js';
import { isCreditWords } from '../../src/clean/rules/credit/photo-credit.js';
import { cleanChecked, rulesFired } from './support.js';

const BODY = 'The harbour authority approved the new ferry terminal on Tuesday after two years of talks.';
const MORE = 'Construction is due to start in the spring, a spokeswoman for the authority said on Wednesday.';
const LAST = 'The first ships are expected to dock there in 2027, the council said in a statement.';

// A caption between paragraphs of the article goes with `rule`.
// prettier-ignore
const removed: Array<[rule: string, caption: string]> = [
  ['credit/caption', 'Rescue workers on the flooded bypass near the old mill (Photo: Tom Baxter)'],
  ['credit/caption', 'The prime minister arriving at the summit venue (Image: Westfield Gazette)'],
  ['credit/caption', 'Der Bürgermeister bei der Eröffnung der Brücke (Foto: dpa)'],
  ['credit/caption', 'El alcalde durante la inauguración del puerto (Imagen: EFE/Lucía Pardo)'],
  ['credit/caption', 'The finance minister addressing parliament (PTI Photo)'],
  ['credit/caption', 'Delegates at the climate conference in the capital (Xinhua Photo)'],
  ['credit/caption', 'Workers on the assembly line at the car plant (file photo)'],
  ['credit/caption', 'Die Fähre im Hafen von Kiel (Archivbild)'],
  ['credit/caption', 'Cargo containers stacked at the port (Joe Miller/AFP)'],
  ['credit/caption', 'Volunteers clearing the beach after the storm (Photo by Ann Kerr)'],
  ['credit/caption', 'Le Premier ministre à son arrivée à Matignon (Photo AFP)'],
  ['credit/caption', 'Premier podczas konferencji prasowej w Warszawie (fot. Jan Nowak/PAP)'],
  ['credit/caption', 'The old lighthouse before its restoration (Courtesy of Ann Kerr)'],
  ['credit/caption', 'Een veerboot in de haven van Harlingen (beeld: ANP)'],
  ['credit/caption', '(Photo: Ann Kerr)'],
  ['credit/caption', 'A container ship leaves the harbour at dusk Ann Kerr/AFP'],
  ['credit/caption', 'Riot police stand guard outside the parliament building REUTERS/Ann Kerr'],
  ['credit/caption', 'A tram at a stop in the old town © Keystone'],
  ['credit/caption', 'Un treno regionale in stazione © ANSA/Marco Rossi'],
  ['credit/caption', 'Voters queuing outside a polling station in the suburbs — Photo: Maria Santos/Reuters'],
  ['credit/caption', 'Ein Windrad bei Sonnenuntergang in Niedersachsen Foto: Karl Brenner / dpa'],
  ['credit/caption', 'Trabajadores en la planta de energía solar | Imagen: Europa Press'],
  ['credit/caption', 'Lifeboat crew on the slipway at dawn Image: picture alliance/dpa | Hans Vogel'],
  ['credit/caption', 'A tram depot on the edge of the city - archive photo'],
  ['credit/caption', 'Una panadería en el centro de la ciudad – foto de archivo'],
  ['credit/caption', 'Photo: The harbour at dawn, where the new terminal will be built'],
  ['credit/caption', 'Image: Commuters with umbrellas at the main station on Friday morning'],
  ['credit/caption', 'Bild: Der neue Bahnhof kurz vor der Eröffnung im Sommer'],
  ['credit/caption', 'Foto: La plaza mayor durante la fiesta del patrón'],
  ['credit/caption', 'Foto: Die Baustelle des Fährterminals im Winter. Bild: picture alliance/dpa | Jana Roth'],
  ['credit/caption', 'Sauveteurs dans la vieille ville. Photo d’illustration'],
  ['credit/caption', 'Rescue boats moored in the marina | Symbolbild'],
  ['credit/caption', 'Archivfoto'],
  ['credit/photo', 'Bild: Keystone/Ann Kerr'],
  ['credit/photo', 'Foto: picture alliance / dpa'],
  ['credit/photo', 'Photo: supplied'],
  ['credit/photo', 'ⓒ Example News'],
  ['credit/reporting', '(With inputs from IANS)'],
  ['credit/reporting', 'With inputs from agencies'],
  ['credit/reporting', '(With agency inputs)'],
  ['credit/caption-credit', 'A man walks past a shuttered bank branch in the city centre Getty Images'],
  ['credit/caption-credit', 'Traders on the floor of the stock exchange in the morning AFP via Getty Images'],
  ['credit/caption-credit', 'Tourists waiting for the ferry at the harbour of Hvar AFP'],
  ['credit/caption-credit', 'Firefighters at a burning warehouse on the outskirts of Rotterdam ANP'],
  // a caption sentence, then a credit its label announces
  ['credit/caption', 'Dredgers at work on the new quay. Beeld: Pieter Smit/HN'],
  ['credit/caption', 'Crews repair a damaged line near the border. Photo: press office of the regional council'],
  ['credit/caption', 'A tractor bales hay near Moose Jaw on Friday. Photo by Dana Fehr /Prairie Times'],
  ['credit/caption', 'Workers leave the shaft after the night shift. Fot. Jan Kowal / Mining News'],
  ['credit/caption', 'Residents bail water from a shop in the old town on Monday. —PHOTO COURTESY OF TOWN HALL'],
  ['credit/caption', 'The minister at the signing ceremony (Photo: Ministry of Transport)'],
  ['credit/caption', 'The first ferry arrives on the morning of the 3rd (photographed by the Island Post drone)'],
];

// Article lines that look like those captions and must stay.
// prettier-ignore
const kept: Array<[why: string, paragraph: string]> = [
  ['a sentence about a photo', 'The photo, taken by Jane Doe in 2019, shows the harbour before the flood.'],
  ['a sentence ending in a credit and a full stop', 'The mayor opened the bridge on Friday (Photo: Tom Baxter).'],
  ['a subheading with an award in parentheses', 'Nominees in the main category (Best Picture)'],
  ['a subheading with a party list in parentheses', 'Seats won in the regional vote (Labour/Greens)'],
  ['a subheading with a party list at its end', 'Seats won in the regional vote Labour/Greens'],
  ['a subheading with a photo finish', 'How the race was decided (Photo Finish)'],
  ['a sentence that cites an agency', 'The ferry company confirmed the cancellations, according to AFP'],
  ['a sentence whose speaker is an agency', 'Shipping on the river will resume next week, the port authority told Reuters'],
  ['a sentence with a copyright sign', 'The rights to the song, © 1998 by its author, were sold in 2020.'],
  ['a two-sentence paragraph with a label', 'Photo: The council published the plans on Monday. Residents have until May to object.'],
  ['a label with a lead-in colon', 'Image: what the new terminal will look like:'],
  ['a Title Case headline ending in an acronym', 'Ferry Operators Sign New Deal With ANP'],
  ['a sentence-case headline ending in an agency after a preposition', 'Ferry strike ends after talks with EFE'],
  ['an archive sentence', 'The council kept the old plans in its archive.'],
  ['a lone menu word', 'Archive'],
  ['a sentence opening with inputs', 'With inputs from consumers, the firm redesigned its app.'],
  ['a subheading about inputs', 'AI inputs'],
  ['a label and a phrase in lower case', 'Photo: the best of the week'],
  ['an agency as an object', 'The agency sold its pictures to Getty Images'],
  ['a sentence then a sentence opening with "Photo"', 'The mayor kept the picture from May. Photo opportunities were rare that year.'],
  ['a photo by a place', 'The mayor posed for a photo by the river'],
  ['a graphic with its title and link', 'Terminal traffic by month (Graphic: Ferry crossings in 2024 - here )'],
];

describe('caption phrases with a credit or a label go', () => {
  it.each(removed)('%s removes %j', (rule, caption) => {
    expect(rulesFired([BODY, MORE, caption, LAST].join('\n\n'))).toContain(rule);
  });
  it('the credit goes to metadata', () => {
    const result = cleanChecked([BODY, MORE, 'Rescue workers on the bypass (Photo: Tom Baxter)', LAST].join('\n\n'));
    expect(result.metadata.credits).toContain('Photo: Tom Baxter');
    expect(result.text).toBe([BODY, MORE, LAST].join('\n\n'));
  });
});

describe('article text that looks like a caption stays', () => {
  it.each(kept)('%s', (_why, paragraph) => {
    for (const raw of [[BODY, paragraph, MORE].join('\n\n'), [BODY, MORE, paragraph].join('\n\n')]) {
      expect(cleanChecked(raw).text.split('\n\n')).toContain(paragraph);
    }
  });
  it('a label line that opens the page (a title) stays', () => {
    const title = 'Photo: The ferry terminal that changed the harbour';
    expect(cleanChecked([title, BODY, MORE].join('\n\n')).text).toContain(title);
  });
  it('an agency at the end of a caption-like line at the top of the page stays', () => {
    const line = 'Tourists waiting for the ferry at the harbour of Hvar AFP';
    expect(cleanChecked([line, BODY, MORE].join('\n\n')).text).toContain(line);
  });
});

describe('caption-tail helpers', () => {
  // prettier-ignore
  const tails: Array<[text: string, credit: string | undefined]> = [
    ['Rescue workers at the mill (Photo: Tom Baxter)', 'Photo: Tom Baxter'],
    ['Rescue workers at the mill (archive)', ''],
    ['(archive)', undefined],
    ['Rescue workers at the mill (Best Picture)', undefined],
    ['Rescue workers at the mill (Photo: the man who saw it)', undefined],
    ['Rescue workers said "we are ready" (Photo: Tom Baxter)', undefined],
    ['He left. Rescue workers at the mill (Photo: Tom Baxter)', undefined],
    ['A tram in the old town © Keystone', '© Keystone'],
    ['A tram in the old town © Keystone.', undefined],
    ['The paper belongs to a media group. © 2025 Media Group Ltd', undefined],
    ['A tram in the old town. Later 2024.5.6/Agency ⓒ Agency Reporter Jane Roe', undefined],
    ['A tram in the old town on the 6th. 2024.5.6/Agency ⓒ Agency Reporter Jane Roe', 'ⓒ Agency Reporter Jane Roe'],
    ['A tram in the old town — Photo: Jane Roe/AFP', 'Photo: Jane Roe/AFP'],
    ['A tram in the old town — photo: Jane Roe/AFP', 'Jane Roe/AFP'],
    ['A tram in the old town - file photo', ''],
    ['A tram in the old town - a photo', undefined],
  ];
  it.each(tails)('captionTailCredit(%j) is %j', (text, credit) => {
    expect(captionTailCredit(text)).toBe(credit);
  });
  it('isCreditWords reads agency words in any case', () => {
    expect(isCreditWords('picture alliance/dpa | Jane Roe')).toBe(true);
    expect(isCreditWords('Jane Roe / dpa')).toBe(true);
    expect(isCreditWords('the man who saw it')).toBe(false);
  });
  it('trailingAgency', () => {
    expect(trailingAgency('Tourists at the harbour of Hvar AFP')).toBe('AFP');
    expect(trailingAgency('Tourists at the harbour, said Reuters')).toBeUndefined();
    expect(trailingAgency('Tourists at the harbour. Later AFP')).toBeUndefined();
    expect(trailingAgency('Investment flows into MENA')).toBeUndefined();
  });
});
