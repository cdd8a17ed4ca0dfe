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
  stage1: [2.2125,1.3495,-1.0892,1.9337,0.40678,-0.98199,1.0873,-0.96544,1.1298,0.37065,-0.017749,-0.61566,0,0.40744,-4.3874,1.4074,-0.086174,-7.0758,0.081382,-1.7647,-5.6206,-4.4367,1.5898,0.1208,-0.029903,0.27486,0.10571,0.22554,0.031121,0.079287,-0.47063,0.41931,0.50657,-1.6327,0.57651,-2.7046,0,-2.7879,0.29258,-4.2849,0.20118,-0.83145,0.15237,0.18017,0.74168,0.91489,1.1744,-1.3567,-0.14334,-1.721,-1.2414,2.3733,-0.25085,-0.35486],
  stage2: [1.7321,1.3983,-1.1411,2.0126,0.42897,-0.86847,1.0052,-1.1411,1.0324,0.34736,0.080586,-0.60875,0,0.90474,-4.4361,1.3344,-0.25462,-7.1479,0.05592,-1.9378,-5.5111,-4.1485,1.7675,0.13345,0.017093,0.20705,0.16388,0.23337,0.029531,0.12376,-0.69983,0.43476,0.28537,-1.5891,0.57677,-3.0027,0,-3.7924,0.22647,-4.0476,0.10287,-0.83043,0.08876,0.1605,0.82864,1.0955,1.2824,-1.4454,-0.13271,-1.5869,-1.5951,2.3321,-0.10075,-0.090935,-0.098965,-0.12528,-0.065117,-0.065031,0.11987,0.057806,0.063398,0.049542,0.11448,-0.076453,-0.2605,0.031053],
  decode: {"regionThreshold":0.1,"keepThreshold":0.2,"outsideThreshold":0.95,"maxSandwichTokens":12,"maxEdgeTokens":6,"maxSandwichBlocks":4,"cutAtCue":false},
};
