// Turns the generated weights file into the typed arrays the scorer reads. Runs once per page
// (content script) or process; the bench reports its cost.

import { decodeBase64 } from './base64';
import { HEAD_COUNT } from './categories';
import { GRAM_BITS, GRAM_BUCKETS } from './grams';
import type { HeadCard, WeightsFile } from './weights-format';

export interface Model {
  bias: Float64Array;
  /** int8 weights, bucket * HEAD_COUNT + head; a weight is weights[i] × scale[head] */
  weights: Int8Array;
  scale: Float64Array;
  rarity: readonly number[];
  tail: readonly (readonly number[])[];
  cards: readonly HeadCard[];
}

export function loadModel(w: WeightsFile): Model {
  if (w.gramBits !== GRAM_BITS || w.heads.length !== HEAD_COUNT) {
    throw new Error('weights were trained for other features or heads: run `npm run train`');
  }
  // The int8 table is used as decoded (no float copy): decoding is most of a page's cost to load
  // the model, and the scorer sums small integers and scales once per head.
  const raw = decodeBase64(w.buckets);
  if (raw.length !== GRAM_BUCKETS * HEAD_COUNT) throw new Error('weights table has the wrong size: run `npm run train`');
  const weights = new Int8Array(raw.buffer, raw.byteOffset, raw.length);
  return { bias: Float64Array.from(w.bias), weights, scale: Float64Array.from(w.bucketScale), rarity: w.rarity, tail: w.tail, cards: w.cards };
}
