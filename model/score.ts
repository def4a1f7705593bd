// Linear scoring of one post for all seven heads at once, and the score a person sees.
//
//   logit[h] = bias[h] + scale[h] × ((Σ word-gram int8 weights) / √(word grams) + (Σ char-gram int8 weights) / √(char grams))
//   score[h] = 1 − share of ordinary human posts scoring at least logit[h]   (model.tail)
//
// Bucket weights are stored bucket-major (7 heads side by side) so each gram touches one cache
// line; this loop is most of judge()'s cost.

import type { Grams } from './grams';
import type { Model } from './load-model';

/** Fill `logits` with every head's raw score. */
export function scoreLogits(g: Grams, m: Model, logits: Float64Array): void {
  const W = m.weights, buckets = g.buckets;
  const nw = g.words, nc = g.chars;
  // Seven heads unrolled into locals (HEAD_COUNT is 7): no inner loop, no accumulator array.
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0;
  for (let i = 0; i < nw; i++) {
    const o = buckets[i]! * 7;
    a0 += W[o]!; a1 += W[o + 1]!; a2 += W[o + 2]!; a3 += W[o + 3]!; a4 += W[o + 4]!; a5 += W[o + 5]!; a6 += W[o + 6]!;
  }
  let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0;
  for (let i = nw; i < nw + nc; i++) {
    const o = buckets[i]! * 7;
    c0 += W[o]!; c1 += W[o + 1]!; c2 += W[o + 2]!; c3 += W[o + 3]!; c4 += W[o + 4]!; c5 += W[o + 5]!; c6 += W[o + 6]!;
  }
  const sw = nw > 0 ? 1 / Math.sqrt(nw) : 0, sc = nc > 0 ? 1 / Math.sqrt(nc) : 0;
  const b = m.bias, k = m.scale;
  logits[0] = b[0]! + (a0 * sw + c0 * sc) * k[0]!; logits[1] = b[1]! + (a1 * sw + c1 * sc) * k[1]!;
  logits[2] = b[2]! + (a2 * sw + c2 * sc) * k[2]!; logits[3] = b[3]! + (a3 * sw + c3 * sc) * k[3]!;
  logits[4] = b[4]! + (a4 * sw + c4 * sc) * k[4]!; logits[5] = b[5]! + (a5 * sw + c5 * sc) * k[5]!;
  logits[6] = b[6]! + (a6 * sw + c6 * sc) * k[6]!;
}

/**
 * 1 − the share of ordinary posts that score `logit` or more, interpolated in log-share between the
 * table's points. 0.997 means "higher than all but 3 in 1,000 ordinary posts". Strictly rising in
 * the logit, so ranking posts by score is ranking them by evidence.
 */
export function scoreOf(rarity: readonly number[], tail: readonly number[], logit: number): number {
  if (!Number.isFinite(logit)) return logit > 0 ? 1 : 0;
  // Below the table: falls toward 0 without reaching it, so the order of low scores is kept too.
  if (logit <= tail[0]!) return (1 - rarity[0]!) * Math.exp(logit - tail[0]!);
  for (let i = 1; i < tail.length; i++) {
    if (logit < tail[i]!) {
      const span = tail[i]! - tail[i - 1]!;
      const t = span > 0 ? (logit - tail[i - 1]!) / span : 1;
      return 1 - Math.exp(Math.log(rarity[i - 1]!) * (1 - t) + Math.log(rarity[i]!) * t);
    }
  }
  const last = tail.length - 1;
  return 1 - rarity[last]! * 2 ** (tail[last]! - logit);
}
