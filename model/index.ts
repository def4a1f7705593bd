// Public API of the local model. Everything else in model/ is an implementation detail.
// The weights are decoded on the first judge() call (a few ms, see bench/model.bench.ts), so
// importing this module costs nothing on pages that never judge a post.

import { CATEGORIES, type Category } from './categories';
import { judgeWithModel, type Judgement, type Thresholds } from './judge';
import { loadModel, type Model } from './load-model';
import { WEIGHTS } from './weights.generated';

export { CATEGORIES, type Category } from './categories';
export type { Judgement, Reason } from './judge';

/** Flag thresholds chosen on held-back data for at most 5% false positives per head. */
export const DEFAULT_THRESHOLDS: Record<Category, number> = Object.fromEntries(
  CATEGORIES.map((c, i) => [c, WEIGHTS.thresholds[i] ?? 0.5]),
) as Record<Category, number>;

let model: Model | undefined;

/** Decodes the weights now, so the first judge() does not: a feed page does it before its first pass. */
export function prepareModel(): void {
  model ??= loadModel(WEIGHTS);
}

export function judge(text: string, options?: { thresholds?: Thresholds }): Judgement {
  model ??= loadModel(WEIGHTS);
  return judgeWithModel(model, text, options?.thresholds);
}
