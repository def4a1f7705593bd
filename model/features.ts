// Feature extraction, the shared front half of judging and training.
//
//   text ─▶ normaliseText ─▶ tokenise ─┬─▶ style cues ───┐
//                                      ├─▶ phrase cues ──┼─▶ cues[CUE_COUNT] (readable)
//                                      ├─▶ pattern cues ─┘
//                                      └─▶ hashed n-grams ─▶ buckets (word, char)
//
// Returns module-level buffers reused on every call (no allocation per post); training copies.

import { CUE_COUNT } from './cue-list';
import { MAX_JUDGED_CHARS, normaliseText } from './normalise';
import { computeNgrams, type NgramBuffer } from './ngrams';
import { computePatternCues } from './pattern-cues';
import { computePhraseCues, type CueMatches, type Lexicon } from './phrase-cues';
import { computeStyleCues } from './style-cues';
import { tokenise } from './tokenise';

export interface Features {
  text: string;
  cues: Float32Array;
  matches: CueMatches;
  ngrams: NgramBuffer;
}

const features: Features = {
  text: '',
  cues: new Float32Array(CUE_COUNT),
  matches: { start: new Int32Array(CUE_COUNT), end: new Int32Array(CUE_COUNT), tokens: new Int32Array(CUE_COUNT) },
  ngrams: { buckets: new Int32Array(MAX_JUDGED_CHARS * 4 + 8), words: 0, chars: 0 },
};

export function extractFeatures(raw: string, lexicon: Lexicon): Features {
  const t = normaliseText(raw);
  features.text = t;
  features.cues.fill(0);
  const tokens = tokenise(t);
  computeStyleCues(t, tokens, features.cues);
  computePhraseCues(tokens, lexicon, features.cues, features.matches);
  computePatternCues(t, tokens, features.cues);
  computeNgrams(t, tokens, features.ngrams);
  return features;
}
