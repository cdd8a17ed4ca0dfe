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
  features: ["bias","lnTokens","lnChars","sentenceEnd","endsColon","endsQuestion","capitalisedShare","upperShare","lowerShare","digitShare","symbolShare","stopwordShare","noStopwordList","commaRate","separatorRate","bullet","link","copyright","quote","repeated","proseBefore","proseAfter","proseMiddle","lnTokensPrev","lnTokensNext","lnTokensPrev2","lnTokensNext2","lnRunOwn","lnRunNear","lnDistLongest","relativePosition","titleOverlap","first","cueHeading","afterCue","afterCommentsCue","removedByRule","pageShortShare","prevEndsColon","bulletRun","short","shortBetweenLong","stopwordSharePrev","stopwordShareNext","sentenceEndPrev","sentenceEndNext","lnRepeats","countSuffix","headlineShape","proseShare"],
  window: 4,
  stage1: [4.3071,1.2357,-1.0798,1.94,0.50533,-1.0962,0.82528,-0.79117,0.9713,0.4252,-0.065377,-0.69417,0,0.91064,-4.0895,1.2487,0.0018067,-7.0233,0.099838,-1.7633,-5.9722,-4.9967,1.8541,0.14763,-0.032131,0.28728,0.15828,0.22451,0.045165,-0.069457,-0.35567,0.33111,-0.15269,-1.3813,-0.39207,-2.4308,0,-2.614,0.32445,-4.2951,-0.1516,-0.59449,0.15008,0.1921,0.66565,0.96598,1.1646,-1.6027,-0.21288,-1.6121],
  stage2: [4.3495,1.3225,-1.1815,1.982,0.50354,-1.0211,0.86293,-0.96568,1.0834,0.40625,0.25893,-0.77535,0,1.2869,-4.387,1.3174,-0.16633,-6.955,0.10919,-1.8906,-5.6855,-5.2731,2.1529,0.15641,0.013023,0.26037,0.17519,0.23218,0.032303,-0.030246,-0.501,0.2507,-0.16022,-1.3108,-0.6235,-2.6409,0,-3.3854,0.28509,-4.3125,-0.28586,-0.61243,0.060258,0.17909,0.89071,1.0534,1.2845,-1.7597,-0.24711,-1.4888,-0.12981,-0.089749,-0.14246,-0.059474,0.11192,0.073901,0.083486,0.03259,0.12087,0.015918,-0.27262,0.042824],
  decode: {"regionThreshold":0.1,"keepThreshold":0.1,"outsideThreshold":0.8,"maxSandwichTokens":8,"maxEdgeTokens":3,"maxSandwichBlocks":4,"cutAtCue":true},
};
