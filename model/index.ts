// Public API of the local model. Everything else in model/ is an implementation detail.
// The weights are decoded on the first judge() call (see bench/model.bench.ts), so importing this
// module costs nothing on pages that never judge a post.

import { CATEGORIES, type Category } from './categories';
import { judgeWithModel, type Judgement, type Thresholds } from './judge';
import { loadModel, type Model } from './load-model';
import { scoreOf } from './score';
import type { HeadCard } from './weights-format';
import { WEIGHTS } from './weights.generated';

export { CATEGORIES, type Category } from './categories';
export type { Judgement, Reason, Strength } from './judge';
export type { HeadCard } from './weights-format';

let model: Model | undefined;

/** Decodes the weights now, so the first judge() does not: a feed page does it before its first pass. */
export function prepareModel(): void {
  model ??= loadModel(WEIGHTS);
}

function loaded(): Model {
  model ??= loadModel(WEIGHTS);
  return model;
}

/**
 * Per head, the score at which it labels: chosen on posts from sources the weights never saw so
 * that about 1 in 300 ordinary human posts (and at most 1 in 100 of any one source) gets that label.
 */
export const DEFAULT_THRESHOLDS: Record<Category, number> = Object.fromEntries(
  CATEGORIES.map((c, h) => [c, scoreOf(WEIGHTS.rarity, WEIGHTS.tail[h]!, WEIGHTS.cards[h]!.some)]),
) as Record<Category, number>;

/** What each head's labels meant in testing (model card, sensitivity dial, label wording). */
export const HEAD_CARDS: Record<Category, HeadCard> = Object.fromEntries(CATEGORIES.map((c, h) => [c, WEIGHTS.cards[h]!])) as Record<Category, HeadCard>;

export function judge(text: string, options?: { thresholds?: Thresholds }): Judgement {
  return judgeWithModel(loaded(), text, options?.thresholds);
}
