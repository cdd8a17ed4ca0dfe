/**
 * credit/author-bio — the note about the writer some sites print under the story: "Jane Doe
 * is a reporter covering city hall. She joined the paper in 2019." and the contact line after
 * it ("Contact her at …", "Follow him on X @…"). It is about the writer, not the story.
 *
 * Only where nothing else can be meant: the paragraph opens with the name of a byline the page
 * printed above it (a short line holding the whole name, usually "By …"), says the person is a
 * reporter, writer, editor or the like in its first sentence, and no paragraph of prose is kept
 * after it. A profile of a journalist opens its story with the same words, but the story
 * continues after that paragraph.
 */
import type { BlockRule } from '../../rule.js';
import { endsSentence, moreWordsThan } from '../../shape.js';
import { capitalize } from '../../../lexicon/pattern.js';

const MAX_LENGTH = 600;
// "Jane Doe is a reporter."
const MIN_LENGTH = 24;
// "Jane Doe is a staff reporter", "John Roe was an editor", "Ana Lima has been a correspondent":
// a name of two to four words, then a profession within the first sentence.
const BIO = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:is|was|has been|serves as)\s+(?:a|an|the)\s+[^.!?]{0,80}?\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|photographer|photojournalist|freelancer|critic|anchor|bureau chief)s?\b`,
  'u',
);
/**
 * A bio in the site's language, by ISO 639-1 code: the verbs that say what the writer is
 * ("ist", "är", "on", "là") and the professions that may follow within the first sentence, as
 * regex sources in lower case (a capitalised form is matched too: "ist Redakteurin"). The
 * English words are BIO's; a bio in another script than the article's goes as a foreign passage
 * before this rule reads it; a language where the profession comes last or is declined in a genitive phrase
 * ("X a lap újságírója") is left out.
 */
// prettier-ignore
const BIO_WORDS: Readonly<Record<string, { verbs: string; roles: readonly string[] }>> = {
  de: { verbs: 'ist|war', roles: ['reporter(?:in)?', 'redakteur(?:in)?', 'korrespondent(?:in)?', 'journalist(?:in)?', 'kolumnist(?:in)?', 'fotograf(?:in)?', 'volontär(?:in)?'] },
  fr: { verbs: 'est|était', roles: ['journaliste', 'reporter', 'correspondante?', 'rédact(?:eur|rice)', 'chroniqueu(?:r|se)', 'photographe', 'éditorialiste'] },
  es: { verbs: 'es|fue', roles: ['periodista', 'reportera?', 'corresponsal', 'redactora?', 'editora?', 'columnista', 'fotógraf[oa]'] },
  pt: { verbs: 'é|foi', roles: ['jornalista', 'repórter', 'correspondente', 'redatora?', 'editora?', 'colunista', 'fotógraf[oa]'] },
  it: { verbs: 'è|era', roles: ['giornalista', 'cronista', 'corrispondente', 'redatt(?:ore|rice)', 'inviat[oa]', 'fotograf[oa]', 'editorialista'] },
  nl: { verbs: 'is|was', roles: ['verslaggever', 'verslaggeefster', 'redacteur', 'journaliste', 'correspondente', 'fotograaf'] },
  sv: { verbs: 'är|var', roles: ['reporter', 'journalist', 'korrespondent', 'redaktör', 'krönikör', 'fotograf'] },
  no: { verbs: 'er|var', roles: ['journalist', 'reporter', 'korrespondent', 'redaktør', 'kommentator', 'fotograf'] },
  da: { verbs: 'er|var', roles: ['journalist', 'reporter', 'korrespondent', 'redaktør', 'kommentator', 'fotograf'] },
  fi: { verbs: 'on|oli', roles: ['toimittaja', 'kirjeenvaihtaja', 'reportteri', 'kolumnisti', 'valokuvaaja', 'uutispäällikkö'] },
  pl: { verbs: 'jest|był|była', roles: ['dziennikar(?:zem|ką)', 'reporter(?:em|ką)', 'korespondent(?:em|ką)', 'redaktor(?:em|ką)', 'publicyst(?:ą|ką)', 'fotoreporter(?:em|ką)'] },
  cs: { verbs: 'je|byl|byla', roles: ['novinář(?:kou|em|ka)?', 'reportér(?:kou|em|ka)?', 'redaktor(?:kou|em|ka)?', 'zpravodaj(?:kou|em|ka)?', 'komentátor(?:kou|em|ka)?'] },
  sk: { verbs: 'je|bol|bola', roles: ['novinár(?:kou|om|ka)?', 'reportér(?:kou|om|ka)?', 'redaktor(?:kou|om|ka)?', 'komentátor(?:kou|om|ka)?'] },
  ro: { verbs: 'este|a fost', roles: ['jurnalist[ăa]?', 'reporter', 'corespondent[ăa]?', 'redactor', 'editor', 'fotoreporter'] },
  id: { verbs: 'adalah|merupakan', roles: ['wartawan', 'jurnalis', 'reporter', 'koresponden', 'editor', 'kolumnis', 'fotografer', 'penulis'] },
  ms: { verbs: 'adalah|merupakan|ialah', roles: ['wartawan', 'jurnalis', 'pemberita', 'editor', 'kolumnis', 'jurugambar', 'penulis'] },
  vi: { verbs: 'là', roles: ['phóng viên', 'nhà báo', 'biên tập viên', 'cộng tác viên'] },
};
// "Anna Berg är reporter på …", "Jan Novák je redaktorem …": the name, the language's verb, at
// most 80 characters of the first sentence, that language's profession as a whole word.
const BIO_OTHER = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:` +
    Object.values(BIO_WORDS)
      .map(
        ({ verbs, roles }) =>
          String.raw`(?:${verbs})\s+(?:[^.!?]{0,80}?\s)?(?:${roles.flatMap((role) => [role, capitalize(role)]).join('|')})`,
      )
      .join('|') +
    String.raw`)(?=[\s,.;:!?)]|$)`,
  'u',
);

// The lines that go with a bio: how to reach the writer.
const CONTACT = /^(?:contact|reach|email|e-mail|follow|write to)\s+(?:him|her|them|me)\b/i;
// A byline line holding the name: short, and above the bio.
const MAX_BYLINE_WORDS = 12;
// A kept paragraph of this many words after the bio means the story goes on.
const PROSE_WORDS = 20;

/**
 * Rule `credit/author-bio`: The note about the writer closing the article ("Jane Doe is a reporter covering …"), with the contact line after it.
 *
 * @example
 * clean('By Jane Doe\n\nThe council voted on Tuesday to approve four new bus routes for the east side of the city.\n\nJane Doe is a reporter covering transportation.', { rules: [authorBioRule] }).text; // 'By Jane Doe\n\nThe council voted on Tuesday to approve four new bus routes for the east side of the city.'
 */
export const authorBioRule: BlockRule = {
  type: 'block',
  id: 'credit/author-bio',
  category: 'credit',
  description:
    'The note about the writer closing the article ("Jane Doe is a reporter covering …"), with the contact line after it',
  maxLength: MAX_LENGTH,
  match(block, context) {
    const { text, index } = block;
    // Read from a few characters first: a bio is a sentence opening with a name (menu lines and
    // most paragraphs fail here, before any pattern runs).
    if (text.length > MAX_LENGTH || text.length < MIN_LENGTH || !endsSentence(text) || !opensWithTwoCapitals(text))
      return null;
    const name = (BIO.exec(text) ?? BIO_OTHER.exec(text))?.[1];
    if (name === undefined || context.keptBefore(index) < 2) return null;
    const { blocks } = context;
    let byline = false;
    for (let j = 0; j < index && !byline; j++) {
      byline = blocks[j]!.text.includes(name) && !moreWordsThan(blocks[j]!.text, MAX_BYLINE_WORDS);
    }
    if (!byline) return null;
    let through = index;
    for (let j = index + 1; j < blocks.length; j++) {
      if (context.isRemoved(j)) continue;
      const after = blocks[j]!.text;
      if (CONTACT.test(after) && !moreWordsThan(after, PROSE_WORDS)) through = j;
      else if (moreWordsThan(after, PROSE_WORDS - 1)) return null;
    }
    return through === index ? {} : { through };
  },
};

// Whether a text opens with two words that start with a capital letter ("Jane Doe is …"),
// read from two characters.
function opensWithTwoCapitals(text: string): boolean {
  const space = text.indexOf(' ');
  return space > 0 && isCapital(text.charCodeAt(0)) && isCapital(text.charCodeAt(space + 1));
}

// A–Z, or any letter above ASCII (BIO decides about those).
const isCapital = (code: number): boolean => (code >= 65 && code <= 90) || code > 127;
