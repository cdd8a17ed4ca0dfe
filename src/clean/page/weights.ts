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
  stage1: [0.45695,0.59506,-0.18239,1.865,0.98987,-0.58316,0.38603,-0.88755,0.52599,0.2259,0.8967,-0.31902,0,0.20016,-4.6314,0.97666,-0.10582,-7.5017,0.075803,-1.5069,-4.3788,-3.1435,1.6477,0.11594,-0.024426,0.24137,0.10976,0.12153,0.042055,-0.019489,-1.1128,0.064259,0.31763,-1.7839,-0.67347,-4.2346,0,-3.5395,0.844,-0.75168,0.58942,-1.1489,0.1005,-0.089295,0.87167,1.1518,1.1628,-1.3548,-0.18311,-1.2289,-0.76929,1.6968,0.16908,-0.22353],
  stage2: [0.63838,0.63555,-0.26749,1.9083,0.97533,-0.52765,0.42301,-0.96926,0.56255,0.17512,1.4186,-0.37679,0,0.7202,-4.7365,0.85933,-0.2303,-7.7765,0.049789,-1.5054,-4.5133,-3.387,1.6015,0.15149,0.024878,0.20569,0.1307,0.13246,0.032932,-0.0028743,-1.2374,0.10648,0.27722,-1.7963,-0.70787,-4.1932,0,-3.8826,0.82729,-0.79401,0.45944,-1.1576,-0.0062845,-0.12232,0.99319,1.2308,1.1854,-1.3412,-0.23425,-1.134,-0.80564,1.4013,0.3121,-0.40019,-0.10937,-0.087389,-0.06943,-0.01651,0.075732,0.012182,0.07521,0.037381,0.11431,0.02716,-0.17479,0.044393],
  decode: {"regionThreshold":0.1,"keepThreshold":0.05,"outsideThreshold":0.8,"maxSandwichTokens":0,"maxEdgeTokens":6,"maxSandwichBlocks":2,"cutAtCue":true,"startAtHeadline":true},
};
