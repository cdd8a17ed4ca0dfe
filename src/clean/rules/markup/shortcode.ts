/**
 * markup/shortcode — CMS shortcodes left in the text: '[see_also ids="123"]',
 * '[caption id="x" align="alignleft"]', '[/caption]', '[embed]', '[gallery ids="1,2"]'.
 * Shortcodes are recognised by shape (a tag name followed by attr="…" pairs, or a known
 * bare tag name), so bracketed editorial text such as "[sic]" or "[the president]" stays.
 */
import { regexEdits, type InlineRule } from '../../rule.js';

// At most 30 attributes, and an unquoted value never contains '[': a run of "[x a=[x" without
// a closing bracket is scanned a bounded distance from each '[' (linear time).
const WITH_ATTRIBUTES =
  /\[\/?[a-z][a-z0-9_-]{1,30}(?:\s+[a-z_][a-z0-9_-]{0,30}=(?:"[^"\n\]]{0,300}"|'[^'\n\]]{0,300}'|[^\s\]["']{1,100})){1,30}\s*\/?\]/gi;
const BARE =
  /\[\/?(?:see_also|caption|embed|gallery|video|audio|playlist|related|related_posts|tweet|instagram|youtube|contact-form|ad|adsense|advert|pullquote|button|sc|toc|newsletter|read_more|readmore|subscribe)\s*\/?\]/gi;

/**
 * Rule `markup/shortcode`: CMS shortcodes such as [see_also ids="…"] and [/caption].
 *
 * @example
 * clean("The talks [see_also ids=\"123\"] ended.", { rules: [shortcodeRule] }).text; // "The talks ended."
 */
export const shortcodeRule: InlineRule = {
  type: 'inline',
  id: 'markup/shortcode',
  category: 'markup',
  description: 'CMS shortcodes such as [see_also ids="…"] and [/caption]',
  requiresChars: ['['],
  find(text) {
    if (!text.includes('[')) return [];
    const edits = [...regexEdits(WITH_ATTRIBUTES, text, () => ''), ...regexEdits(BARE, text, () => '')];
    // Removals widened over a shared space may overlap: clip, never drop one.
    edits.sort((a, b) => a.start - b.start);
    const out: typeof edits = [];
    for (const edit of edits) {
      const last = out[out.length - 1];
      if (!last || edit.start >= last.end) out.push(edit);
      else if (edit.end > last.end) out.push({ ...edit, start: last.end });
    }
    return out;
  },
};
