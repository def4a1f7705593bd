// Turns the generated weights file into the typed arrays and maps the scorer reads.
// Runs once per page (content script) or process; the bench reports its cost (target < 10 ms).

import { decodeBase64 } from './base64';
import { HEAD_COUNT } from './categories';
import { CUE_COUNT, CUES } from './cue-list';
import { IntTable } from './int-table';
import { BUCKETS } from './ngrams';
import type { Lexicon } from './phrase-cues';
import { addPhraseHashes, buildHandPhraseTable } from './phrase-table';
import { VALENCE_SCALE, type WeightsFile } from './weights-format';

export interface Model {
  bias: Float64Array;
  /** head * CUE_COUNT + cue */
  cueWeights: Float64Array;
  /** bucket * HEAD_COUNT + head */
  bucketWeights: Float32Array;
  plattA: Float64Array;
  plattB: Float64Array;
  thresholds: Float64Array;
  lexicon: Lexicon;
}

function uint32s(b64: string): Uint32Array {
  const bytes = decodeBase64(b64);
  const out = new Uint32Array(bytes.length >> 2);
  for (let i = 0; i < out.length; i++) {
    const o = i * 4;
    out[i] = (bytes[o]! | (bytes[o + 1]! << 8) | (bytes[o + 2]! << 16) | (bytes[o + 3]! << 24)) >>> 0;
  }
  return out;
}

function int8s(b64: string): Int8Array {
  const bytes = decodeBase64(b64);
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

export function loadLexicon(w: WeightsFile['lexicon']): Lexicon {
  const words = uint32s(w.words), wv = int8s(w.wordValence);
  const valence = new IntTable(words.length);
  for (let i = 0; i < words.length; i++) valence.set(words[i]!, wv[i]! / VALENCE_SCALE);
  const cps = uint32s(w.emoji), ev = int8s(w.emojiValence);
  const emoji = new IntTable(cps.length);
  for (let i = 0; i < cps.length; i++) emoji.set(cps[i]!, ev[i]! / VALENCE_SCALE);
  const phrases = buildHandPhraseTable();
  const hashes = uint32s(w.phraseHashes), lens = int8s(w.phraseLengths), cues = int8s(w.phraseCues);
  for (let i = 0, o = 0; i < lens.length; o += lens[i]!, i++) {
    addPhraseHashes(phrases, Array.from(hashes.subarray(o, o + lens[i]!)), cues[i]!);
  }
  return { phrases, valence, emoji };
}

export function loadModel(w: WeightsFile): Model {
  if (w.cueKeys.length !== CUE_COUNT || w.cueKeys.some((k, i) => k !== CUES[i]!.key)) {
    throw new Error('weights were trained for a different cue list: run `npm run train`');
  }
  const cueWeights = new Float64Array(HEAD_COUNT * CUE_COUNT);
  for (let h = 0; h < HEAD_COUNT; h++) for (let c = 0; c < CUE_COUNT; c++) cueWeights[h * CUE_COUNT + c] = w.cueWeights[h]?.[c] ?? 0;
  const raw = int8s(w.buckets);
  const bucketWeights = new Float32Array(BUCKETS * HEAD_COUNT);
  for (let i = 0; i < bucketWeights.length; i++) bucketWeights[i] = (raw[i] ?? 0) * (w.bucketScale[i % HEAD_COUNT] ?? 0);
  return {
    bias: Float64Array.from(w.bias),
    cueWeights,
    bucketWeights,
    plattA: Float64Array.from(w.platt.map((p) => p[0])),
    plattB: Float64Array.from(w.platt.map((p) => p[1])),
    thresholds: Float64Array.from(w.thresholds),
    lexicon: loadLexicon(w.lexicon),
  };
}
