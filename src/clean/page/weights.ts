/**
 * Weights of the page-level article extractor, fitted by scripts/train-clean.ts on the
 * development split of the article-extraction benchmark (109 pages). Generated: do not edit;
 * retrain after changing features.ts.
 */
import type { PageModel } from './model.js';

/**
 * The fitted model (feature names, stage-1 and stage-2 weights, decoder thresholds).
 *
 * @example
 * PAGE_MODEL.features[0]; // 'bias'
 */
export const PAGE_MODEL: PageModel = {
  features: ["bias","lnTokens","lnChars","sentenceEnd","endsColon","endsQuestion","capitalisedShare","upperShare","lowerShare","digitShare","symbolShare","stopwordShare","noStopwordList","commaRate","separatorRate","bullet","link","copyright","quote","repeated","proseBefore","proseAfter","proseMiddle","lnTokensPrev","lnTokensNext","lnTokensPrev2","lnTokensNext2","lnRunOwn","lnRunNear","lnDistLongest","relativePosition","titleOverlap","first","cueHeading","afterCue","afterCommentsCue","removedByRule","pageShortShare","prevEndsColon","bulletRun","short","shortBetweenLong","stopwordSharePrev","stopwordShareNext","sentenceEndPrev","sentenceEndNext","lnRepeats","countSuffix","headlineShape","proseShare","afterRelatedCue","afterHeadline","lnAfterHeadline","isHeadline"],
  window: 4,
  stage1: [1.964,1.3315,-1.052,1.8921,1.0614,-0.78969,1.1671,-0.9233,1.3114,0.41752,-0.33921,-0.49669,0,0.17924,-4.5428,1.4435,0.16186,-7.0368,0.07117,-1.6371,-5.496,-4.6146,1.6888,0.097173,0.0065963,0.26243,0.13443,0.20463,0.035849,0.092914,-0.85281,0.23951,0.34386,-1.5351,-0.42498,-3.2811,0,-2.3586,0.81172,-1.6339,0.1711,-0.72994,0.038055,0.053488,0.74676,0.84118,1.0976,-1.2261,-0.12153,-1.5394,-0.65091,2.3093,-0.15458,-0.19951],
  stage2: [2.0346,1.3917,-1.1211,1.8751,1.0652,-0.71666,1.2318,-1.0772,1.3556,0.43027,0.1124,-0.55565,0,0.7395,-4.6527,1.3535,0.010365,-7.1997,0.047918,-1.6724,-5.3244,-4.7877,1.71,0.12055,0.05633,0.17658,0.17032,0.20484,0.034258,0.12346,-1.1686,0.31643,0.18627,-1.6603,-0.47581,-3.3828,0,-2.9324,0.77131,-1.6108,0.063321,-0.71329,-0.042011,-0.0071729,0.73083,0.95157,1.119,-1.2639,-0.11902,-1.3693,-0.79663,1.9364,0.040984,-0.28168,-0.065829,-0.11546,-0.043934,-0.035523,0.10456,0.052815,0.056046,0.036019,0.10407,-0.017662,-0.2788,0.066587],
  decode: {"regionThreshold":0.1,"keepThreshold":0.1,"outsideThreshold":1.01,"maxSandwichTokens":8,"maxEdgeTokens":6,"maxSandwichBlocks":1,"cutAtCue":false,"startAtHeadline":true},
};
