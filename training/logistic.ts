// Weighted logistic regression for one head, trained with AdaGrad SGD over the sparse feature
// matrix (the classic recipe for hashed features). L2 is applied to the coordinates a post
// touches; cue weights get a lighter penalty than bucket weights because cues are few,
// hand-made and meant to carry the explanation. Deterministic: seeded shuffle, fixed epochs.

import type { FeatureMatrix } from './feature-matrix';

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2Cue: number;
  l2Bucket: number;
  seed: number;
  /** cues whose weight stays 0 (e.g. links and emoji for the ai head) */
  frozenCues?: readonly boolean[];
  /** per-cue bound on |weight| (Infinity: none) */
  cueBox?: readonly number[];
  /** learning-rate multiplier for the hashed n-gram weights (< 1: cues lead, n-grams refine) */
  bucketRate?: number;
  /** +1: weight kept ≥ 0, −1: kept ≤ 0 (projected after each step), 0: free */
  cueSigns?: readonly number[];
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 6, learningRate: 0.05, l2Cue: 1e-5, l2Bucket: 1e-4, seed: 7 };

export interface LinearHead {
  bias: number;
  cueWeights: Float64Array;
  bucketWeights: Float64Array;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function logitOf(m: FeatureMatrix, row: number, head: LinearHead): number {
  let z = head.bias;
  const co = row * m.cueCount;
  for (let c = 0; c < m.cueCount; c++) z += head.cueWeights[c]! * m.cues[co + c]!;
  for (let k = m.offsets[row]!; k < m.offsets[row + 1]!; k++) z += head.bucketWeights[m.buckets[k]!]! * m.values[k]!;
  return z;
}

/** rows: which matrix rows to train on; y: 0/1 per row; weight: per row (mean ~1). */
export function trainHead(m: FeatureMatrix, rows: readonly number[], y: readonly number[], weight: readonly number[], o: TrainOptions): LinearHead {
  const head: LinearHead = { bias: 0, cueWeights: new Float64Array(m.cueCount), bucketWeights: new Float64Array(m.bucketCount) };
  const gCue = new Float64Array(m.cueCount), gBucket = new Float64Array(m.bucketCount);
  let gBias = 0;
  const order = rows.map((_, i) => i);
  const random = mulberry32(o.seed);
  const eps = 1e-6;
  const bucketRate = o.learningRate * (o.bucketRate ?? 1);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    for (const i of order) {
      const r = rows[i]!;
      const z = logitOf(m, r, head);
      const g = weight[i]! * (1 / (1 + Math.exp(-z)) - y[i]!);
      gBias += g * g;
      head.bias -= (o.learningRate * g) / Math.sqrt(gBias + eps);
      const co = r * m.cueCount;
      for (let c = 0; c < m.cueCount; c++) {
        const x = m.cues[co + c]!;
        if (x === 0 || o.frozenCues?.[c]) continue;
        const grad = g * x + o.l2Cue * head.cueWeights[c]!;
        gCue[c]! += grad * grad;
        let next = head.cueWeights[c]! - (o.learningRate * grad) / Math.sqrt(gCue[c]! + eps);
        const sign = o.cueSigns?.[c] ?? 0;
        if ((sign > 0 && next < 0) || (sign < 0 && next > 0)) next = 0;
        const box = o.cueBox?.[c] ?? Infinity;
        if (next > box) next = box; else if (next < -box) next = -box;
        head.cueWeights[c] = next;
      }
      for (let k = m.offsets[r]!; k < m.offsets[r + 1]!; k++) {
        const b = m.buckets[k]!;
        const grad = g * m.values[k]! + o.l2Bucket * head.bucketWeights[b]!;
        gBucket[b]! += grad * grad;
        head.bucketWeights[b]! -= (bucketRate * grad) / Math.sqrt(gBucket[b]! + eps);
      }
    }
  }
  return head;
}
