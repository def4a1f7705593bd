// Hashing shared by the tokeniser, the lexicon tables and the hashed n-grams. Training
// (training/) and judging (model/) must hash identically, so this is the only place that
// defines it. Integer maths only: no strings are built for n-grams or phrases. Hashes are cut
// to 30 bits so V8 keeps them as small integers (Smis) and lookups never box a number.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const APOSTROPHE = 39;
export const HASH_MASK = 0x3fffffff;

/** FNV-1a over the UTF-16 units of `s[start, end)`, skipping apostrophes ("don't" = "dont"). */
export function hashSlice(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== APOSTROPHE) h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h & HASH_MASK;
}

export function hashWord(s: string): number {
  return hashSlice(s, 0, s.length);
}

/** Order-sensitive combination, used for word n-grams and multi-word phrases. */
export function combineHashes(a: number, b: number): number {
  let h = Math.imul(a ^ 0x27d4eb2d, 0x165667b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) & HASH_MASK;
}

/** Fibonacci hashing of `h` into one of 2^bits buckets; `seed` separates feature families. */
export function bucketOf(h: number, seed: number, bits: number): number {
  return Math.imul(h ^ seed, 0x9e3779b1) >>> (32 - bits);
}

/** Hash every token of an already-tokenised phrase into the key used by phrase tables. */
export function hashPhrase(tokenHashes: readonly number[]): number {
  let h = tokenHashes[0] ?? 0;
  for (let i = 1; i < tokenHashes.length; i++) h = combineHashes(h, tokenHashes[i] ?? 0);
  return h;
}
