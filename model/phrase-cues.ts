// Phrase and lexicon cues: what the post says. Walks the word tokens once, following hash chains
// through the phrase table, and sums word valence (VADER, falling back to AFINN) with a simple
// negation flip ("not good" counts as negative, as in VADER).

import { CUE_COUNT, CUE_INDEX as C } from './cue-list';
import { combineHashes, hashWord } from './hash';
import { cuesOf, MAX_PHRASE_TOKENS, PREFIX_BIT, type PhraseTable } from './phrase-table';
import { IntTable } from './int-table';
import { saturate } from './saturate';
import { KIND_EMOJI, KIND_SYMBOL, type TokenBuffer } from './tokenise';

export interface Lexicon {
  phrases: PhraseTable;
  /** word hash → valence on VADER's −4..+4 scale */
  valence: IntTable;
  /** emoji code point → valence on the same scale */
  emoji: IntTable;
}

/** Char span and token length of the longest match per cue, for quoting in reasons. */
export interface CueMatches {
  start: Int32Array;
  end: Int32Array;
  tokens: Int32Array;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'dont', 'isnt', 'arent', 'wasnt', 'cant', 'wont', 'didnt', 'doesnt', 'nothing', 'nobody'].map(hashWord));
const counts = new Float32Array(CUE_COUNT);
const eligible = new Int32Array(4096);
const found: number[] = [0, 0, 0];

export function computePhraseCues(b: TokenBuffer, lex: Lexicon, cues: Float32Array, m: CueMatches): void {
  counts.fill(0);
  m.tokens.fill(0);
  let n = 0, words = 0, pos = 0, neg = 0, strong = 0, emojiMood = 0, negated = 0;
  for (let i = 0; i < b.count; i++) {
    const kind = b.kind[i]!;
    if (kind <= KIND_SYMBOL) {
      eligible[n++] = i;
      words++;
      const h = b.hash[i]!;
      let v = lex.valence.get(h, NaN);
      if (v === v) { // not NaN: the word is rated
        if (negated > 0) v *= -0.7;
        if (v > 0) pos += v; else { neg -= v; if (v <= -2.5) strong++; }
      }
      negated = NEGATIONS.has(h) ? 3 : negated - 1;
    } else if (kind === KIND_EMOJI) {
      emojiMood += Math.abs(lex.emoji.get(b.hash[i]!, 0));
    }
  }
  for (let p = 0; p < n; p++) {
    let h = b.hash[eligible[p]!]!;
    for (let len = 1; len <= MAX_PHRASE_TOKENS && p + len <= n; len++) {
      if (len > 1) h = combineHashes(h, b.hash[eligible[p + len - 1]!]!);
      const entry = lex.phrases.get(h, -1);
      if (entry < 0) break;
      const k = cuesOf(entry, found);
      for (let j = 0; j < k; j++) {
        const c = found[j]!;
        counts[c]! += Math.min(len, 3);
        if (len > m.tokens[c]!) {
          m.tokens[c] = len;
          m.start[c] = b.start[eligible[p]!]!;
          m.end[c] = b.end[eligible[p + len - 1]!]!;
        }
      }
      if ((entry & PREFIX_BIT) === 0) break;
    }
  }
  for (let c = 0; c < CUE_COUNT; c++) if (counts[c]! > 0) cues[c] = saturate(counts[c]!);
  const root = Math.sqrt(Math.max(words, 1));
  cues[C.positive_words] = Math.min(1.5, pos / root / 2);
  cues[C.negative_words] = Math.min(1.5, neg / root / 2);
  cues[C.strong_negative] = saturate(strong);
  cues[C.emoji_mood] = saturate(emojiMood / 2);
}
