// A text's hash for training's bookkeeping (which posts a capped source keeps, which cross-fitting
// fold a post falls in): FNV-1a over the UTF-16 units, apostrophes skipped, cut to 30 bits so it
// stays a small non-negative integer. The features have their own hashing (model/grams.ts).

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const APOSTROPHE = 39;

export function hashWord(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== APOSTROPHE) h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h & 0x3fffffff;
}
