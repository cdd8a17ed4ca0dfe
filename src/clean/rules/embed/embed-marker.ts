/**
 * embed/marker — placeholder lines that scrapers leave where an embed was: "Embed:",
 * "View this post on Instagram", "A post shared by …", "Click to play video", "[embed]…",
 * video-player residue ("Video PlayerClose").
 */
import { lineRule } from '../../rule.js';

/**
 * Rule `embed/marker`: Embed placeholders ("Embed:", "View this post on Instagram", "Click to play video").
 *
 * @example
 * clean("Putin spoke.\n\nEmbed:", { rules: [embedMarkerRule] }).text; // "Putin spoke."
 */
export const embedMarkerRule = lineRule(
  'embed/marker',
  'embed',
  'Embed placeholders ("Embed:", "View this post on Instagram", "Click to play video")',
  /^(?:embed(?:ded)?(?: content| code| video| tweet| post| media)?\s*:?|\[embed\][^\n]{0,500}|view this (?:post|video|photo|profile) on (?:instagram|facebook|tiktok|youtube|x|twitter)|a post shared by [^\n]{1,120}|(?:watch|view) (?:on|this video on) (?:youtube|vimeo|facebook)|click (?:here )?to (?:play|watch|expand|view|load)(?: (?:the )?(?:video|embed|content|tweet))?|(?:video|audio|media) ?player(?:\s?close|\s?is loading\.?)?|close (?:the )?(?:video|player)|play video|loading (?:tweet|video|embed|content)(?:…|\.{3})?|this (?:content|video|embed|tweet) (?:is not available|cannot be displayed|has been removed)[^\n]{0,100}|\(?(?:video|photo|audio)\)?:?)$/i,
);
