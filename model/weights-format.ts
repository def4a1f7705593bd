// The shape of the generated weights file (weights.generated.ts), written by `npm run train`.
// Small arrays stay readable in review; the bucket table is base64 int8.

export interface WeightsStamp {
  command: string;
  data: { file: string; sha256: string }[];
  createdBy: string;
}

/**
 * What a head's scores meant on posts from sources its weights never saw (leave-one-source-out),
 * so that a label can say how strong its evidence is in measured terms.
 */
export interface HeadCard {
  /** logit at which the head labels ('some signs') and says 'strong signs' */
  some: number;
  strong: number;
  /** share of ordinary human posts at or above each point, worst single source and all together */
  ordinaryRate: { some: number; strong: number; worstSome: number; worstStrong: number };
  /** share of posts of this kind caught at each point, each scored by weights that did not see it (cross-fitted) */
  caught: { some: number; strong: number };
  /** posts with fewer words are never given this label (the ai head: too short to tell) */
  minWords: number;
}

export interface WeightsFile {
  stamp: WeightsStamp;
  heads: readonly string[];
  gramBits: number;
  bias: readonly number[];
  /** per-head scale of the int8 bucket weights */
  bucketScale: readonly number[];
  /** int8, bucket-major: byte (bucket * heads + head) */
  buckets: string;
  /**
   * The score a person sees is 1 − (share of ordinary human posts that score as high), read off this
   * table: rarity[i] is a share, tail[head][i] the logit at which that share of ordinary posts remains.
   */
  rarity: readonly number[];
  tail: readonly (readonly number[])[];
  cards: readonly HeadCard[];
}
