// The baseline every figure is compared with: a plain bag-of-words logistic regression.
// Lowercase word unigrams (letters, digits, apostrophes), hashed into 2^18 buckets (few
// collisions at this vocabulary), each counted 1/√(words); no cues, no lexicons, no n-grams.

import { hashWord } from '../model/hash';
import { buildMatrix, type FeatureMatrix } from './feature-matrix';

export const BOW_BUCKETS = 1 << 18;

export function featuriseBagOfWords(texts: readonly string[]): FeatureMatrix {
  const rows = texts.map((t) => {
    const words = t.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    const s = words.length > 0 ? 1 / Math.sqrt(words.length) : 0;
    return { cues: new Float32Array(0), buckets: words.map((w) => hashWord(w) & (BOW_BUCKETS - 1)), values: words.map(() => s) };
  });
  return buildMatrix(rows, 0, BOW_BUCKETS);
}
