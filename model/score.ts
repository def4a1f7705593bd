// Linear scoring of one post for all seven heads at once.
//
//   logit[h] = bias[h] + Σ cue weight × cue value
//            + (Σ word-gram bucket weights) / √(word grams) + (Σ char-gram weights) / √(char grams)
//   p[h]     = sigmoid(a[h] × logit[h] + b[h])          (Platt scaling fitted on held-back data)
//
// Bucket weights are stored bucket-major (7 heads side by side) so each n-gram touches one
// cache line; this loop is most of judge()'s cost.

import { HEAD_COUNT } from './categories';
import { CUE_COUNT } from './cue-list';
import type { Features } from './features';
import type { Model } from './load-model';

/** Per-head n-gram share of the logit, kept for the explanations. */
export const ngramLogit = new Float64Array(HEAD_COUNT);
const wordSum = new Float64Array(HEAD_COUNT);
const charSum = new Float64Array(HEAD_COUNT);

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Fill `logits` with the raw (uncalibrated) score of every head. */
export function scoreLogits(f: Features, m: Model, logits: Float64Array): void {
  const W = m.bucketWeights, buckets = f.ngrams.buckets;
  const nw = f.ngrams.words, nc = f.ngrams.chars;
  wordSum.fill(0);
  charSum.fill(0);
  for (let i = 0; i < nw; i++) {
    const o = buckets[i]! * HEAD_COUNT;
    for (let h = 0; h < HEAD_COUNT; h++) wordSum[h]! += W[o + h]!;
  }
  for (let i = nw; i < nw + nc; i++) {
    const o = buckets[i]! * HEAD_COUNT;
    for (let h = 0; h < HEAD_COUNT; h++) charSum[h]! += W[o + h]!;
  }
  const sw = nw > 0 ? 1 / Math.sqrt(nw) : 0, sc = nc > 0 ? 1 / Math.sqrt(nc) : 0;
  const cues = f.cues, cw = m.cueWeights;
  for (let h = 0; h < HEAD_COUNT; h++) {
    let z = m.bias[h]!;
    const o = h * CUE_COUNT;
    for (let c = 0; c < CUE_COUNT; c++) { const x = cues[c]!; if (x !== 0) z += cw[o + c]! * x; }
    ngramLogit[h] = wordSum[h]! * sw + charSum[h]! * sc;
    logits[h] = z + ngramLogit[h]!;
  }
}

export function calibrate(m: Model, h: number, logit: number): number {
  return sigmoid(m.plattA[h]! * logit + m.plattB[h]!);
}
