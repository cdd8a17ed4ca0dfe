/**
 * Span passes for name shapes of translated news. A given name is the first word of a person's
 * name where a title or a body's name runs straight into it:
 *
 * - "Minister of Fisheries and Water Ida Renn": a capitalized common word before a given name
 *   is the end of the title (a portfolio), not the person's first name ("Ida Renn").
 * - "the head of the Varnian Commission Ida van der Lind": a given name after a body's head noun
 *   opens the person's name, with the name particles and words after it.
 *
 * A Nordic or German company word written in lower case after a name ends the company's name
 * ("Lenmark kraftnät").
 */
import { bare, oneSpaceBetween } from './candidates.js';
import type { Token } from './parse.js';
import type { SpanContext } from './spans.js';
import { typedSpan } from './spans.js';
import type { TaggedSpan } from './tagger/model.js';
import { isGivenNameWord } from './vocabulary.js';
import { NAME_PARTICLES, ORG_HEADS, ORG_OPENERS, PLACE_HEADS } from '../lexicon/name-parts.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { TITLE_HEADS } from '../lexicon/titles.js';
import { FOREIGN_COMPANY_WORDS } from './context-words.js';

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/** A capitalized word with no name reading, not a given name ("Water", "Fisheries"). */
function commonCapitalized(ctx: SpanContext, t: Token): boolean {
  return TITLE_CASE.test(t.text) && ctx.vocab.isCommonWord(t.text) && !isGivenNameWord(t.text.toLowerCase());
}

/**
 * A capitalized English word of four letters or more that is no given name ("Forests", "Health"):
 * a portfolio's last word. Short words and particles open names ("El Said", "Jan Hale").
 */
function portfolioWord(ctx: SpanContext, t: Token): boolean {
  if (t.text.length < 4 || NAME_PARTICLES.has(t.text.toLowerCase())) return false;
  return (
    commonCapitalized(ctx, t) ||
    (TITLE_CASE.test(t.text) && isEnglishWord(t.text) && !isGivenNameWord(t.text.toLowerCase()))
  );
}

function givenName(t: Token | undefined): boolean {
  return !!t && TITLE_CASE.test(t.text) && isGivenNameWord(t.text.toLowerCase());
}

/**
 * Drops the capitalized common word that opens a person's span of three or more words before a
 * given name ("Water" + "Ida Renn"): the last word of a title or portfolio written before the name.
 * A span whose first word is a given name itself stays whole ("Grace Water", "Rose Ida Lind"). A
 * span read as another type counts only after "and" or "of" (the end of a portfolio) and with no
 * body's or place's head noun in it.
 *
 * @example
 * // "... Minister of Fisheries and Water Ida Renn" -> person "Ida Renn"
 */
export function leadingTitleWord(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens, source } = ctx;
  return spans.map((s) => {
    if (s.last - s.first < 2) return s;
    // a span the tagger read as a body's only after a portfolio's link ("and Forests Ida Renn"),
    // with no head noun of a body or place in it
    // "Minister for Rural Affairs Ida Renn": after a title's "for", a portfolio of up to three words
    const titleFor =
      tokens[s.first - 1]?.text === 'for' && !!tokens[s.first - 2] && TITLE_HEADS.has(bare(tokens[s.first - 2]!));
    if (s.type !== 'PER') {
      const link = tokens[s.first - 1]?.text;
      const heads = tokens
        .slice(s.first + 1, s.last + 1)
        .some((t) => ORG_HEADS.has(bare(t)) || PLACE_HEADS.has(bare(t)));
      if ((link !== 'and' && link !== 'of' && !titleFor) || heads || s.last - s.first > (titleFor ? 5 : 3)) return s;
    }
    let g = s.first + 1;
    if (titleFor) while (g < s.last - 1 && g - s.first < 3 && portfolioWord(ctx, tokens[g]!)) g++;
    const next = tokens[g]!;
    if (!givenName(next) || !oneSpaceBetween(source, tokens[g - 1]!, next)) return s;
    for (let k = s.first; k < g; k++) if (!portfolioWord(ctx, tokens[k]!)) return s;
    // a second common word is no given name's surname ("Water Ida Renn", not "Water Rose Garden")
    if (!TITLE_CASE.test(tokens[g + 1]!.text) || commonCapitalized(ctx, tokens[s.last]!)) return s;
    return typedSpan(ctx, g, s.last, 'PER');
  });
}

/**
 * Splits a body's span that ends in a given name followed by a surname ("Varnian Commission Ida"
 * + "van der" + "Lind"): the body ends at its head noun, the person's name runs from the given
 * name over the name particles to the surname (a span of its own or a capitalized word).
 *
 * @example
 * // "the head of the Varnian Commission Ida van der Lind" -> "Varnian Commission", "Ida van der Lind"
 */
export function givenNameAfterBody(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens, source } = ctx;
  const out: TaggedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const g = s.last;
    const body = tokens[g - 1];
    if (
      s.type === 'PER' ||
      g - s.first < 2 ||
      !givenName(tokens[g]) ||
      !body ||
      !(ORG_HEADS.has(bare(body)) || ORG_OPENERS.has(bare(body))) ||
      !/^\p{Lu}/u.test(body.text) ||
      !oneSpaceBetween(source, body, tokens[g]!)
    ) {
      out.push(s);
      continue;
    }
    // the surname: over particles to a capitalized word right after
    let k = g + 1;
    while (tokens[k] && NAME_PARTICLES.has(tokens[k]!.text) && oneSpaceBetween(source, tokens[k - 1]!, tokens[k]!)) k++;
    const surname = tokens[k];
    if (!surname || !TITLE_CASE.test(surname.text) || !oneSpaceBetween(source, tokens[k - 1]!, surname)) {
      out.push(s);
      continue;
    }
    const nextSpan = spans[i + 1];
    let end = k;
    if (nextSpan && nextSpan.first === k) {
      if (nextSpan.type !== 'PER' && nextSpan.type !== 'MISC') {
        out.push(s);
        continue;
      }
      end = nextSpan.last;
      i++;
    } else if (nextSpan && nextSpan.first <= k) {
      out.push(s);
      continue;
    }
    out.push(typedSpan(ctx, s.first, g - 1, s.type));
    out.push(typedSpan(ctx, g, end, 'PER'));
  }
  return out;
}

/**
 * Takes into a span the lower-case company word right after it ("Lenmark" + "kraftnät"): a
 * company's name written as in its language, the second word in lower case. Words of four
 * letters or more that are no English word; the span becomes an organization.
 *
 * @example
 * // "the operator Lenmark kraftnät said" -> organization "Lenmark kraftnät"
 */
export function lowerCompanyWord(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens, source } = ctx;
  return spans.map((s, i) => {
    const n = tokens[s.last + 1];
    if (!n || spans[i + 1]?.first === s.last + 1 || !oneSpaceBetween(source, tokens[s.last]!, n)) return s;
    if (!/^\p{Ll}{4,}$/u.test(n.text) || !FOREIGN_COMPANY_WORDS.has(n.text) || isEnglishWord(n.text)) return s;
    if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[s.last]!.text)) return s;
    return typedSpan(ctx, s.first, s.last + 1, 'ORG');
  });
}

/** Bodies whose members are titled after them and their seat ("Member of Parliament for ..."). */
const MEMBER_BODIES: ReadonlySet<string> = new Set(['parliament', 'assembly', 'congress', 'legislature']);

/**
 * Keeps the seat of a member's title ("Member of Parliament for Brenford Central"): the body is
 * part of the title, the constituency after "for" a place of its own.
 *
 * @example
 * // "Member of Parliament for Brenford Central Oliver Kent" -> place "Brenford Central"
 */
export function memberSeats(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  return spans.map((s) => {
    if (s.type === 'PER') return s;
    const { first, last } = s;
    const body = bare(tokens[first]!) === 'member' && tokens[first + 1]?.text === 'of' ? first + 2 : first;
    const titled =
      body > first ||
      (tokens[first - 1]?.text === 'of' && !!tokens[first - 2] && bare(tokens[first - 2]!) === 'member');
    if (
      !titled ||
      last < body + 2 ||
      !MEMBER_BODIES.has(bare(tokens[body]!)) ||
      tokens[body + 1]!.text !== 'for' ||
      !/^\p{Lu}/u.test(tokens[body + 2]!.text)
    )
      return s;
    return typedSpan(ctx, body + 2, last, 'LOC');
  });
}
