// Featurised posts in flat typed arrays (dense cues + sparse bucket lists), built once and
// shared by every training run and fold. Values mirror model/score.ts exactly: each word gram
// counts 1/√(word grams), each char gram 1/√(char grams).

import { CUE_COUNT } from '../model/cue-list';
import { extractFeatures } from '../model/features';
import type { Lexicon } from '../model/phrase-cues';

export interface FeatureMatrix {
  n: number;
  cueCount: number;
  bucketCount: number;
  cues: Float32Array;
  offsets: Int32Array;
  buckets: Int32Array;
  values: Float32Array;
}

export function buildMatrix(rows: { cues: Float32Array; buckets: number[]; values: number[] }[], cueCount: number, bucketCount: number): FeatureMatrix {
  const n = rows.length;
  const offsets = new Int32Array(n + 1);
  rows.forEach((r, i) => { offsets[i + 1] = offsets[i]! + r.buckets.length; });
  const buckets = new Int32Array(offsets[n]!), values = new Float32Array(offsets[n]!);
  const cues = new Float32Array(n * cueCount);
  rows.forEach((r, i) => {
    buckets.set(r.buckets, offsets[i]!);
    values.set(r.values, offsets[i]!);
    cues.set(r.cues.subarray(0, cueCount), i * cueCount);
  });
  return { n, cueCount, bucketCount, cues, offsets, buckets, values };
}

/**
 * Featurise straight into growing typed arrays, without per-post JS arrays (about 35 million
 * bucket entries for the 88,000 posts; the resulting weights are byte-identical).
 */
export function featuriseModel(texts: readonly string[], lexicon: Lexicon, bucketCount: number): FeatureMatrix {
  const n = texts.length;
  const offsets = new Int32Array(n + 1), cues = new Float32Array(n * CUE_COUNT);
  let buckets = new Int32Array(1 << 20), values = new Float32Array(1 << 20), used = 0;
  texts.forEach((t, i) => {
    const f = extractFeatures(t, lexicon);
    const { words, chars } = f.ngrams;
    const sw = words > 0 ? 1 / Math.sqrt(words) : 0, sc = chars > 0 ? 1 / Math.sqrt(chars) : 0;
    while (used + words + chars > buckets.length) {
      const b = new Int32Array(buckets.length * 2), v = new Float32Array(buckets.length * 2);
      b.set(buckets); v.set(values);
      buckets = b; values = v;
    }
    buckets.set(f.ngrams.buckets.subarray(0, words + chars), used);
    values.fill(sw, used, used + words);
    values.fill(sc, used + words, used + words + chars);
    used += words + chars;
    offsets[i + 1] = used;
    cues.set(f.cues, i * CUE_COUNT);
  });
  return { n, cueCount: CUE_COUNT, bucketCount, cues, offsets, buckets: buckets.slice(0, used), values: values.slice(0, used) };
}

/** Subset of rows, in the given order. */
export function selectRows(m: FeatureMatrix, rows: readonly number[]): FeatureMatrix {
  return buildMatrix(rows.map((r) => ({
    cues: m.cues.subarray(r * m.cueCount, (r + 1) * m.cueCount),
    buckets: Array.from(m.buckets.subarray(m.offsets[r]!, m.offsets[r + 1]!)),
    values: Array.from(m.values.subarray(m.offsets[r]!, m.offsets[r + 1]!)),
  })), m.cueCount, m.bucketCount);
}
