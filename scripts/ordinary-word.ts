// For the gazetteer generators (entities-cities.ts, entities-regions.ts): whether compromise's
// lexicon reads a place name as an ordinary English word ("Mobile", "Reading", "Central"), so
// that the generated tables leave it out. Never used at run time.
import nlp from 'compromise';

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
// prettier-ignore
const NAME_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Organization', 'ProperNoun']);

/** True when compromise's lexicon knows the name (any case) and never as a name. */
export function isOrdinaryWord(name: string): boolean {
  const tags = lexicon[name.toLowerCase()];
  if (tags === undefined) return false;
  return ![tags].flat().some((t) => NAME_TAGS.has(t));
}
