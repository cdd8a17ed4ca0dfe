/**
 * From typed mentions to entities: one type per name per article, canonical names,
 * aliases, titles, stable ids and gender.
 *
 * - One sense per article: the evidence of every mention of the same name is summed
 *   before the type is chosen, and a surname inherits the evidence of the full name it
 *   ends ("Biden" ← "Joe Biden").
 * - A company's short form inherits its type: the first word of an organization
 *   ("Newmont" <- "Newmont Gold Co"), and any prefix of a name ending in a legal
 *   designator ("Granite Ridge" <- "Granite Ridge Mining Corp"), which outweighs the city.
 * - A competitor or affiliation (classify.ts) that would otherwise read as a place is an
 *   organization in every mention of the article but a dateline ("Barcelona 3 Real Madrid
 *   2" ... "Barcelona have won"): one sense per article.
 * - Dropped: names seen only before a product noun, unknown names shaped like abstract
 *   nouns with no evidence, lone ordinary words with little evidence.
 * - People cluster by surname: "Biden", "President Biden", "Mr. Biden" join "Joe Biden";
 *   the canonical name is the fullest form in the article.
 * - Aliases are the distinct surface forms of the name seen in the article: every mention
 *   text ("Biden", "Joe Biden"), plus the form with a title or honorific when the article
 *   writes one directly before the name ("President Biden", "Mr. Biden"), because that is
 *   how the name is written there and how later stages (quote speakers) meet it. Mention
 *   spans never include the title; titles are listed apart in `titles`. An appositive or a
 *   plural title shared by several names gives a title but no alias. A body written with its
 *   country also has the body's name alone ("US Tide Charts Department" -> "Tide Charts
 *   Department"), as the country is a place of its own.
 * - Organizations and places cluster by normalized name, by transliteration variant
 *   (similarity.ts) and by acronym ("OSCE" joins "Organization for Security and
 *   Cooperation in Europe"; the expansion becomes the name), and a body by its short form
 *   ("the Democratic Party" joins "the Democratic Party of Korea", "Lotus" joins "Lotus
 *   News Agency").
 * - A body is one however the article writes the place it serves or its owner: "of" a place
 *   at two lengths ("... of Varnak" and "... of Varnak Prefecture"), with and without "City"
 *   or "Provincial" ("Varnak Water Board", "Varnak City Water Board"), with its owner's acronym
 *   or full name ("KLP Youth Council", "Kestrel Labour Party Youth Council"), or with a head
 *   noun standing for the owner ("the Party Central Committee").
 * - A division written with and without its head is one place, named without it ("Varnak
 *   Province" and "Varnak"), unless the bare name is a city ("Herat Province", "Herat").
 * - A surname with and without its Arabic article is one person ("Assad", "al-Assad").
 */
import type { Entity, EntityType, Span } from '../core/types.js';
import { makeSpan } from '../core/offsets.js';
import { pushTo } from '../core/multimap.js';
import { canonicalEntity, countryOfNationality } from './countries.js';
import { cityCountry, isCityName } from './cities.js';
import { nationalBody } from './national-bodies.js';
import { clubBase, nameKey, nameWords, type TypedMention } from './decide.js';
import { nicknameOf } from './teams.js';
import type { Token } from './parse.js';
import { isSpellingVariant, skeleton } from './similarity.js';
import { HONORIFICS } from '../lexicon/titles.js';
import { GENERATIONAL_SUFFIXES } from '../lexicon/abbreviations.js';
import { capitalize } from '../lexicon/pattern.js';
import { familyLast, koreanOrder } from './name-order.js';
import { isUsStateName, stateOfNickname, usStateAfterCity, usStateInPartyTag } from './us-states.js';
import { regionCountry, regionName, regionOfCode } from './regions.js';
import { COMPANY_DESIGNATORS } from './context-words.js';
import { isGivenNameWord } from './vocabulary.js';
import { DIVISION_HEADS, DIVISION_KIND_WORDS, DIVISION_QUALIFIERS, ORG_HEADS } from '../lexicon/name-parts.js';

interface Cluster {
  type: EntityType;
  mentions: TypedMention[];
  /** Lower-case name words of the fullest form. */
  words: string[];
  name: string;
  /** The canonical name from the country / international-body / company table, when one matches. */
  known?: string;
  /** The id slug of a national body (national-bodies.ts), when one matches. */
  knownSlug?: string;
  /** The full name a short form was merged into ("Democratic Party" -> "Democratic Party of Korea"). */
  full?: string;
}

/**
 * Groups typed mentions into entities.
 *
 * @example
 * const entities = buildEntities(source, tokens, decideTypes(classified));
 */
export function buildEntities(source: string, tokens: readonly Token[], mentions: readonly TypedMention[]): Entity[] {
  const clusters: Cluster[] = [];
  const byType = (t: EntityType): TypedMention[] => mentions.filter((m) => m.type === t);

  // Index clusters by a bucket so that each mention is compared with a handful of clusters, not
  // all of them (linear on long texts): a person by the skeleton of the family name (the last
  // word before a generational suffix); an
  // organization or a place by the skeletons of all its words, since a spelling variant
  // (variantOf) has every word's skeleton ("Ministry of the Lotus Affairs" and "Ministry of the
  // Kite Affairs" share no bucket, even where an article lists thousands of ministries).
  const buckets = new Map<string, Cluster[]>();
  const bucketOf = (type: EntityType, words: string[]): string =>
    type === 'person'
      ? `person|${skeleton(words[words.length - (suffixOf(words) ? 2 : 1)] ?? '')}`
      : `${type}|${words.map(skeleton).join(' ')}`;
  const addCluster = (c: Cluster): void => {
    clusters.push(c);
    const b = bucketOf(c.type, c.words);
    pushTo(buckets, b, c);
  };

  // People: fullest names first, then shorter forms join the cluster they fit.
  // (each mention's word count counted once, not at every comparison of the sort)
  const people = byType('person')
    .map((m) => ({ m, words: nameWords(m.text).length }))
    .sort((a, b) => b.words - a.words || a.m.start - b.m.start)
    .map(({ m }) => m);
  for (const m of people) {
    const words = familyLast(nameWords(m.text)).map((w) => withoutArticle(w.toLowerCase()));
    const fits = (buckets.get(bucketOf('person', words)) ?? []).filter((c) => fitsPerson(words, c.words));
    // Several people share the surname ("Kim Min-soo", "Kim Ki-hyun"): the one with the same title
    // head ("spokesman Kim" -> "spokesman Kim Min-soo"), else the one mentioned most.
    const head = titleHead(m);
    const shares = (c: Cluster): number => (head && c.mentions.some((x) => titleHead(x) === head) ? 1 : 0);
    const target = fits.sort((a, b) => shares(b) - shares(a) || b.mentions.length - a.mentions.length)[0];
    if (target) target.mentions.push(m);
    else addCluster({ type: 'person', mentions: [m], words, name: displayForm(m.text) });
  }

  // Organizations and places: same normalized name, or a spelling variant.
  for (const type of ['organization', 'place'] as const) {
    const byKey = new Map<string, Cluster>();
    for (const m of byType(type).sort((a, b) => a.start - b.start)) {
      const words = nameWords(m.text).map((w) => w.toLowerCase());
      // "FC Northtown" and "Northtown" are one club
      const club = type === 'organization' ? clubBase(m.text) : null;
      const target =
        byKey.get(m.key) ??
        (club ? byKey.get(club) : undefined) ??
        (buckets.get(bucketOf(type, words)) ?? []).find((c) => variantOf(words, c.words));
      if (target) target.mentions.push(m);
      else addCluster({ type, mentions: [m], words, name: displayForm(m.text) });
      byKey.set(m.key, target ?? clusters[clusters.length - 1]!);
      if (club && !byKey.has(club)) byKey.set(club, target ?? clusters[clusters.length - 1]!);
    }
  }
  mergeAcronyms(source, clusters);
  mergeOfPlaceForms(clusters);
  mergeShortForms(clusters);
  mergeQualifiedForms(clusters);
  mergeFragments(clusters);
  mergeOwnerAcronyms(clusters);
  mergeHeadAlone(source, clusters);
  mergeTeamNicknames(clusters);
  mergePersonInitials(clusters);
  mergeGivenNames(clusters);
  mergeDivisionHeads(clusters);
  mergeKnown(clusters);
  mergeUsStates(source, clusters);
  const country = articleCountry(clusters, tokens);
  mergeRegions(clusters, country);
  mergeNationalBodies(clusters, country);

  const live = clusters.filter((c) => c.mentions.length > 0);
  for (const c of live) c.mentions.sort((a, b) => a.start - b.start);
  live.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const ids = new Set<string>();
  const personStarts = mentions
    .filter((m) => m.type === 'person')
    .map((m) => m.start)
    .sort((a, b) => a - b);
  const bodyAliases = countryFreeAliases(live);
  return live.map((c) => toEntity(source, tokens, c, ids, personStarts, bodyAliases.get(c)));
}

/** The Arabic article of a transliterated surname ("al-Assad", "el-Sisi"), dropped for clustering. */
const ARABIC_ARTICLE = /^(?:al|el)-(?=\p{L}{3})/u;

/**
 * A lower-case name word without its Arabic article, so that "Assad" and "President
 * al-Assad" join "Bashar al-Assad" ("al-assad" -> "assad"); other words unchanged.
 */
function withoutArticle(word: string): string {
  return word.replace(ARABIC_ARTICLE, '');
}

/** The last word of a mention's title, lower case ("Power spokesman" -> "spokesman"), or ''. */
function titleHead(m: TypedMention): string {
  const t = m.title;
  if (!t || t.honorific || t.relation) return '';
  return (t.listed ?? t.text).split(/\s+/).pop()!.toLowerCase();
}

/** The generational suffix ending a lower-case name ("jr", "iii"), or ''. */
function suffixOf(words: string[]): string {
  const w = (words[words.length - 1] ?? '').replace(/[.,]$/, '');
  return words.length > 1 && GENERATIONAL_SUFFIXES.has(w) ? w : '';
}

function fitsPerson(words: string[], cluster: string[]): boolean {
  // "Patrick Hale Jr." and "Patrick W. Hale" are one person: a suffix written in one form only
  // (like the middle initial, which nameWords drops) tells no two people apart; "Jr." and "Sr." do
  const suffix = suffixOf(words);
  const clusterSuffix = suffixOf(cluster);
  if (suffix !== clusterSuffix) {
    if (suffix && clusterSuffix) return false;
    return fitsPerson(suffix ? words.slice(0, -1) : words, clusterSuffix ? cluster.slice(0, -1) : cluster);
  }
  if (!words.length || !cluster.length) return false;
  const last = words[words.length - 1]!;
  const clusterLast = cluster[cluster.length - 1]!;
  if (last !== clusterLast && !isSpellingVariant(last, clusterLast)) return false;
  // Every other word must appear in the fuller name ("Joe Biden" fits "Joe R Biden", "Hunter Biden"
  // does not), a romanized given name with or without its hyphen ("Yi-feng", "Yifeng")
  return words.slice(0, -1).every((w) => cluster.includes(w) || cluster.some((c) => sameUnhyphenated(w, c)));
}

/** "yi-feng" and "yifeng": one romanized given name, the syllables written joined or apart. */
function sameUnhyphenated(a: string, b: string): boolean {
  return (a.includes('-') || b.includes('-')) && a.replaceAll('-', '') === b.replaceAll('-', '');
}

function variantOf(words: string[], cluster: string[]): boolean {
  if (words.length !== cluster.length || !words.length) return false;
  return words.every((w, i) => isSpellingVariant(w, cluster[i]!));
}

/** Names are displayed as written (the canonical choice prefers a form not in capitals). */
function displayForm(text: string): string {
  return text;
}

/** Nothing before an acronym in parentheses: "(" directly, spaces allowed. */
const BARE_ALIAS = /^\s*$/u;
/** A dash after the closing bracket: "(NPA) —" credits a wire after a dateline. */
const CREDIT_DASH_AFTER = /^["”]?\)\s*[-–—]/u;
/** "(hereinafter referred to as "X")", "(hereafter X)": a contract's or filing's defined short name. */
const DEFINED_ALIAS = /^\s*(?:hereinafter|hereafter)(?:\s+(?:referred\s+to\s+as|called))?\s+(?:the\s+)?["“]?$/iu;

/**
 * Merges an acronym cluster ("OSCE", "EU") into the cluster of its expansion: the name whose
 * initials it spells (with or without the country that opens it), or the name it follows in
 * parentheses in a translated text, where the acronym keeps the original language ("National
 * Electoral Institute (INE)"). Any short
 * name defined in parentheses ("(hereinafter referred to as "Kestrel")") joins the name before them.
 */
function mergeAcronyms(source: string, clusters: Cluster[]): void {
  const byInitials = new Map<string, Cluster>();
  const byEnd = new Map<number, Cluster>();
  for (const c of clusters) {
    if (c.type === 'person') continue;
    for (const m of c.mentions) {
      // "SEC" also spells a body written with its country ("US Securities and Exchange Commission")
      const alone = c.type === 'organization' ? withoutCountry(m.text) : null;
      for (const i of [initials(m.text), alone ? initials(alone) : ''])
        if (i && !byInitials.has(i)) byInitials.set(i, c);
      if (m.text.includes(' ')) byEnd.set(m.end, c);
    }
  }
  // "Kestrel Finance Limited (KFL)", also "(hereinafter referred to as "Kestrel")": the name
  // in parentheses stands for the name right before them
  const bracketed = (m: TypedMention, opener: RegExp): Cluster | undefined => {
    if (!/^["”]?\)/u.test(source.slice(m.end, m.end + 2))) return undefined;
    const open = source.lastIndexOf('(', m.start);
    if (open < 0 || !opener.test(source.slice(open + 1, m.start))) return undefined;
    let end = open;
    while (end > 0 && /\s/.test(source[end - 1]!)) end--;
    return byEnd.get(end);
  };
  for (const short of clusters) {
    if (!short.mentions.length) continue;
    // a defined short name is the body's whatever it was typed alone ("Lenmark Works" read as a person)
    const alias = short.mentions
      .map((m) => bracketed(m, DEFINED_ALIAS))
      .find((c) => c && c !== short && c.mentions.length);
    if (alias) {
      alias.mentions.push(...short.mentions.map((m) => ({ ...m, type: alias.type })));
      short.mentions = [];
      continue;
    }
    if (short.type === 'person') continue;
    const written = short.mentions.filter((m) => /^\p{Lu}{2,8}$/u.test(m.text.replace(/\./g, '')));
    const acronyms = written.map((m) => m.text.replace(/\./g, ''));
    // "LENFORD (NPA) — ...": a wire's credit between a dateline and a dash names the wire, no alias of the place
    const aliases = written.filter((m) => !CREDIT_DASH_AFTER.test(source.slice(m.end, m.end + 6)));
    const long = [...acronyms.map((a) => byInitials.get(a)), ...aliases.map((m) => bracketed(m, BARE_ALIAS))].find(
      (c) => c && c !== short && c.mentions.length,
    );
    if (!long) continue;
    long.mentions.push(...short.mentions.map((m) => ({ ...m, type: long.type })));
    short.mentions = [];
  }
}

/** "Democratic Party of Korea" -> "Democratic Party": a name of two or more words before "of"/"for" and a capitalized complement. */
const OF_NAME = /^(\S+(?:\s+\S+)+?)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}[\s\S]*)$/u;

/**
 * The short form of an "X of Y" body, the words before "of"/"for" ("Democratic Party of Korea" ->
 * "Democratic Party"), or null. Not where "X of Y" is a known body's full name that more words
 * follow: they name a body of it ("the Liberal Party of Canada Youth Council" names no "Liberal
 * Party"). Unknown, the words after "of" may as well name the owner of X ("Finance Center of
 * Kestrel Radio" is a "Finance Center"), so X stays a short form.
 */
function ofShortForm(text: string): string | null {
  const match = OF_NAME.exec(text);
  if (!match) return null;
  const rest = match[2]!.split(/\s+/u);
  const of = text.slice(0, text.length - match[2]!.length);
  for (let n = Math.min(MAX_COUNTRY_WORDS, rest.length - 1); n >= 1; n--) {
    const owner = of + rest.slice(0, n).join(' ');
    if (canonicalEntity(owner, 'organization') || nationalBody(owner)) return null;
  }
  return match[1]!;
}

/**
 * "Lotus News Agency" -> "Lotus", "Kestrel Bank" -> "Kestrel": a name without the head
 * nouns and legal designators that end it, when a name word is left; else null.
 */
function withoutHeadNouns(text: string): string | null {
  const words = text.split(' ');
  let n = words.length;
  while (n > 1 && isHeadWord(words[n - 1]!)) n--;
  // the comma before a designator is the full name's ("Marcelli, Inc." -> "Marcelli")
  return n < words.length && /\p{Lu}/u.test(words[0]!) && !isHeadWord(words[0]!)
    ? words.slice(0, n).join(' ').replace(/,$/u, '')
    : null;
}

/** No country's name runs longer before a body's ("United Arab Emirates"). */
const MAX_COUNTRY_WORDS = 3;

/**
 * "U.S. Customs Service" -> "Customs Service", "US EPA" -> "EPA", "Norwegian Ministry of Ports"
 * -> "Ministry of Ports": a body's name without the country (its name, code or nationality
 * adjective) that opens it, when a capitalized word is left; else null.
 */
function withoutCountry(text: string): string | null {
  const words = text.split(' ');
  for (let n = Math.min(MAX_COUNTRY_WORDS, words.length - 1); n >= 1; n--) {
    const country = words.slice(0, n).join(' ');
    if (!canonicalEntity(country, 'place')?.code && !(n === 1 && countryOfNationality(country))) continue;
    return /^\p{Lu}/u.test(words[n]!) ? words.slice(n).join(' ') : null;
  }
  return null;
}

function isHeadWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[.,]+$/u, '');
  return ORG_HEADS.has(w) || COMPANY_DESIGNATORS.has(w);
}

/**
 * Moves the mentions of `short` into the one longer body of `longs` (none when two or more bodies,
 * or none, could be the long form), which keeps the name `fullForm` gives it unless it had one.
 */
function joinTheOneLonger(short: Cluster, longs: Set<Cluster>, fullForm: (long: Cluster) => string | undefined): void {
  longs.delete(short);
  const long = [...longs][0];
  if (longs.size !== 1 || !long!.mentions.length) return;
  long!.full ??= fullForm(long!);
  long!.mentions.push(...short.mentions);
  short.mentions = [];
}

/**
 * Merges the short form of an organization into its full name when the article writes both:
 * the words before "of"/"for" of an "X of Y" body, two or more words ("the Democratic Party of
 * Korea" ... "the Democratic Party said"), the name without its head nouns and designators
 * ("Lotus News Agency" ... "Lotus"), or without the country that opens it ("U.S. Customs
 * Service" ... "the Customs Service"), and exactly one organization of the article begins with
 * it. The full name becomes the name, so the id is the same whichever form the article writes
 * first. A one-word head ("the Bank" of "the
 * Bank of England") is no short form: it may name another body.
 */
function mergeShortForms(clusters: Cluster[]): void {
  const longByShort = new Map<string, Set<Cluster>>();
  for (const c of clusters) {
    if (c.type !== 'organization') continue;
    for (const m of c.mentions) {
      for (const short of [ofShortForm(m.text), withoutHeadNouns(m.text), withoutCountry(m.text)]) {
        if (!short) continue;
        const key = nameKey(short);
        longByShort.set(key, (longByShort.get(key) ?? new Set()).add(c));
      }
    }
  }
  for (const short of clusters) {
    if (short.type !== 'organization' || !short.mentions.length) continue;
    const longs = new Set(short.mentions.flatMap((m) => [...(longByShort.get(m.key) ?? [])]));
    joinTheOneLonger(short, longs, (long) => long.mentions.find((m) => OF_NAME.test(m.text))?.text);
  }
}

/**
 * Merges the forms of one body written with the place it serves at two lengths ("Varnak Water
 * Board of Ostria" and "Varnak Water Board of Ostria Prefecture"): the same name before "of",
 * and places after it that are one but for a division's head and the words of its kind. The
 * two then meet their short form together ("Varnak Water Board", mergeShortForms). Two places
 * stay two bodies ("Ministry of Health of Varnia", "... of Ostria").
 */
function mergeOfPlaceForms(clusters: Cluster[]): void {
  const byKey = new Map<string, Cluster>();
  for (const c of clusters) {
    if (c.type !== 'organization' || !c.mentions.length) continue;
    const match = c.mentions.map((m) => OF_NAME.exec(m.text)).find(Boolean);
    if (!match) continue;
    const key = `${nameKey(match[1]!)}|${nameKey(divisionBase(match[2]!) ?? match[2]!)}`;
    const target = byKey.get(key);
    if (!target) byKey.set(key, c);
    else {
      target.mentions.push(...c.mentions);
      c.mentions = [];
    }
  }
}

/**
 * Merges a body's name written without the word that says which division it serves into the one
 * organization of the article written with it ("Varnak Water Board" into "Varnak City Water
 * Board", "Varnak Health Commission" into "Varnak Provincial Health Commission"): the word right
 * after a capitalized name word and before another, DIVISION_QUALIFIERS. Two bodies written with
 * one each ("Varnak City Water Board", "Varnak Provincial Water Board") take no short form.
 */
function mergeQualifiedForms(clusters: Cluster[]): void {
  const byShort = new Map<string, Set<Cluster>>();
  const orgs = clusters.filter((c) => c.type === 'organization' && c.mentions.length);
  for (const c of orgs) {
    for (const m of c.mentions) {
      const short = withoutQualifier(m.text);
      if (short) byShort.set(nameKey(short), (byShort.get(nameKey(short)) ?? new Set()).add(c));
    }
  }
  for (const short of orgs) {
    if (short.mentions.some((m) => withoutQualifier(m.text))) continue;
    const longs = new Set(short.mentions.flatMap((m) => [...(byShort.get(m.key) ?? [])]));
    joinTheOneLonger(short, longs, (long) => long.mentions[0]!.text);
  }
}

/** "Varnak City Water Board" -> "Varnak Water Board": a name without its first division qualifier, or null. */
function withoutQualifier(text: string): string | null {
  const words = text.split(' ');
  for (let i = 1; i < words.length - 1; i++) {
    if (!DIVISION_QUALIFIERS.has(words[i]!.toLowerCase())) continue;
    if (/^\p{Lu}/u.test(words[i - 1]!) && /^\p{Lu}/u.test(words[i + 1]!) && isHeadWord(words[words.length - 1]!))
      return [...words.slice(0, i), ...words.slice(i + 1)].join(' ');
    return null;
  }
  return null;
}

/**
 * Merges a fragment of an organization's name into the name when the article writes both:
 * two or more words ending in a head noun, inside exactly one longer organization's name
 * ("Harbour Quarantine Centre" of "Kestrel Harbour Quarantine Centre", "Exhibitor Alliance" of
 * "Lotus Exhibitor Alliance", "Lotus News" of "Lotus News Network"). Not where the longer name
 * is another body: a name after "of" ("Kestrel Holding" in "Board of Kestrel Holding"), a name
 * going on past the head with words of another kind ("Trade Council" in "Trade Council Planning
 * Office"), or a body of a known country or international body ("Security Council" beside
 * "NATO-Varnia Security Council").
 */
function mergeFragments(clusters: Cluster[]): void {
  const forms = (c: Cluster): string[][] => c.mentions.map((m) => m.text.split(/\s+/u));
  const orgs = clusters.filter((c) => c.type === 'organization' && c.mentions.length);
  const order = new Map(orgs.map((c, i) => [c, i]));
  // every fragment each longer name holds, looked up by its words (linear, where comparing
  // each name with every other would not be: a list of thousands of "X Trade Council")
  const holders = new Map<string, Set<Cluster>>();
  const index = (c: Cluster, words: readonly string[]): void => {
    for (const key of fragmentsHeld(words)) {
      const set = holders.get(key);
      if (set) set.add(c);
      else holders.set(key, new Set([c]));
    }
  };
  for (const c of orgs) for (const words of forms(c)) index(c, words);
  // "Party Central Committee" beside "Kestrel Party Central Committee" and "Central Committee"
  // beside both: a fragment after a head noun alone ("Party"), or after one and a possessive
  // ("Comrade Ru's Party"), is the article's way back to the one body it names in full with it
  const generic = (words: string[], key: string, n: number): boolean => {
    let from = words.length;
    while (from > 0 && !/['’]s$/u.test(words[from - 1]!)) from--;
    const own = words.slice(from);
    // one head noun, then the fragment from a name word on ("Party Central Committee", not "Bureau of the Party")
    return (
      own.length === n + 1 &&
      isHeadWord(own[0]!) &&
      /^\p{Lu}/u.test(own[1]!) &&
      own.slice(1).join(' ').toLowerCase() === key
    );
  };
  for (const [key, set] of [...holders]) {
    const n = key.split(' ').length;
    const live = [...set].filter((c) => c.mentions.length);
    const backs = new Set(live.filter((c) => forms(c).some((w) => generic(w, key, n))));
    const named = live.filter((c) => !backs.has(c));
    if (named.length !== 1 || !backs.size) continue;
    named[0]!.full ??= named[0]!.mentions[0]!.text;
    for (const c of backs) {
      for (const m of c.mentions) index(named[0]!, m.text.split(/\s+/u));
      named[0]!.mentions.push(...c.mentions);
      c.mentions = [];
    }
  }
  for (const short of orgs) {
    const own = forms(short).map((w) => w.map((x) => x.toLowerCase()));
    if (!own.every((w) => w.length >= 2 && isHeadWord(w[w.length - 1]!))) continue;
    const found = new Set<Cluster>();
    for (const w of own) for (const c of holders.get(w.join(' ')) ?? []) found.add(c);
    const longs = [...found]
      .filter((c) => c !== short && c.mentions.length)
      .sort((x, y) => order.get(x)! - order.get(y)!);
    // "Kestrel Holding" of "Kestrel Holding Company" and "Kestrel Holding Co., Ltd.": one company
    // written with two designators, all three one name
    const designated = longs.length > 1 && longs.every((c) => forms(c).some((long) => ownedBy(long, own)));
    if (longs.length !== 1 && !designated) continue;
    for (const c of [short, ...longs.slice(1)]) {
      // the forms a name takes in are its forms from now on, and the fragments they hold its too
      for (const m of c.mentions) index(longs[0]!, m.text.split(/\s+/u));
      longs[0]!.mentions.push(...c.mentions);
      c.mentions = [];
    }
  }
}

/** No owner's name runs longer before the body it owns ("Kestrel Labour Party of Varnia"). */
const MAX_OWNER_WORDS = 6;

/**
 * Merges a body named after its owner's acronym into the body named after the owner in full
 * ("KLP Youth Council" into "Kestrel Labour Party Youth Council"): the same words, ending in a
 * head noun, after an acronym and after a name whose initials it spells, when exactly one
 * organization of the article has them so.
 */
function mergeOwnerAcronyms(clusters: Cluster[]): void {
  const orgs = clusters.filter((c) => c.type === 'organization' && c.mentions.length);
  const byOwned = new Map<string, Set<Cluster>>();
  for (const c of orgs) {
    for (const m of c.mentions) {
      const words = m.text.split(' ');
      if (!isHeadWord(words[words.length - 1]!)) continue;
      for (let k = 2; k <= Math.min(MAX_OWNER_WORDS, words.length - 1); k++) {
        const owner = initials(words.slice(0, k).join(' '));
        if (!owner) continue;
        const key = `${owner}|${nameKey(words.slice(k).join(' '))}`;
        byOwned.set(key, (byOwned.get(key) ?? new Set()).add(c));
      }
    }
  }
  for (const short of orgs) {
    const keys = short.mentions.flatMap((m) => {
      const [first, ...rest] = m.text.split(' ');
      return /^\p{Lu}{2,8}$/u.test(first!) && rest.length ? [`${first}|${nameKey(rest.join(' '))}`] : [];
    });
    const longs = new Set(keys.flatMap((k) => [...(byOwned.get(k) ?? [])]));
    joinTheOneLonger(short, longs, (long) => long.mentions[0]!.text);
  }
}

/** "the " (any case) right before a mention. */
const THE_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;

/**
 * Merges an organization's head noun written alone after "the" ("the Post", "the University")
 * into the one organization of the article whose name ends with it ("The Harbour Post reported
 * … the Post said"), when exactly one does: the article's short way back to a body it named.
 */
function mergeHeadAlone(source: string, clusters: Cluster[]): void {
  const byLastWord = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.type !== 'organization' || !c.mentions.length) continue;
    const ends = new Set<string>();
    for (const m of c.mentions) {
      const words = m.text.split(/\s+/u);
      if (words.length >= 2) ends.add(words[words.length - 1]!.toLowerCase());
    }
    for (const w of ends) pushTo(byLastWord, w, c);
  }
  for (const short of clusters) {
    if (short.type !== 'organization' || !short.mentions.length) continue;
    const word = short.mentions[0]!.text;
    if (/\s/u.test(word) || !isHeadWord(word) || canonicalEntity(word) !== null) continue;
    const alone = short.mentions.every(
      (m) => m.text === word && THE_BEFORE.test(source.slice(Math.max(0, m.start - 8), m.start)),
    );
    if (!alone) continue;
    const longs = (byLastWord.get(word.toLowerCase()) ?? []).filter((c) => c !== short && c.mentions.length);
    if (longs.length !== 1) continue;
    longs[0]!.mentions.push(...short.mentions);
    short.mentions = [];
  }
}

/**
 * Merges a team's nickname written alone ("the Hawks") into the one organization of the article
 * named by its town and that nickname ("Norvale Hawks"), when exactly one is (teams.ts
 * `nicknameOf`): the full name becomes the name, so both forms share the id.
 */
function mergeTeamNicknames(clusters: Cluster[]): void {
  const byNickname = new Map<string, Set<Cluster>>();
  for (const c of clusters) {
    if (c.type !== 'organization') continue;
    for (const m of c.mentions) {
      const nick = nicknameOf(m.text);
      if (nick) byNickname.set(nick, (byNickname.get(nick) ?? new Set()).add(c));
    }
  }
  if (byNickname.size === 0) return;
  for (const short of clusters) {
    if (short.type !== 'organization' || !short.mentions.length) continue;
    const longs = byNickname.get(short.mentions[0]!.text);
    if (longs && short.mentions.every((m) => m.text === short.mentions[0]!.text))
      joinTheOneLonger(short, new Set(longs), (long) => long.mentions.find((m) => nicknameOf(m.text))?.text);
  }
}

/** True when a longer name is one of the `parts` followed by head nouns and designators only. */
function ownedBy(words: readonly string[], parts: readonly string[][]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  return parts.some(
    (p) => p.length < lower.length && p.every((w, k) => lower[k] === w) && lower.slice(p.length).every(isHeadWord),
  );
}

/**
 * The fragments a longer name holds as `mergeFragments` reads them, lower case, words joined by
 * a space: two or more words ending in a head noun, followed in the name by head nouns and
 * designators only, shorter than the name, not after "of" ("Board of Kestrel Holding") and not
 * after a known country or international body ("NATO-Varnia Security Council"), but for the rest
 * of a name that one international body alone opens: its own body ("NATO Defence College").
 */
function fragmentsHeld(words: readonly string[]): string[] {
  const lower = words.map((w) => w.toLowerCase());
  // ownerBefore[i]: a known country or body among the words before position i
  const ownerBefore: boolean[] = [false];
  for (let i = 0; i < words.length; i++)
    ownerBefore.push(ownerBefore[i]! || words[i]!.split('-').some((p) => canonicalEntity(p) !== null));
  const ownBody = canonicalEntity(words[0]!, 'organization') !== null;
  const out: string[] = [];
  for (let end = lower.length - 1; end > 0 && isHeadWord(lower[end]!); end--) {
    for (let i = 0; i < end; i++) {
      if (end - i + 1 >= lower.length || (ownerBefore[i] && !(i === 1 && ownBody))) continue;
      const before = lower[i - 1] === 'the' ? lower[i - 2] : lower[i - 1];
      if (before !== 'of') out.push(lower.slice(i, end + 1).join(' '));
    }
  }
  return out;
}

/**
 * Merges a name written by initials ("AMLO", typed a person or read as an acronym) into the
 * person of three or more names whose initials it spells ("Andrés Manuel López Obrador"),
 * when exactly one does. Known bodies and countries are never people.
 */
function mergePersonInitials(clusters: Cluster[]): void {
  const people = clusters.filter((c) => c.type === 'person' && c.mentions.length);
  for (const short of clusters) {
    const forms = short.mentions.map((m) => m.text);
    if (!forms.every((f) => /^\p{Lu}{3,5}$/u.test(f)) || !forms.length) continue;
    if (short.type !== 'person' && canonicalEntity(forms[0]!, short.type === 'place' ? 'place' : 'organization'))
      continue;
    const fits = people.filter(
      (c) =>
        c !== short &&
        c.mentions.length &&
        c.mentions.some((m) => initials(m.text) === forms[0] && forms[0]!.length >= 3),
    );
    if (fits.length !== 1) continue;
    fits[0]!.mentions.push(...short.mentions.map((m) => ({ ...m, type: 'person' as const })));
    short.mentions = [];
  }
}

/**
 * Merges a person named by the given name alone ("Mira chaired the meeting") into the one person
 * of the article whose full name starts with it ("Mira Okonkwo"), when exactly one does and no
 * person of the article has it as a family name. Only known given names: a word that is not
 * one (a Korean family name written first) stays as it is.
 */
function mergeGivenNames(clusters: Cluster[]): void {
  const people = clusters.filter((c) => c.type === 'person' && c.mentions.length);
  const surnames = new Set<string>();
  // full names by their first word (a map, so that a text of thousands of names stays linear)
  const byGiven = new Map<string, Cluster[]>();
  for (const c of people) {
    if (c.words.length < 2) continue;
    surnames.add(c.words[c.words.length - 1]!);
    pushTo(byGiven, c.words[0]!, c);
  }
  for (const short of people) {
    if (short.words.length !== 1) continue;
    const given = short.words[0]!;
    const fits = byGiven.get(given);
    if (fits?.length !== 1 || surnames.has(given) || !isGivenNameWord(given)) continue;
    fits[0]!.mentions.push(...short.mentions);
    short.mentions = [];
  }
}

/**
 * Gives clusters that name a known country, international body or company its canonical name,
 * and merges the clusters of one such entity ("US", "U.S." and "United States" are one; so are
 * "VW" and "Volkswagen").
 */
function mergeKnown(clusters: Cluster[]): void {
  mergeNamed(clusters, (c) => {
    if (c.type === 'person') return null;
    const hit = firstHit(c, (text) => canonicalEntity(text, c.type === 'place' ? 'place' : 'organization'));
    return hit && { key: `${c.type}|${hit.name}`, name: hit.name };
  });
}

// "Scranton, PA", "Pittsburgh, Pa." and "Pennsylvania": one state, named in full. A code written
// after a city is the state even where the tagger read a body ("MD" as an organization).
function mergeUsStates(source: string, clusters: Cluster[]): void {
  mergeNamed(clusters, (c) => {
    if (c.type === 'person' || c.known) return null;
    const afterCity = c.mentions
      .map((m) => usStateAfterCity(source, m.start, m.end) ?? usStateInPartyTag(source, m.start, m.end))
      .find((name) => name !== null);
    const texts = c.mentions.map((m) => m.text);
    const name =
      afterCity ??
      (c.type === 'place' ? (texts.find(isUsStateName) ?? texts.map(stateOfNickname).find(Boolean)) : undefined);
    if (!name) return null;
    c.type = 'place';
    return { key: `place|${name}`, name };
  });
}

/** A region's letter code as written: two or three capitals ("NSW", "BC"). */
const REGION_CODE = /^\p{Lu}{2,3}$/u;

// A region written as the gazetteer writes it but for its hyphens ("Schleswig Holstein"), or by its
// letter code in an article about its country ("NSW" in Australian news): the region, one name.
// Not a city that is a region too: its name stays as the city tables give it.
// A code counts only where the mention was read as a place: the tagger has seen it used so.
function mergeRegions(clusters: Cluster[], country: string | undefined): void {
  mergeNamed(clusters, (c) => {
    if (c.type !== 'place' || c.known) return null;
    // a city keeps its own name ("Kyiv", "Hamburg" are regions too); a code is no city's name
    if (c.mentions.some((m) => !REGION_CODE.test(m.text) && isCityName(m.text))) return null;
    const name = firstHit(c, (text) =>
      REGION_CODE.test(text) ? (country === undefined ? null : regionOfCode(country, text)) : regionName(text),
    );
    return name === null ? null : { key: `place|${name}`, name };
  });
}

// "Varnak Province" (or "Varnak Special Administrative Region") and "Varnak" in one article: one
// place, named without the head and the words of its kind. Not where the bare name is a city
// ("Herat Province" and the city of Herat are two places), and not for "City" or "State"
// ("Mexico City", "Washington State" are not the country or the capital). It runs before known
// places take their canonical names, which read the merged cluster's forms.
function mergeDivisionHeads(clusters: Cluster[]): void {
  const places = clusters.filter((c) => c.type === 'place' && c.mentions.length);
  const written = new Set(places.flatMap((c) => c.mentions.map((m) => m.text.toLowerCase())));
  // the bare names the article also writes with a head
  const bases = new Set(
    places
      .flatMap((c) => c.mentions.map((m) => divisionBase(m.text)?.toLowerCase() ?? ''))
      .filter((b) => written.has(b)),
  );
  mergeNamed(places, (c) => {
    for (const m of c.mentions) {
      const bare = divisionBase(m.text) ?? m.text;
      if (bases.has(bare.toLowerCase())) return { key: `place|${bare.toLowerCase()}`, name: bare };
    }
    return null;
  });
}

/**
 * A division's name without its head and the words of its kind ("Varnak Special Administrative
 * Region" -> "Varnak"), or null: no head, or the bare name is a city ("Herat Province" is not the
 * city of Herat).
 */
function divisionBase(text: string): string | null {
  const words = text.split(' ');
  let n = words.length - 1;
  if (n < 1 || !DIVISION_HEADS.has(words[n]!.toLowerCase())) return null;
  while (n > 1 && DIVISION_KIND_WORDS.has(words[n - 1]!.toLowerCase())) n--;
  const bare = words.slice(0, n).join(' ');
  return isCityName(bare) ? null : bare;
}

// What a table says a cluster names: a key shared by the clusters of one entity, its
// canonical name, and its id slug when the table fixes one.
interface KnownName {
  key: string;
  name: string;
  slug?: string;
}

// The first of a cluster's mentions that a lookup recognizes.
function firstHit<T>(c: Cluster, lookup: (text: string) => T | null): T | null {
  for (const m of c.mentions) {
    const hit = lookup(m.text);
    if (hit !== null) return hit;
  }
  return null;
}

// Names each cluster a table recognizes, and merges the clusters of one entity into the first.
function mergeNamed(clusters: Cluster[], recognize: (c: Cluster) => KnownName | null): void {
  const byKey = new Map<string, Cluster>();
  for (const c of clusters) {
    if (!c.mentions.length) continue;
    const known = recognize(c);
    if (!known) continue;
    const target = byKey.get(known.key);
    if (target) {
      target.mentions.push(...c.mentions);
      c.mentions = [];
    } else {
      c.known = known.name;
      if (known.slug) c.knownSlug = known.slug;
      byKey.set(known.key, c);
    }
  }
}

/**
 * The country an article is about (ISO 3166-1 alpha-2): the one its countries, its larger cities, its regions,
 * the national bodies it names in full and its nationality adjectives name most, at least twice
 * and more often than any other.
 */
function articleCountry(clusters: readonly Cluster[], tokens: readonly Token[]): string | undefined {
  const counts = new Map<string, number>();
  const count = (code: string | null | undefined, n: number): void => {
    if (code) counts.set(code, (counts.get(code) ?? 0) + n);
  };
  for (const c of clusters) {
    if (!c.mentions.length || c.type === 'person') continue;
    const name = c.known ?? c.mentions[0]!.text;
    if (c.type === 'place')
      count(canonicalEntity(name, 'place')?.code ?? cityCountry(name) ?? regionCountry(name), c.mentions.length);
    // a body named in full ("the Bundestag") says which country the article is about
    else count(nationalBody(name)?.country, c.mentions.length);
  }
  // "the Lebanese pound", "Australian voters"
  for (const t of tokens) if (/^\p{Lu}/u.test(t.text)) count(countryOfNationality(t.text), 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  return top && top[1] >= 2 && (!next || top[1] > next[1]) ? top[0] : undefined;
}

/**
 * Gives organizations that name a national body its canonical name and id, and merges the
 * clusters of one body ("the Central Bank" and "Banque du Liban" in an article about Lebanon).
 */
function mergeNationalBodies(clusters: Cluster[], country: string | undefined): void {
  mergeNamed(clusters, (c) => {
    if (c.type !== 'organization' || c.known) return null;
    const body = firstHit(c, (text) => nationalBody(text, country));
    if (!body) return null;
    const id = body.shared ? `${slug(body.name)}-${body.country.toLowerCase()}` : slug(body.name);
    return { key: id, name: body.name, slug: id };
  });
}

/** Initials of the capitalized words ("Organization for Security and Cooperation in Europe" -> "OSCE"). */
function initials(text: string): string {
  const words = text.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : '';
}

function toEntity(
  source: string,
  tokens: readonly Token[],
  c: Cluster,
  ids: Set<string>,
  personStarts: readonly number[],
  bodyAliases: ReadonlyMap<string, string> | undefined,
): Entity {
  const name = c.known ?? c.full ?? canonicalName(c);
  let id = `${c.type}:${c.knownSlug ?? ((c.type === 'person' ? idSlug(name) : slug(name)) || 'entity')}`;
  if (ids.has(id)) {
    let n = 2;
    while (ids.has(`${id}-${n}`)) n++;
    id = `${id}-${n}`;
  }
  ids.add(id);
  const aliases: string[] = [];
  const titles: string[] = [];
  const mentions: Span[] = [];
  for (const m of c.mentions) {
    mentions.push(makeSpan(source, m.start, m.end));
    pushUnique(aliases, m.text);
    const bodyAlone = bodyAliases?.get(m.text);
    if (bodyAlone) pushUnique(aliases, bodyAlone);
    if (m.title) {
      if (titledAlias(source, m)) pushUnique(aliases, source.slice(m.title.start, m.end).replace(/\s+/g, ' '));
      if (!m.title.honorific && !m.title.relation && (!m.title.after || c.type === 'person')) {
        pushUnique(titles, (m.title.listed ?? m.title.text).replace(/\s+/g, ' '));
      }
    }
  }
  const entity: Entity = { id, type: c.type, name, aliases, mentions };
  if (titles.length) entity.titles = titles;
  if (c.type === 'person') {
    const gender = guessGender(tokens, c, personStarts);
    if (gender) entity.gender = gender;
  }
  return entity;
}

/**
 * The country-less alias of each body's written forms (`aliasWithoutCountry`), by the form, kept
 * where no other entity of the article writes that alias or has it too ("the Norwegian Ministry
 * of Ports and the Swedish Ministry of Ports met. The Ministry of Ports ..."): an alias names one
 * entity.
 */
function countryFreeAliases(clusters: readonly Cluster[]): Map<Cluster, Map<string, string>> {
  const owners = new Map<string, Set<Cluster>>();
  const own = (form: string, c: Cluster): void => {
    const k = nameKey(form);
    owners.set(k, (owners.get(k) ?? new Set()).add(c));
  };
  const found = new Map<Cluster, Map<string, string>>();
  for (const c of clusters) {
    for (const m of c.mentions) {
      own(m.text, c);
      const alias = c.type === 'organization' ? aliasWithoutCountry(m.text) : null;
      if (!alias) continue;
      own(alias, c);
      if (!found.has(c)) found.set(c, new Map());
      found.get(c)!.set(m.text, alias);
    }
  }
  for (const byForm of found.values())
    for (const [form, alias] of byForm) if (owners.get(nameKey(alias))!.size !== 1) byForm.delete(form);
  return found;
}

/**
 * The alias of a body written with its country, or null: the name without the country that
 * opens it (`withoutCountry`) or "of" the country that ends it ("Ministry of Kelp Farming of
 * Norway" -> "Ministry of Kelp Farming"). The body is named so on its own and the country is
 * a place of its own. What is left must still name a body: an acronym, or two words or more
 * with an organization's head noun ("British Airways" gives no "Airways").
 */
function aliasWithoutCountry(text: string): string | null {
  const of = text.lastIndexOf(' of ');
  const rest =
    withoutCountry(text) ?? (of > 0 && canonicalEntity(text.slice(of + 4), 'place')?.code ? text.slice(0, of) : null);
  if (!rest) return null;
  const words = rest.split(' ');
  return /^\p{Lu}{2,}$/u.test(rest) || (words.length >= 2 && words.some((w) => ORG_HEADS.has(w.toLowerCase())))
    ? rest
    : null;
}

/**
 * True when the title and the name are written together as one form of the name
 * ("President Biden", "Mr. Biden"): the title directly before the name, for this name
 * alone. An appositive ("Klimkin, a Ukrainian Foreign Minister"), a relation word
 * ("counterpart Sergei Ryabkov") or a plural title shared by several names ("Presidents
 * Joe Biden and Vladimir Putin") gives no such form.
 */
function titledAlias(source: string, m: TypedMention): boolean {
  const t = m.title;
  if (!t || t.relation || t.shared || t.after || t.end > m.start) return false;
  return /^\s+$/.test(source.slice(t.end, m.start));
}

function canonicalName(c: Cluster): string {
  const all = c.mentions.map((m) => displayForm(m.text));
  // "JAPAN" in a headline, "Japan" in the body: prefer the body's spelling.
  const mixed = all.filter((f) => /\p{Ll}/u.test(f) || f.length <= 6);
  const forms = mixed.length ? mixed : all;
  if (c.type === 'person') {
    // the form of most words, the longest of those, the first of those (a form's words counted once)
    const counts = new Map<string, number>();
    const wordCount = (f: string): number => {
      let n = counts.get(f);
      if (n === undefined) counts.set(f, (n = nameWords(f).length));
      return n;
    };
    let best = forms[0]!;
    let bestWords = wordCount(best);
    for (const f of forms) {
      const n = wordCount(f);
      if (n > bestWords || (n === bestWords && f.length > best.length)) {
        best = f;
        bestWords = n;
      }
    }
    return koreanOrder(best);
  }
  // Organizations and places: prefer an expansion over an acronym, then the first form.
  // (the mentions' acronyms gathered once: an entity named thousands of times stays linear)
  const acronym = (f: string): boolean => /^\p{Lu}{2,8}$/u.test(f.replace(/\./g, ''));
  const acronyms = new Set(c.mentions.filter((m) => acronym(m.text)).map((m) => m.text.replace(/\./g, '')));
  const expanded = acronyms.size ? forms.find((f) => f.includes(' ') && acronyms.has(initials(f))) : undefined;
  const chosen =
    expanded ?? (acronym(forms[0]!) ? forms.find((f) => f.includes(' ') && !acronym(f)) : undefined) ?? forms[0]!;
  return c.type === 'place' ? capitalsOfKnownCity(chosen) : chosen;
}

// A city of the gazetteer written only in capitals (a wire dateline: "MADRID (AP) —") is
// named as a reader writes it, "Madrid"; an acronym or an unknown name stays as written.
function capitalsOfKnownCity(name: string): string {
  if (/\p{Ll}/u.test(name) || name.replace(/[^\p{L}]/gu, '').length < 4 || !isCityName(name)) return name;
  return name
    .toLowerCase()
    .split(/([\s-])/u)
    .map(capitalize)
    .join('');
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/**
 * A URL-safe slug: "Joe Biden" -> "joe-biden".
 *
 * @example
 * slug('Organization for Security and Cooperation in Europe'); // 'organization-for-security-and-cooperation-in-europe'
 */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The slug of a person's name with transliteration variants folded, so that one person
 * has one id whichever spelling an article uses: final -iy/-yy/-ij/-ii/-yi and -i after a
 * consonant become -y ("Zelenskiy", "Zelenskyy", "Zelenski" -> "zelensky"; "Dmitri" ->
 * "dmitry"), and so does a final -ei ("Sergei", "Alexei" -> "sergey", "alexey"), a final -ow/-ew
 * becomes -ov/-ev ("Peskow" -> "peskov"), kh becomes h, doubled letters are written once, and the
 * Arabic given names news romanizes most ways take one form (`GIVEN_NAME_FORMS`).
 *
 * @example
 * idSlug('Volodymyr Zelenskyy') === idSlug('Volodymyr Zelensky'); // true
 * idSlug('Dmitri Peskow'); // 'dmitry-peskov'
 * idSlug('Mohammed bin Salman') === idSlug('Muhammad bin Salman'); // true
 */
export function idSlug(name: string): string {
  return slug(name)
    .split('-')
    .map((w) => {
      if (w.length < 4) return w;
      const folded = w
        .replace(/kh/g, 'h')
        .replace(/([a-z])\1+/g, '$1')
        .replace(/(?:iy|yy|ij|ii|yi|y)$/, 'y')
        .replace(/([^aeiouy])i$/, '$1y')
        .replace(/ei$/, 'ey')
        .replace(/([aeo])w$/, '$1v');
      return GIVEN_NAME_FORMS.get(folded) ?? folded;
    })
    .join('-');
}

/**
 * Arabic given names romanized several ways in news ("Mohammed", "Mohammad", "Muhammad",
 * "Mohamed"), after idSlug's own folding (doubled letters written once), to one form.
 */
// prettier-ignore
const GIVEN_NAME_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    muhamad: ['mohamed', 'mohamad', 'muhamed', 'mouhamed', 'mohammed'],
    ahmad: ['ahmed'],
    mahmud: ['mahmoud'],
    husein: ['husain', 'hussein', 'hussain', 'hosein', 'hossein'],
    abdulah: ['abdalah', 'abdalla', 'abdula'],
    yusuf: ['yousef', 'youssef', 'yusef', 'yousuf'],
    mustafa: ['mostafa', 'moustafa', 'mustapha'],
  }).flatMap(([form, variants]) => variants.map((v) => [v, form] as const)),
);

// prettier-ignore
const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
// prettier-ignore
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

/**
 * Gender from the text: an honorific (Mr./Mrs./Ms.), compromise's MaleName/FemaleName tag
 * on the first name, and the first he/she pronoun after a mention when no other person
 * is mentioned in between (same or next sentence).
 */
function guessGender(
  tokens: readonly Token[],
  c: Cluster,
  personStarts: readonly number[],
): 'male' | 'female' | undefined {
  let score = 0;
  for (const m of c.mentions) {
    if (m.title?.honorific && m.title.word) {
      const g = HONORIFICS.get(m.title.word);
      if (g === 'male') score += 3;
      if (g === 'female') score -= 3;
    }
    const first = tokens[m.first]!;
    if (m.last > m.first) {
      if (first.tags.has('MaleName') && !first.tags.has('FemaleName')) score += 2;
      if (first.tags.has('FemaleName') && !first.tags.has('MaleName')) score -= 2;
    }
    const nextPerson = firstAfter(personStarts, m.start);
    for (let k = m.last + 1; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.start >= nextPerson || t.sentence > tokens[m.last]!.sentence + 1) break;
      const w = t.text.toLowerCase();
      if (MALE_PRONOUNS.has(w)) {
        score += 1;
        break;
      }
      if (FEMALE_PRONOUNS.has(w)) {
        score -= 1;
        break;
      }
    }
  }
  return score > 0 ? 'male' : score < 0 ? 'female' : undefined;
}

/** The first value greater than `x` in a sorted list (binary search), or Infinity. */
function firstAfter(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : Infinity;
}
