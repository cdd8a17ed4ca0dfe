/**
 * The default rule list, in the order `clean` applies it. Order matters and is part of
 * the contract: metadata lines first (the title rule needs to know what follows it),
 * foreign-language passages before embeds (so an untranslated tweet is recorded with its
 * language), then embeds, footers, related links and page chrome; the page-level article
 * extractor (it runs after all block rules, whatever its place); inline rules in
 * application order (each reads the text the rules before it left); flags last.
 */
import type { CleanRule } from '../rule.js';
import {
  advertisementRule,
  browserNoticeRule,
  commentsRule,
  cookieRule,
  endMarkerRule,
  lonePunctuationRule,
  shareRule,
  tagsRule,
  timestampRule,
} from './boilerplate/chrome.js';
import { breadcrumbRule, menuRule, widgetRule } from './boilerplate/head-chrome.js';
import { counterRule, playerClockRule } from './boilerplate/counters.js';
import { captionRule } from './credit/caption.js';
import { captionSentenceRule } from './credit/caption-sentence.js';
import { aboveWireLedeRule } from './credit/above-wire-lede.js';
import { captionCreditRule, captionEchoRule, captionWordingRule } from './credit/caption-more.js';
import { fromOutletRule, wireResidueRule } from './credit/wire-residue.js';
import {
  commentFormRule,
  dateLabelRule,
  factBoxRule,
  paywallLabelRule,
  residueRule,
  sectionLabelRule,
  skipLinkRule,
} from './boilerplate/page-labels.js';
import { outletLineRule } from './footer/outlet-lines.js';
import { footerHeadingRule, headlineRunRule, teaserListRule } from './related/teasers.js';
import { spacedTagRule } from './markup/spaced-tag.js';
import { deskSlugRule } from './credit/desk-slug.js';
import { authorBioRule } from './credit/author-bio.js';
import { reportingCreditRule } from './credit/contributed-reporting.js';
import { photoCreditRule } from './credit/photo-credit.js';
import { embedMarkerRule } from './embed/embed-marker.js';
import { inlineSocialLinkRule } from './embed/inline-social-link.js';
import { linkOnlyRule } from './embed/link-only.js';
import { tweetBodyRule, tweetSignatureRule } from './embed/tweet.js';
import { articleAgreementRule } from './flags/article-agreement.js';
import { calqueRule } from './flags/calque.js';
import { cognateObjectRule } from './flags/cognate-object.js';
import { doubledStemRule } from './flags/doubled-stem.js';
import { doubledWordRule } from './flags/doubled-word.js';
import { firstPersonRule } from './flags/first-person.js';
import { fragmentSentenceRule } from './flags/fragment-sentence.js';
import { gluedWordsRule } from './flags/glued-words.js';
import { markupResidueRule } from './flags/markup-residue.js';
import { brokenHyphenRule, brokenNumberRule, numberWordsRule } from './flags/numbers-punctuation.js';
import { quoteMarksRule } from './flags/quote-marks.js';
import { sentenceBreakRule } from './flags/sentence-break.js';
import { sourceLanguageWordRule, sourceScriptRule } from './flags/source-language.js';
import { subjectDoublingRule } from './flags/subject-doubling.js';
import { copyrightRule } from './footer/copyright.js';
import { editorialRule } from './footer/editorial.js';
import { correctionNoteRule, languageLinkRule } from './footer/notes.js';
import { disclaimerRule } from './footer/disclaimer.js';
import { followUsRule } from './footer/follow-us.js';
import { followPlatformRule } from './footer/follow-platform.js';
import { promoRule } from './footer/promo.js';
import { newsletterRule } from './footer/newsletter.js';
import { sourceLineRule } from './footer/source-line.js';
import { foreignPassageRule } from './language/foreign-passage.js';
import { autolinkRule } from './markup/autolink.js';
import { htmlEntityRule, htmlTagRule } from './markup/html.js';
import { markdownLinkRule } from './markup/markdown-link.js';
import { scriptBlockRule, scriptRule } from './markup/script.js';
import { shortcodeRule } from './markup/shortcode.js';
import { bylineRule } from './metadata/byline.js';
import { authorContactRule } from './metadata/author-contact.js';
import { bylineRoleRule } from './metadata/byline-role.js';
import { editionStampRule } from './metadata/edition-stamp.js';
import { mastheadRule } from './metadata/masthead.js';
import { crawlStampRule } from './metadata/crawl-stamp.js';
import { signOffRule } from './metadata/sign-off.js';
import { datelineRule } from './metadata/dateline.js';
import { suffixBylineRule } from './metadata/suffix-byline.js';
import { sourceUrlRule } from './metadata/source-url.js';
import { titleRule } from './metadata/title.js';
import { wireDatelineRule } from './metadata/wire-dateline.js';
import { wireCreditRule } from './metadata/wire-credit.js';
import { footerOutletRule, mastheadOutletRule, selfReferenceOutletRule } from './metadata/outlet.js';
import { relatedLinksRule } from './related/related-links.js';
import { articleExtractorRule } from '../page/rule.js';
import { apostropheRule } from './translation/apostrophe.js';
import { closingQuoteRule } from './translation/closing-quote.js';
import { doubledWordRepairRule } from './translation/doubled-word.js';
import { sentenceSpaceRule } from './translation/sentence-space.js';
import { ordinalPeriodRule } from './translation/ordinal-period.js';
import { punctuationPairRule } from './translation/punctuation-pair.js';
import { spaceAfterQuoteRule, spaceBeforeQuoteRule } from './translation/quote-spacing.js';
import { invisibleRule, spaceBeforePunctuationRule, spacesRule } from './whitespace/spaces.js';

/**
 * Every built-in rule, in application order. Filter or extend it and pass it as
 * `clean(raw, { rules })`.
 *
 * @example
 * const rules = DEFAULT_RULES.filter((rule) => !rule.id.startsWith('flag/'));
 * clean(raw, { rules });
 */
export const DEFAULT_RULES: readonly CleanRule[] = Object.freeze([
  // Leaked script and style code, then chrome that can stand above the headline (so the
  // title is the first kept block).
  scriptBlockRule,
  cookieRule,
  advertisementRule,
  skipLinkRule,
  sectionLabelRule,
  menuRule,
  breadcrumbRule,
  paywallLabelRule,
  // Metadata lifted out of the head and tail: the outlet's masthead after the byline (a
  // writer's name line is the byline's) and before the title rule; a byline split over a
  // name and a role line after the byline and date lines that show the head.
  bylineRule,
  mastheadRule,
  datelineRule,
  bylineRoleRule,
  authorContactRule,
  editionStampRule,
  suffixBylineRule,
  sourceLineRule,
  photoCreditRule,
  captionRule,
  captionCreditRule,
  captionWordingRule,
  captionEchoRule,
  captionSentenceRule,
  reportingCreditRule,
  wireResidueRule,
  fromOutletRule,
  sourceUrlRule,
  titleRule,
  // After the title rule, so a headline above a wire lede is lifted, not removed.
  aboveWireLedeRule,
  // Passages in another language or script.
  foreignPassageRule,
  // Embeds.
  embedMarkerRule,
  linkOnlyRule,
  tweetSignatureRule,
  tweetBodyRule,
  // Footers, related links and page chrome. Comment forms and tag lines go before related
  // links, so a closing related list does not claim them.
  followUsRule,
  newsletterRule,
  promoRule,
  editorialRule,
  correctionNoteRule,
  languageLinkRule,
  disclaimerRule,
  copyrightRule,
  // After the footer rules above: a call one of them knows stays theirs.
  followPlatformRule,
  commentsRule,
  tagsRule,
  relatedLinksRule,
  teaserListRule,
  headlineRunRule,
  footerHeadingRule,
  shareRule,
  timestampRule,
  // After the timestamp rule: the reading-time forms it knows ("5 min read") stay its own.
  widgetRule,
  counterRule,
  playerClockRule,
  dateLabelRule,
  commentFormRule,
  residueRule,
  factBoxRule,
  lonePunctuationRule,
  endMarkerRule,
  browserNoticeRule,
  deskSlugRule,
  // An author line closing the article, once what follows it is gone; then the outlet's own
  // name lines (a staff signature the sign-off did not take as a byline).
  signOffRule,
  outletLineRule,
  // The note about the writer under the story, once what follows it is gone.
  authorBioRule,
  // The page-level article extractor: runs once after the block rules, over what they left
  // (the block rules then run again over what it leaves).
  articleExtractorRule,
  // Inline, in application order: each rule reads the text as the rules before it left it.
  // The crawl store's stamp, then markup, then whitespace (so repairs see single spaces),
  // then the repairs.
  crawlStampRule,
  scriptRule,
  markdownLinkRule,
  autolinkRule,
  shortcodeRule,
  spacedTagRule,
  htmlTagRule,
  htmlEntityRule,
  inlineSocialLinkRule,
  invisibleRule,
  spacesRule,
  spaceBeforePunctuationRule,
  apostropheRule,
  closingQuoteRule,
  spaceAfterQuoteRule,
  spaceBeforeQuoteRule,
  punctuationPairRule,
  ordinalPeriodRule,
  doubledWordRepairRule,
  sentenceSpaceRule,
  // Metadata read from the final page (removes nothing).
  wireCreditRule,
  mastheadOutletRule,
  footerOutletRule,
  selfReferenceOutletRule,
  // Flags on the cleaned text.
  fragmentSentenceRule,
  doubledStemRule,
  firstPersonRule,
  subjectDoublingRule,
  gluedWordsRule,
  doubledWordRule,
  quoteMarksRule,
  markupResidueRule,
  sourceScriptRule,
  sourceLanguageWordRule,
  sentenceBreakRule,
  numberWordsRule,
  brokenNumberRule,
  brokenHyphenRule,
  articleAgreementRule,
  cognateObjectRule,
  calqueRule,
]);

/**
 * Rules that are not in the default list, for users who want them. `metadata/wire-dateline`
 * removes the wire dateline that opens the story ("MOSCOW, Dec 7 (Reuters) - "). By default
 * the dateline stays in the text: it is the first words of the article's first sentence
 * (both annotated benchmarks count it as article text), and `metadata/wire-credit` reads
 * its place and agency into `metadata.dateline` and `metadata.agency` either way.
 *
 * @example
 * import { clean, DEFAULT_RULES, OPTIONAL_RULES } from 'newsnorm';
 * const raw = 'MOSCOW, Dec 7 (Reuters) - The Kremlin said on Tuesday that the talks had been frank.';
 * clean(raw, { rules: [...DEFAULT_RULES, ...OPTIONAL_RULES] }).text; // 'The Kremlin said on Tuesday that the talks had been frank.'
 */
export const OPTIONAL_RULES: readonly CleanRule[] = Object.freeze([wireDatelineRule]);
