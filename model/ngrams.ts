// Hashed n-grams: word unigrams and bigrams, and character 3- and 4-grams of the lowercased text
// with links, @mentions, hashtags and emoji cut out (they mark the source, see cue-list.ts), digits
// folded to 0 and whitespace collapsed. 2^14 shared buckets keep the weights small (7 heads ×
// 16,384 int8 = 112 KB) at a cost of collisions that the logistic model absorbs.

import { bucketOf, combineHashes } from './hash';
import { KIND_SYMBOL, type TokenBuffer } from './tokenise';

export const BUCKET_BITS = 14;
export const BUCKETS = 1 << BUCKET_BITS;
const SEED_UNIGRAM = 0x1234567;
const SEED_BIGRAM = 0x7654321;
const SEED_CHAR3 = 0x2468ace;
const SEED_CHAR4 = 0x13579bd;

export interface NgramBuffer {
  buckets: Int32Array;
  /** buckets[0, words) are word grams, buckets[words, words + chars) char grams */
  words: number;
  chars: number;
}

/** Fill `out` with the buckets of `t` (normalised) given its tokens. */
export function computeNgrams(t: string, b: TokenBuffer, out: NgramBuffer): void {
  const buckets = out.buckets;
  let n = 0, prev = -1;
  for (let i = 0; i < b.count; i++) {
    if (b.kind[i]! > KIND_SYMBOL) continue;
    const h = b.hash[i]!;
    buckets[n++] = bucketOf(h, SEED_UNIGRAM, BUCKET_BITS);
    if (prev !== -1) buckets[n++] = bucketOf(combineHashes(prev, h), SEED_BIGRAM, BUCKET_BITS);
    prev = h;
  }
  out.words = n;
  let c1 = 32, c2 = 32, c3 = 32, k = 0, lastSpace = true;
  for (let i = 0; i < t.length; i++) {
    while (k < b.count && b.end[k]! <= i) k++;
    let c: number;
    if (k < b.count && b.start[k]! <= i && b.kind[k]! > KIND_SYMBOL) {
      i = b.end[k]! - 1; // skip link, mention, hashtag or emoji as if it were a space
      c = 32;
    } else {
      c = t.charCodeAt(i);
      if (c <= 32) c = 32;
      else if (c >= 65 && c <= 90) c += 32;
      else if (c >= 48 && c <= 57) c = 48;
      else if (c >= 0xd800 && c <= 0xdfff) c = 32;
    }
    if (c === 32) { if (lastSpace) continue; lastSpace = true; } else lastSpace = false;
    const h3 = Math.imul(Math.imul(c2 + 0x9e37, 31) + c3, 31) + c;
    buckets[n++] = bucketOf(h3 >>> 0, SEED_CHAR3, BUCKET_BITS);
    const h4 = Math.imul(h3 ^ Math.imul(c1, 0x01000193), 0x5bd1e995);
    buckets[n++] = bucketOf(h4 >>> 0, SEED_CHAR4, BUCKET_BITS);
    c1 = c2; c2 = c3; c3 = c;
  }
  out.chars = n - out.words;
}
