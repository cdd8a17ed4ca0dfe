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
  stage1: [0.45816,0.59501,-0.18401,1.8696,1.0434,-0.5831,0.38179,-0.88641,0.51987,0.23667,0.86278,-0.31741,0,0.21831,-4.5435,0.97482,-0.11063,-7.5029,0.072202,-1.5029,-4.3923,-3.153,1.6488,0.11736,-0.026455,0.24228,0.10973,0.12311,0.042275,-0.019267,-1.1155,0.069914,0.3169,-1.8163,-0.66425,-4.2155,0,-3.5289,0.83795,-0.76853,0.59378,-1.1477,0.099697,-0.088328,0.86925,1.1531,1.1594,-1.354,-0.1757,-1.2307,-0.77658,1.694,0.16978,-0.22909],
  stage2: [0.63747,0.63501,-0.26938,1.9153,1.0305,-0.53369,0.42143,-0.9682,0.55627,0.19285,1.3908,-0.37527,0,0.73685,-4.6663,0.85,-0.23452,-7.7764,0.047305,-1.4945,-4.5186,-3.393,1.5902,0.15546,0.024177,0.20531,0.12794,0.13358,0.031775,-0.0025203,-1.2334,0.11297,0.27691,-1.8201,-0.68893,-4.152,0,-3.8457,0.83169,-0.82072,0.46446,-1.1604,-0.0078237,-0.12089,0.98876,1.226,1.1765,-1.3377,-0.22441,-1.1337,-0.80997,1.3959,0.30946,-0.40997,-0.11052,-0.087916,-0.069069,-0.011447,0.078618,0.012261,0.072993,0.034333,0.11631,0.028969,-0.17397,0.044684],
  decode: {"regionThreshold":0.1,"keepThreshold":0.1,"outsideThreshold":0.8,"maxSandwichTokens":4,"maxEdgeTokens":3,"maxSandwichBlocks":1,"cutAtCue":true,"startAtHeadline":true,"anchorBeforeCue":true},
};
