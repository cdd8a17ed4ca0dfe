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

const MAX_LENGTH = 600;
// "Jane Doe is a reporter."
const MIN_LENGTH = 24;
// "Jane Doe is a staff reporter", "John Roe was an editor", "Ana Lima has been a correspondent":
// a name of two to four words, then a profession within the first sentence.
const BIO = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:is|was|has been|serves as)\s+(?:a|an|the)\s+[^.!?]{0,80}?\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|photographer|photojournalist|freelancer|critic|anchor|bureau chief)s?\b`,
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
    const name = BIO.exec(text)?.[1];
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
