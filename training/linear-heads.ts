// L2-regularised logistic regression for all seven heads at once, over the hashed grams of
// model/grams.ts. Each post carries a label per head (or none) and a weight per head; one pass over
// a post updates every head that has a label for it, so the seven heads cost one read of the data.
//
// Optimiser: AdaGrad SGD with the L2 penalty applied to the coordinates a post touches (the classic
// recipe for hashed features), a fixed number of epochs, a seeded shuffle: the same data gives the
// same weights on every run.

import { HEAD_COUNT } from '../model/categories';
import { GRAM_BUCKETS, gramsOf, type Markers } from '../model/grams';
import { mulberry32 } from './random';

export interface GramMatrix {
  rows: number;
  offsets: Int32Array;
  buckets: Int32Array;
  values: Float32Array;
}

/** Every text's grams, each gram worth 1/√(grams of its kind in the text), as judge() scores them. */
export function featurise(texts: readonly string[], markers: Markers = 'remove'): GramMatrix {
  const offsets = new Int32Array(texts.length + 1);
  let buckets = new Int32Array(1 << 22), values = new Float32Array(1 << 22);
  let n = 0;
  texts.forEach((text, r) => {
    const g = gramsOf(text, markers);
    const total = g.words + g.chars;
    if (n + total > buckets.length) {
      const grow = Math.max(buckets.length * 2, n + total);
      const b2 = new Int32Array(grow); b2.set(buckets); buckets = b2;
      const v2 = new Float32Array(grow); v2.set(values); values = v2;
    }
    const sw = g.words > 0 ? 1 / Math.sqrt(g.words) : 0, sc = g.chars > 0 ? 1 / Math.sqrt(g.chars) : 0;
    for (let i = 0; i < total; i++) {
      buckets[n] = g.buckets[i]!;
      values[n++] = i < g.words ? sw : sc;
    }
    offsets[r + 1] = n;
  });
  return { rows: texts.length, offsets, buckets: buckets.slice(0, n), values: values.slice(0, n) };
}

export interface HeadTargets {
  /** per row: 1, 0, or -1 where the head has no label */
  y: Int8Array;
  /** per row, mean 1 over the rows a head trains on */
  w: Float32Array;
}

export interface TrainSettings {
  epochs: number;
  learningRate: number;
  /** per head, the L2 penalty applied on every touch */
  l2: readonly number[];

  seed: number;
}

export const TRAIN_DEFAULTS: Omit<TrainSettings, 'l2'> = { epochs: 5, learningRate: 0.1, seed: 11 };

export interface LinearHeads {
  bias: Float64Array;
  /** bucket-major: bucket * HEAD_COUNT + head */
  weights: Float32Array;
}

const H = HEAD_COUNT;

export function logitsOf(m: GramMatrix, r: number, model: LinearHeads, out: Float64Array): void {
  for (let h = 0; h < H; h++) out[h] = model.bias[h]!;
  const W = model.weights;
  for (let k = m.offsets[r]!; k < m.offsets[r + 1]!; k++) {
    const o = m.buckets[k]! * H, x = m.values[k]!;
    for (let h = 0; h < H; h++) out[h]! += W[o + h]! * x;
  }
}

/** Train on `rows` of the matrix; `targets` per head. */
export function trainHeads(m: GramMatrix, rows: Int32Array, targets: readonly HeadTargets[], s: TrainSettings): LinearHeads {
  const model: LinearHeads = { bias: new Float64Array(H), weights: new Float32Array(GRAM_BUCKETS * H) };
  const G = new Float32Array(GRAM_BUCKETS * H);
  const gBias = new Float64Array(H);
  const order = Int32Array.from(rows);
  const random = mulberry32(s.seed);
  const z = new Float64Array(H), g = new Float64Array(H);
  const active = new Int32Array(H);
  const W = model.weights;
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); const t = order[i]!; order[i] = order[j]!; order[j] = t; }
    for (let i = 0; i < order.length; i++) {
      const r = order[i]!;
      let na = 0;
      for (let h = 0; h < H; h++) if (targets[h]!.y[r]! >= 0) active[na++] = h;
      if (na === 0) continue;
      logitsOf(m, r, model, z);
      for (let a = 0; a < na; a++) {
        const h = active[a]!, t = targets[h]!;
        const grad = t.w[r]! * (1 / (1 + Math.exp(-z[h]!)) - t.y[r]!);
        g[h] = grad;
        gBias[h]! += grad * grad;
        model.bias[h]! -= (s.learningRate * grad) / Math.sqrt(gBias[h]! + 1e-6);
      }
      for (let k = m.offsets[r]!; k < m.offsets[r + 1]!; k++) {
        const o = m.buckets[k]! * H, x = m.values[k]!;
        for (let a = 0; a < na; a++) {
          const h = active[a]!, c = o + h;
          const grad = g[h]! * x + s.l2[h]! * W[c]!;
          G[c]! += grad * grad;
          W[c]! -= (s.learningRate * grad) / Math.sqrt(G[c]! + 1e-6);
        }
      }
    }
  }
  return model;
}
