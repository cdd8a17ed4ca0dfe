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
  stage1: [0.46029,0.59614,-0.18538,1.8694,1.0436,-0.58308,0.38249,-0.88421,0.52073,0.23656,0.86369,-0.3174,0,0.21873,-4.5432,0.97632,-0.11116,-7.5035,0.07238,-1.5058,-4.39,-3.1535,1.6492,0.11727,-0.02629,0.24227,0.10982,0.1231,0.04224,-0.019146,-1.1131,0.063907,0.31706,-1.8157,-0.66355,-4.2151,0,-3.5332,0.83817,-0.76925,0.59324,-1.1474,0.099938,-0.088044,0.86913,1.1527,1.161,-1.3547,-0.17567,-1.2304,-0.77655,1.696,0.16833,-0.22402],
  stage2: [0.6399,0.63618,-0.27084,1.915,1.0307,-0.53366,0.4222,-0.96585,0.55717,0.19294,1.3918,-0.37516,0,0.73739,-4.6655,0.85077,-0.23491,-7.7768,0.047415,-1.4973,-4.5161,-3.3933,1.5895,0.15551,0.024388,0.20521,0.12784,0.13347,0.031684,-0.0024047,-1.2307,0.10711,0.27669,-1.8193,-0.68767,-4.1506,0,-3.8489,0.83174,-0.82118,0.46392,-1.1603,-0.0074062,-0.12056,0.98828,1.2254,1.1779,-1.3381,-0.22422,-1.1329,-0.80982,1.3973,0.30799,-0.40571,-0.11054,-0.087974,-0.068959,-0.011195,0.078723,0.012169,0.072994,0.034486,0.11625,0.028945,-0.17391,0.044559],
  decode: {"regionThreshold":0.05,"keepThreshold":0.1,"outsideThreshold":1.01,"maxSandwichTokens":12,"maxEdgeTokens":6,"maxSandwichBlocks":0,"cutAtCue":true,"startAtHeadline":true,"anchorBeforeCue":true},
};
