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
  features: ["bias","lnTokens","lnChars","sentenceEnd","endsColon","endsQuestion","capitalisedShare","upperShare","lowerShare","digitShare","symbolShare","stopwordShare","noStopwordList","commaRate","separatorRate","bullet","link","copyright","quote","repeated","proseBefore","proseAfter","proseMiddle","lnTokensPrev","lnTokensNext","lnTokensPrev2","lnTokensNext2","lnRunOwn","lnRunNear","lnDistLongest","relativePosition","titleOverlap","first","cueHeading","afterCue","afterCommentsCue","removedByRule","pageShortShare","prevEndsColon","bulletRun","short","shortBetweenLong","stopwordSharePrev","stopwordShareNext","sentenceEndPrev","sentenceEndNext","lnRepeats","countSuffix","headlineShape","proseShare","afterRelatedCue"],
  window: 4,
  stage1: [4.2827,1.2158,-1.0541,1.9399,0.4861,-1.0873,0.73574,-0.76854,0.91182,0.39865,-0.10837,-0.69871,0,1.011,-4.1824,1.226,-0.020869,-7.069,0.093142,-1.764,-6.0572,-5.0042,1.9269,0.15118,-0.033351,0.29563,0.15724,0.22603,0.04978,-0.059475,-0.34626,0.32904,-0.11418,-1.4491,0.985,-2.8982,0,-2.6665,0.27668,-4.2799,-0.12832,-0.60866,0.15318,0.17928,0.66233,0.9641,1.1719,-1.5956,-0.20849,-1.6095,-1.5222],
  stage2: [4.3338,1.2955,-1.1464,1.9676,0.48222,-1.003,0.75549,-0.90502,1.0165,0.39402,0.1719,-0.77525,0,1.3974,-4.5031,1.297,-0.19416,-6.99,0.098332,-1.8993,-5.8158,-5.2302,2.2302,0.15325,0.0071098,0.26217,0.17415,0.22924,0.038755,-0.01018,-0.45007,0.24878,-0.15113,-1.3715,0.95739,-3.1129,0,-3.5369,0.23315,-4.3581,-0.26332,-0.61559,0.064484,0.16621,0.87063,1.0452,1.2911,-1.732,-0.23734,-1.4739,-1.7631,-0.12217,-0.08673,-0.13987,-0.057174,0.11307,0.066044,0.082395,0.032521,0.12752,0.020912,-0.27404,0.02331],
  decode: {"regionThreshold":0.1,"keepThreshold":0.1,"outsideThreshold":0.95,"maxSandwichTokens":4,"maxEdgeTokens":3,"maxSandwichBlocks":2,"cutAtCue":false},
};
