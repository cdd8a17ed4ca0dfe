/**
 * The names of the pipeline's stages, in order: one light home for them, so that the command
 * line can check `--stages` without loading the stages themselves.
 */

/**
 * The stages `normalizeArticle` can run, in pipeline order.
 *
 * @example
 * const stages: Stage[] = ['clean', 'dates']; // normalizeArticle(raw, { stages }) makes no compromise parse
 */
export type Stage = 'clean' | 'dates' | 'entities' | 'quotes';

/**
 * Every stage, in pipeline order (the default of `NormalizeOptions.stages`).
 *
 * @example
 * STAGES; // ['clean', 'dates', 'entities', 'quotes']
 */
// prettier-ignore
export const STAGES: readonly Stage[] = ['clean', 'dates', 'entities', 'quotes'];
