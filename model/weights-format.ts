// The shape of the generated weights file (weights.generated.ts), written by `npm run train`.
// Arrays of numbers stay readable in review; the big tables are base64 so the file stays small.

export interface WeightsStamp {
  command: string;
  data: { file: string; sha256: string }[];
  createdBy: string;
}

export interface WeightsFile {
  stamp: WeightsStamp;
  heads: readonly string[];
  cueKeys: readonly string[];
  bias: readonly number[];
  /** [head][cue] */
  cueWeights: readonly (readonly number[])[];
  /** per-head scale of the int8 bucket weights */
  bucketScale: readonly number[];
  /** int8, bucket-major: byte (bucket * heads + head) */
  buckets: string;
  /** Platt scaling per head: p = sigmoid(a × logit + b) */
  platt: readonly (readonly [number, number])[];
  thresholds: readonly number[];
  lexicon: {
    /** uint32 LE word hashes and int8 valence × 20 */
    words: string;
    wordValence: string;
    /** uint32 LE emoji code points and int8 valence × 20 */
    emoji: string;
    emojiValence: string;
    /** data-derived phrases: uint32 LE token hashes, flattened; int8 lengths; int8 cue index */
    phraseHashes: string;
    phraseLengths: string;
    phraseCues: string;
  };
}

export const VALENCE_SCALE = 20;
