/**
 * Words that tell what a text is about, for the entity stage's topic tests (extract.ts): a
 * match report names clubs by their city ("Leeds beat Derby"), political copy uses the same
 * contest words ("a race won", "a rally") about elections, and a team sheet lists positions.
 */

/**
 * Words of match reports and results: a text with a few of them may name clubs by their city.
 *
 * @example
 * SPORTS_WORDS.has('midfielder'); // true
 */
// prettier-ignore
export const SPORTS_WORDS: ReadonlySet<string> = new Set(['match', 'matches', 'goal', 'goals', 'scored', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'coach', 'league', 'season', 'championship', 'tournament', 'cup', 'club', 'clubs', 'team', 'teams', 'draw', 'drew', 'beat',
  'win', 'won', 'victory', 'defeat', 'innings', 'wicket', 'wickets', 'seeded', 'race', 'points', 'quarter-final', 'semi-final',
  'final', 'game', 'games', 'player', 'players', 'stage', 'round', 'title', 'rally', 'lap']);

/**
 * Words of election and government news. A race is won, a rally held, a candidate beaten by points
 * in the polls: political copy uses the contest words above as often as a match report, so a text
 * reads as sports only when its contest words outnumber these.
 *
 * @example
 * POLITICS_WORDS.has('ballot'); // true
 */
// prettier-ignore
export const POLITICS_WORDS: ReadonlySet<string> = new Set(['election', 'elections', 'campaign', 'campaigns', 'candidate', 'candidates', 'voter',
  'voters', 'vote', 'votes', 'voted', 'voting', 'primary', 'primaries', 'delegates', 'nominee', 'nomination', 'poll',
  'polls', 'polling', 'ballot', 'ballots', 'electoral', 'presidential', 'caucus', 'caucuses', 'senator', 'lawmakers',
  'legislature', 'parliament', 'parliamentary', 'constituency', 'referendum', 'opposition', 'coalition', 'government',
  'minister']);

/**
 * Positions on a squad list and a list of scorers: one is enough ("Goalkeepers - Tom Hale ( Northtown )", "Leading scorers :").
 *
 * @example
 * SQUAD_WORDS.test('Goalkeepers'); // true
 */
export const SQUAD_WORDS = /^(?:goalkeeper|striker|midfielder|defender|forward|winger|scorer)s?$/i;
