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
  stage1: [5.385,1.6574,-1.605,1.9572,0.81197,-0.93045,-0.5172,-0.63455,-0.10849,1.0248,-3.819,-0.47833,-1.7816,1.6454,-3.6022,1.6027,0.22152,-6.5949,0.22002,-0.32255,-6.8591,-5.6893,1.9725,0.31745,0.23696,0.32129,0.15226,0.048299,0.12551,-0.0056777,-0.30765,0.61989,0.33706,-1.1027,-0.43099,-2.3576,0,-2.0401,0.035466,-4.4922,0.30727,-0.96827],
  stage2: [4.3746,1.675,-1.6308,2.0571,0.85276,-0.94748,-0.51543,-0.58727,-0.0047733,1.0557,-3.7583,-0.54961,-1.5876,2.071,-4.2695,1.7598,0.16945,-6.6864,0.19343,-0.31817,-6.765,-5.0285,2.2344,0.33372,0.30772,0.32882,0.24913,0.084732,0.12677,-0.012585,-0.17728,0.59694,0.33326,-1.0865,-0.47192,-2.5926,0,-2.2648,-0.037025,-4.6626,0.24143,-1.0142,-0.07042,-0.0044801,-0.13969,-0.15865,0.14803,0.054203,0.074744,-0.020107],
  decode: {"regionThreshold":0.1,"keepThreshold":0.1,"outsideThreshold":0.9,"maxSandwichTokens":8,"maxEdgeTokens":6},
};
