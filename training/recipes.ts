// The two recipes npm run eval compares, and the one npm run train ships.
//
// BASELINE is the plain floor the issue tracker asked for: L2-regularised logistic regression on
// hashed word 1–2-grams and character 3–5-grams, links and @mentions replaced by a placeholder
// word, digits folded, classes balanced, one penalty for every head. SHIPPED differs only where
// leave-one-source-out showed it earns its place (docs/model-card.md has the figures):
// - links, @mentions and hashtag signs are removed, not kept as words: they mark where a text
//   came from (AI reply bots open with @mentions), not who wrote it;
// - inside each class, each source weighs by √size instead of size, so the hate sets and
//   GoEmotions (120,000 posts) do not decide what outrage or fear look like on every platform;
// - the fomo head, whose only positives are 39 written pressure ads, is regularised less (3e-6
//   instead of 1e-5: 0.943 → 0.948 macro AUROC over the three held-out platform groups).
// Tried and dropped, as they did not help on held-out sources: link and @mention presence as
// features of their own for the manipulation heads (scam 0.639 → 0.637, engagement bait 0.775 →
// 0.773); two phrase families from public guidance as features (Facebook's 2017 engagement-bait
// types, the FTC's signs of phishing): scam 0.639 → 0.638, engagement bait unchanged, as the
// data holds too few such phrases for any weight to be learned from them.

import { CATEGORIES } from '../model/categories';
import type { Markers } from '../model/grams';
import type { Recipe } from './loso';

export interface NamedRecipe { name: string; markers: Markers; recipe: Recipe }

const everyHead = (x: number): number[] => CATEGORIES.map(() => x);

/** The baseline's one penalty is chosen among these by leave-one-source-out (npm run eval). */
export const BASELINE_PENALTIES = [3e-6, 1e-5, 3e-5] as const;

export function baseline(l2: number): NamedRecipe {
  return {
    name: `plain baseline, L2 ${l2}`,
    markers: 'token',
    recipe: { l2: everyHead(l2), sourceBalance: everyHead(0), epochs: 4, learningRate: 0.1, seed: 11 },
  };
}

export const SHIPPED: NamedRecipe = {
  name: 'Realign',
  markers: 'remove',
  recipe: { l2: CATEGORIES.map((c) => (c === 'fomo' ? 3e-6 : 1e-5)), sourceBalance: everyHead(0.5), epochs: 4, learningRate: 0.1, seed: 11 },
};
