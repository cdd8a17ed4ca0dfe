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
  features: ["bias","lnTokens","lnChars","sentenceEnd","endsColon","endsQuestion","capitalisedShare","upperShare","lowerShare","digitShare","symbolShare","stopwordShare","noStopwordList","commaRate","separatorRate","bullet","link","copyright","quote","repeated","proseBefore","proseAfter","proseMiddle","lnTokensPrev","lnTokensNext","lnTokensPrev2","lnTokensNext2","lnRunOwn","lnRunNear","lnDistLongest","relativePosition","titleOverlap","first","cueHeading","afterCue","afterCommentsCue","removedByRule","pageShortShare","prevEndsColon","bulletRun","short","shortBetweenLong"],
  window: 4,
  stage1: [14.139,1.9592,-2.148,2.0247,0.86623,-0.96202,-0.23759,-0.83516,0.16153,0.87069,-3.5969,-0.624,-2.0346,1.8651,-3.1595,1.6418,0.13518,-8.65,0.23799,-0.49662,-14.64,-13.518,2.1189,0.36257,0.2811,0.31972,0.17489,0.052769,0.10373,0.052948,-0.35705,0.90073,0.54261,-1.1863,-0.42041,-2.4458,0,-2.3698,0.038292,-4.4045,0.016422,-0.99973],
  stage2: [13.806,1.9788,-2.1768,2.0766,0.86502,-0.98856,-0.2104,-0.78005,0.25423,0.856,-3.5752,-0.70716,-1.9722,2.2443,-3.662,1.748,0.095337,-8.7512,0.2139,-0.47676,-14.774,-13.254,2.1528,0.34403,0.3349,0.30015,0.24272,0.072247,0.090912,0.052389,-0.20546,0.86919,0.48418,-1.1915,-0.3361,-2.4945,0,-2.3629,-0.045178,-4.7757,-0.060474,-1.0896,-0.023807,0.028308,-0.12342,-0.15929,0.13945,0.065172,0.06964,-0.0052596],
  decode: {"regionThreshold":0.3,"keepThreshold":0.1,"outsideThreshold":1.01,"maxSandwichTokens":8},
};
