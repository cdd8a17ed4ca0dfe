/**
 * Players' positions as team sheets, depth charts and rosters abbreviate them before a name ("CB
 * Ida Renn", "QB Tom Hale", a row "S Sam Ode 33 45%"). Written in capitals and glued to the
 * player's name, a tagger reads the code and the name as one body; the entity stage cuts the
 * code off (spans.ts, `splitNamedParts`).
 *
 * American football, baseball, basketball and ice hockey, as their leagues and box scores write
 * them. One-letter codes ("S" safety, "C" catcher or centre, "G" guard or goalie) are also
 * initials: they count only where they open a line (a roster row).
 */
import { words } from './pattern.js';

/**
 * Position codes of two letters or more, as written.
 *
 * @example
 * POSITION_CODES.has('CB'); // true
 */
export const POSITION_CODES: ReadonlySet<string> = new Set(
  words(`
    QB RB FB HB WR TE OL OT OG DL DE DT NT LB ILB OLB MLB EDGE CB DB FS SS LS KR PR
    SP RP LHP RHP 1B 2B 3B LF CF RF DH
    PG SG SF PF LW RW
  `),
);

/**
 * One-letter position codes, read only at the start of a line.
 *
 * @example
 * LINE_START_POSITION_CODES.has('S'); // true
 */
export const LINE_START_POSITION_CODES: ReadonlySet<string> = new Set(words('S C K P G F D'));

/**
 * A player's position or a team's office written in lower case right after the team's name
 * ("Northtown striker Tom Hale", "the Eastfield manager", "Lenmark skipper Sam Ode"): the name
 * before it is the team (a club, where the bare name is also a town's), or a country's side.
 * Words that also follow a person's or a company's name ("Hale supporters", "Varco chairman")
 * are left out.
 *
 * @example
 * TEAM_ROLE_NOUNS.has('striker'); // true
 * TEAM_ROLE_NOUNS.has('supporters'); // false
 */
export const TEAM_ROLE_NOUNS: ReadonlySet<string> = new Set(
  words(`
    striker forward midfielder defender goalkeeper keeper winger fullback full-back centre-back
    center-back centre-half playmaker scrum-half scrumhalf fly-half flanker hooker wicketkeeper
    batsman bowler all-rounder pitcher catcher shortstop outfielder infielder reliever quarterback
    linebacker skipper captain coach manager
  `),
);
