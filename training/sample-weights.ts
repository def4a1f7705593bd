// Per-post training weights for one head. Sources differ in size by 100× (48,000 GoEmotions
// comments vs 39 written outrage posts); weighting each (source, label) group by √size keeps the
// big sets from drowning the small, specific ones without letting 39 posts dominate. Positives
// and negatives then get equal total weight (up to the cap), and the mean weight is 1.

import type { Category } from '../model/categories';
import type { Doc } from './corpus';

export const MAX_WEIGHT = 40;

export function weighRows(docs: readonly Doc[], rows: readonly number[], head: Category): number[] {
  const groups = new Map<string, number>();
  const keyOf = (r: number): string => `${docs[r]!.source}|${docs[r]!.labels[head]}`;
  for (const r of rows) groups.set(keyOf(r), (groups.get(keyOf(r)) ?? 0) + 1);
  const classTotal = [0, 0];
  for (const [key, size] of groups) classTotal[key.endsWith('|1') ? 1 : 0]! += Math.sqrt(size);
  const weights = rows.map((r) => {
    const size = groups.get(keyOf(r))!;
    const cls = docs[r]!.labels[head] === 1 ? 1 : 0;
    return Math.sqrt(size) / size / Math.max(classTotal[cls]!, 1e-9);
  });
  const mean = weights.reduce((a, b) => a + b, 0) / Math.max(weights.length, 1);
  // Cap: 31 fomo posts against 70,000 negatives would otherwise weigh ~1,100 each and make
  // single SGD steps huge (the fomo head's logits ran past ±40 before the cap).
  const capped = weights.map((w) => Math.min(w / mean, MAX_WEIGHT));
  const mean2 = capped.reduce((a, b) => a + b, 0) / Math.max(capped.length, 1);
  return capped.map((w) => w / mean2);
}
