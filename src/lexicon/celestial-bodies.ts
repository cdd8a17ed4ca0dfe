/**
 * The planets and large moons of the solar system, and the words that say a text is about space.
 *
 * Science and technology news names them as it names places ("a crewed mission to Mars", "water
 * under the ice of Europa"), and an annotator in the CoNLL style types them as places. A tagger
 * trained on 1996 newswire has seen almost none of them, and most are also other things: a
 * company or a singer ("Mars", "Bruno Mars"), a car, a record label or a chemical element
 * ("Saturn", "Mercury"), a god. So a body's name counts as a place only in a text about space
 * (`readsAsSpace`), except "Earth", which written with a capital and alone names the planet.
 */
import { words } from './pattern.js';

/**
 * The planets, dwarf planets and large moons of the solar system, lower case. Left out: "Moon"
 * and "Sun" (a family name, newspapers: only after "the", BODIES_AFTER_THE), "Io" (too short to
 * tell from an abbreviation).
 *
 * @example
 * CELESTIAL_BODIES.has('europa'); // true
 */
export const CELESTIAL_BODIES: ReadonlySet<string> = new Set(
  words(`
    mercury venus earth mars jupiter saturn uranus neptune pluto ceres eris
    phobos deimos europa ganymede callisto titan enceladus triton charon
  `),
);

/**
 * Words of space news: any of them, or a second body's name, makes a text about space.
 *
 * @example
 * SPACE_WORDS.has('orbiter'); // true
 */
export const SPACE_WORDS: ReadonlySet<string> = new Set(
  words(`
    planet planets planetary moon moons lunar orbit orbits orbiting orbital orbiter spacecraft
    spaceship spaceflight astronaut astronauts cosmonaut cosmonauts rover rovers lander telescope
    asteroid asteroids comet comets interplanetary extraterrestrial
  `),
);

/**
 * Whether a body's name, written alone, is the body in any text ("Earth"), not only in one about
 * space.
 *
 * @example
 * namesBodyAnywhere('Earth'); // true
 * namesBodyAnywhere('Mars'); // false (a company, a singer)
 */
export function namesBodyAnywhere(word: string): boolean {
  return word === 'Earth';
}

/**
 * The bodies named with "the" and a capital in a text about space ("landing on the Moon", "the
 * Sun's corona"): alone they are also family names and newspapers, so only after "the".
 *
 * @example
 * BODIES_AFTER_THE.has('Moon'); // true
 */
export const BODIES_AFTER_THE: ReadonlySet<string> = new Set(['Moon', 'Sun']);

/**
 * Whether a word written alone names a planet or large moon: written with a capital and then
 * lower case, and "Earth" or in a text about space (`space`, from `readsAsSpace`).
 *
 * @example
 * isCelestialBody('Mars', true); // true
 * isCelestialBody('Mars', false); // false
 * isCelestialBody('Earth', false); // true
 */
export function isCelestialBody(word: string, space: boolean): boolean {
  return (
    (space || namesBodyAnywhere(word)) && /^\p{Lu}\p{Ll}+$/u.test(word) && CELESTIAL_BODIES.has(word.toLowerCase())
  );
}

/**
 * Whether a text is about space: it holds one of `SPACE_WORDS` (in any case: "Orbit"), the
 * phrases "solar system" or "space probe" / "space station", or names two different bodies
 * besides Earth ("Mars pledged to protect the Earth" is a company's news).
 *
 * @example
 * readsAsSpace('The probe reached Jupiter and then Europa.'); // true (two bodies)
 * readsAsSpace('Mars reported higher sales of chocolate.'); // false
 */
export function readsAsSpace(text: string): boolean {
  const bodies = new Set<string>();
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0].toLowerCase();
    if (SPACE_WORDS.has(w)) return true;
    if ((w === 'space' || w === 'solar') && SPACE_AFTER.test(text.slice(m.index + m[0].length, m.index + 40)))
      return true;
    if (w !== 'earth' && CELESTIAL_BODIES.has(w) && /^\p{Lu}/u.test(m[0])) {
      bodies.add(w);
      if (bodies.size > 1) return true;
    }
  }
  return false;
}

// "solar system", "space probe", "space station", "space agency"
const SPACE_AFTER = /^\s+(?:system|probe|probes|station|agency|mission|missions|telescope)\b/i;
