/**
 * Closed-class words: English function words (what a glued token's part or a mid-sentence
 * capital can be), and the function words of the languages news is most often
 * machine-translated from that English does not have (what an untranslated leftover looks
 * like). Read by clean's flag rules, the glued-word splitter and the translation checks.
 *
 * Small and fixed on purpose: these classes do not grow with the news.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * English function words: articles, pronouns, prepositions, conjunctions, auxiliaries and
 * the adverbs of time that open or close a clause. Lowercase.
 *
 * @example
 * FUNCTION_WORDS.has('which'); // true
 */
export const FUNCTION_WORDS = words(`
  the a an this that these those his her its their our your my
  he she it they we you i him them us who whom whose which what where when while
  of in on at by for from with into onto over under after before since until about against among between through during without within
  and or but nor so yet because although though if unless whether than as
  is are was were be been being has have had do does did will would can could shall should may might must
  said says also not never already still today yesterday tomorrow tonight now then there here
`);

/**
 * Capitalized words that open a sentence and practically never stand inside one: a
 * capital one of these after a lowercase word shows a lost sentence break.
 *
 * @example
 * SENTENCE_OPENERS.has('He'); // true
 */
export const SENTENCE_OPENERS = words('He She They We The This These Those However Meanwhile According');

/**
 * Words that can follow a glued capitalized name ("Lombardiawhich", "Sánchezinsisted") and
 * cannot end a name themselves.
 *
 * @example
 * GLUE_TAILS.has('which'); // true
 */
export const GLUE_TAILS = words(`
  which who whom whose where when while that said says with from after before were have
  this these those their there then also
`);

/**
 * Function words of French, Spanish, German, Italian, Dutch and Portuguese that are not
 * English words ("pour", "per", "hay", "dos" are left out) and no particle of a name ("de",
 * "van", "la", "von" are left out; "della", "los" stay: the rules skip words next to a name).
 * Lowercase, accents as written.
 *
 * @example
 * FOREIGN_FUNCTION_WORDS.get('und'); // 'deu'
 */
// prettier-ignore
export const FOREIGN_FUNCTION_WORDS: ReadonlyMap<string, string> = new Map([
  ...[...words('les une avec dans sont nous vous aux cette leur été mais qui très selon toujours')].map((w) => [w, 'fra'] as const),
  ...[...words('los las una por pero como más también está sobre entre cuando hasta desde muy ese esta este según tiene fue')].map((w) => [w, 'spa'] as const),
  ...[...words('und oder nicht ist mit sich auch wird werden nach bei einer eines einem einen dass über noch zum zur wurde sind aus')].map((w) => [w, 'deu'] as const),
  ...[...words('della delle degli dello che sono anche nel nella alla questo questa molto perché però è già')].map((w) => [w, 'ita'] as const),
  ...[...words('het een niet zijn ook naar werd wordt maar voor deze heeft hebben bij')].map((w) => [w, 'nld'] as const),
  ...[...words('não uma pelo pela mais também muito foi são já ao às das')].map((w) => [w, 'por'] as const),
]);
