/**
 * Quotes attributed in the article's own language: a table per language of invented sentences
 * → [quote text, speaker name, cue] for each quote found, negatives beside positives.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import { extractEntities, parseText } from '../../src/entities/index.js';

/** [quote text, speaker name or null, cue or null]. */
type Found = [string, string | null, string | null];
type Row = [text: string, expected: Found[]];

function found(text: string, language: string): Found[] {
  const entities = extractEntities(text, { language });
  return extractQuotes(text, { language, entities }).map((q) => [q.text, q.speaker?.name ?? null, q.cue ?? null]);
}

const TABLES: Record<string, Row[]> = {
  fra: [
    // quote, cue, then the speaker (the inverted order)
    [
      '« Nous devons agir vite », a déclaré le ministre Paul Verdier lors d’une conférence de presse.',
      [['Nous devons agir vite', 'Paul Verdier', 'a déclaré']],
    ],
    ['« Rien n’est joué », a ajouté Claire Moulinet.', [['Rien n’est joué', 'Claire Moulinet', 'a ajouté']]],
    // a role and no name: a nominal speaker
    ['« Nous devons agir vite », a déclaré le ministre.', [['Nous devons agir vite', 'ministre', 'a déclaré']]],
    // a pronoun glued to the verb, resolved to the person before
    [
      'Paul Verdier est arrivé mardi. « Nous devons agir vite », a-t-il déclaré.',
      [['Nous devons agir vite', 'Paul Verdier', 'a-t-il déclaré']],
    ],
    // speaker and cue before the quote
    ['Claire Moulinet a affirmé : « Rien n’est joué. »', [['Rien n’est joué.', 'Claire Moulinet', 'a affirmé']]],
    ['Selon Claire Moulinet, « rien n’est joué ».', [['rien n’est joué', 'Claire Moulinet', 'Selon']]],
    // the subject before its cue, after the quote; a pronoun subject before the quote
    ['« Rien n’est joué », Claire Moulinet a assuré mardi.', [['Rien n’est joué', 'Claire Moulinet', 'a assuré']]],
    [
      'Claire Moulinet était à Lyon. Elle a ajouté que « rien n’est joué ».',
      [['rien n’est joué', 'Claire Moulinet', 'a ajouté']],
    ],
    // negatives: a quoted title without a cue, a cue without a quote
    ['Le film « La Grande Vague » sort mercredi à Lyon.', []],
    ['Le ministre Paul Verdier a déclaré que rien n’était décidé.', []],
  ],
  spa: [
    ['"Es una prioridad", afirmó Lucía Ferrandis.', [['Es una prioridad', 'Lucía Ferrandis', 'afirmó']]],
    ['«No habrá recortes», dijo el portavoz en Sevilla.', [['No habrá recortes', 'portavoz', 'dijo']]],
    [
      'Lucía Ferrandis afirmó: «Es una prioridad del Gobierno».',
      [['Es una prioridad del Gobierno', 'Lucía Ferrandis', 'afirmó']],
    ],
    ['Según Lucía Ferrandis, «no habrá recortes».', [['no habrá recortes', 'Lucía Ferrandis', 'Según']]],
    ['La serie «Amor Eterno» vuelve en marzo.', []],
    ['Lucía Ferrandis afirmó que no habrá recortes.', []],
  ],
  por: [
    ['"É uma prioridade", disse o ministro Tiago Moreira.', [['É uma prioridade', 'Tiago Moreira', 'disse']]],
    ['"Não haverá cortes", acrescentou a porta-voz.', [['Não haverá cortes', 'porta-voz', 'acrescentou']]],
    ['Segundo Tiago Moreira, "não haverá cortes".', [['não haverá cortes', 'Tiago Moreira', 'Segundo']]],
    ['O livro "Mar Aberto" chega às lojas em maio.', []],
  ],
  ita: [
    ['«È una priorità», ha detto Marco Bellandi.', [['È una priorità', 'Marco Bellandi', 'ha detto']]],
    ['«Non ci saranno tagli», ha aggiunto il sindaco.', [['Non ci saranno tagli', 'sindaco', 'ha aggiunto']]],
    [
      'Marco Bellandi ha dichiarato: «Non ci saranno tagli».',
      [['Non ci saranno tagli', 'Marco Bellandi', 'ha dichiarato']],
    ],
    ['Il film «La Grande Onda» esce a maggio.', []],
  ],
  deu: [
    [
      '„Wir müssen handeln“, sagte Finanzminister Karl Brenner am Montag.',
      [['Wir müssen handeln', 'Karl Brenner', 'sagte']],
    ],
    ['„Wir müssen handeln“, so die Sprecherin.', [['Wir müssen handeln', 'Sprecherin', 'so']]],
    [
      'Karl Brenner kam am Montag nach Bonn. „Wir müssen handeln“, sagte er.',
      [['Wir müssen handeln', 'Karl Brenner', 'sagte']],
    ],
    ['Karl Brenner erklärte: „Es gibt keine Kürzungen.“', [['Es gibt keine Kürzungen.', 'Karl Brenner', 'erklärte']]],
    ['Der Film „Die Große Welle“ kommt im Mai.', []],
    ['Karl Brenner sagte, es gebe keine Kürzungen.', []],
  ],
  nld: [
    ['"Het is een prioriteit", zei minister Pieter de Wit.', [['Het is een prioriteit', 'Pieter de Wit', 'zei']]],
    [
      '"Er komen geen bezuinigingen", aldus Pieter de Wit.',
      [['Er komen geen bezuinigingen', 'Pieter de Wit', 'aldus']],
    ],
    ['"Er komen geen bezuinigingen", zei de woordvoerder.', [['Er komen geen bezuinigingen', 'woordvoerder', 'zei']]],
    ['De film "De Grote Golf" draait vanaf mei.', []],
  ],
};

for (const [language, rows] of Object.entries(TABLES)) {
  describe(`quotes in ${language}`, () => {
    it.each(rows)('%s', (text, expected) => {
      expect(found(text, language)).toEqual(expected);
    });
  });
}

describe('English under eng is read by the English rules only', () => {
  it.each<Row>([
    ['“We must act fast,” Paul Verdier said.', [['We must act fast,', 'Paul Verdier', 'said']]],
    // a French cue means nothing to English: a short quote with no English cue is dropped
    ['« Nous devons agir vite », a déclaré le ministre.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'eng')).toEqual(expected);
  });
});

describe('source words need a source', () => {
  it.each<[string, string, Found[]]>([
    ['deu', '„Wir müssen handeln“, so die Sprecherin.', [['Wir müssen handeln', 'Sprecherin', 'so']]],
    // "so dass" is no attribution: the short quote stays dropped
    ['deu', 'Es hieß „bald“, so dass niemand kam.', []],
  ])('%s: %s', (language, text, expected) => {
    expect(found(text, language)).toEqual(expected);
  });
});

describe('bounded windows', () => {
  it('stays linear on adversarial input in another language, given the parse', () => {
    for (const unit of [
      '« a », a déclaré ',
      'Selon le ministre, « q » ',
      '« q », a-t-il dit ',
      '„x“, so ',
      '« a »' + ' '.repeat(50),
    ]) {
      const text = unit.repeat(20_000);
      const parsed = parseText(text);
      const t0 = process.cpuUsage(); // CPU time: the machine may be shared
      extractQuotes(text, { parsed, entities: [], language: 'fra' });
      extractQuotes(text, { parsed, entities: [], language: 'deu' });
      const used = process.cpuUsage(t0);
      expect((used.user + used.system) / 1000, unit).toBeLessThan(4000);
    }
  });
});
