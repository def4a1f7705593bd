// Style cues: how the post is written rather than what it says. Sentence-length spread,
// vocabulary richness, punctuation and dash habits, capitalisation, exclamation and emoji
// density, list/thread layout, and the informal marks of hurried human typing.

import { CUE_INDEX as C } from './cue-list';
import { hashWord } from './hash';
import { clamp01, saturate } from './saturate';
import {
  FLAG_ALL_CAPS, FLAG_ELONGATED, FLAG_SENTENCE_START, KIND_EMOJI, KIND_HASHTAG, KIND_MENTION,
  KIND_NUMBER, KIND_URL, KIND_WORD, type TokenBuffer,
} from './tokenise';

const YOU = new Set(['you', 'your', 'youre', 'yourself', 'youll', 'youve', 'yours'].map(hashWord));
const LOWER_I = hashWord('i');
// Type-token ratio over a fixed 30-word window: over whole posts it mostly measures length.
const VOCAB_WINDOW = 30;
const vocab = new Uint32Array(VOCAB_WINDOW);

interface CharCounts { comma: number; exclaim: number; question: number; colon: number; dash: number; multi: number; ellipsis: number; paren: number; newline: number; paragraph: number; list: number; thread: number }

function countChars(t: string): CharCounts {
  const k: CharCounts = { comma: 0, exclaim: 0, question: 0, colon: 0, dash: 0, multi: 0, ellipsis: 0, paren: 0, newline: 0, paragraph: 0, list: 0, thread: 0 };
  let lineStart = true, prev = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (lineStart && c > 32) {
      const next = t.charCodeAt(i + 1);
      if (c === 45 || c === 42 || c === 0x2022 || ((c >= 48 && c <= 57) && (next === 46 || next === 41))) k.list++;
      lineStart = false;
    }
    switch (c) {
      case 44: k.comma++; break;
      case 33: k.exclaim++; if (prev === 33 || prev === 63) k.multi++; break;
      case 63: k.question++; if (prev === 33 || prev === 63) k.multi++; break;
      case 58: case 59: if (t.charCodeAt(i + 1) <= 32) k.colon++; break;
      case 0x2014: case 0x2013: k.dash++; break;
      case 46: if (prev === 46 && t.charCodeAt(i + 1) === 46) k.ellipsis++; break;
      case 40: k.paren++; break;
      case 47: if (prev >= 48 && prev <= 57 && (i + 1 >= t.length || t.charCodeAt(i + 1) <= 32)) k.thread++; break;
      case 10: k.newline++; if (prev === 10) k.paragraph++; lineStart = true; break;
      case 0xd83e: if (t.charCodeAt(i + 1) === 0xddf5) k.thread++; break; // 🧵
    }
    if (c !== 32 && c !== 13) prev = c;
  }
  return k;
}

export function computeStyleCues(t: string, b: TokenBuffer, cues: Float32Array): void {
  const k = countChars(t);
  let words = 0, letters = 0, caps = 0, lowerStarts = 0, starts = 0, lowerI = 0, elongated = 0, numbers = 0, you = 0;
  let emoji = 0, links = 0, mentions = 0, hashtags = 0, v = 0;
  for (let i = 0; i < b.count; i++) {
    const kind = b.kind[i]!;
    if (kind === KIND_WORD) {
      const flags = b.flags[i]!, len = b.end[i]! - b.start[i]!;
      words++;
      letters += len;
      if (flags & FLAG_ALL_CAPS && (len >= 4 || (i > 0 && b.flags[i - 1]! & FLAG_ALL_CAPS) || (i + 1 < b.count && b.flags[i + 1]! & FLAG_ALL_CAPS))) caps++;
      if (flags & FLAG_SENTENCE_START) { starts++; const c = t.charCodeAt(b.start[i]!); if (c >= 97 && c <= 122) lowerStarts++; }
      if (b.hash[i] === LOWER_I && t.charCodeAt(b.start[i]!) === 105) lowerI++;
      if (flags & FLAG_ELONGATED) elongated++;
      if (YOU.has(b.hash[i]!)) you++;
      if (v < VOCAB_WINDOW) vocab[v++] = b.hash[i]!;
    } else if (kind === KIND_NUMBER) { numbers++; words++; }
    else if (kind === KIND_EMOJI) emoji++;
    else if (kind === KIND_URL) links++;
    else if (kind === KIND_MENTION) mentions++;
    else if (kind === KIND_HASHTAG) hashtags++;
  }
  const w = Math.max(words, 1);
  const sentences = Math.max(b.sentences, 1);
  cues[C.length] = clamp01(Math.log1p(words) / Math.log1p(150));
  // Without this, a two-word post has almost no features and sits at the balanced prior (~0.5).
  // (Fading out at 6 words instead of 10 lowered clickbait on unseen headlines 0.80 → 0.67.)
  cues[C.short] = clamp01(1 - words / 10);
  let mean = 0, sq = 0;
  for (let s = 0; s < b.sentences; s++) { const n = b.sentenceWords[s]!; mean += n; sq += n * n; }
  mean /= sentences;
  cues[C.sentence_length] = Math.min(1.5, mean / 25);
  if (b.sentences >= 3) {
    const sd = Math.sqrt(Math.max(0, sq / sentences - mean * mean));
    cues[C.even_rhythm] = clamp01(1 - sd / Math.max(mean, 1));
  }
  if (v >= VOCAB_WINDOW) {
    let distinct = 0; // 30 words: a quadratic scan beats sorting a typed array here
    for (let i = 0; i < v; i++) {
      let seen = false;
      for (let j = 0; j < i; j++) if (vocab[j] === vocab[i]) { seen = true; break; }
      if (!seen) distinct++;
    }
    cues[C.vocabulary] = distinct / v;
  }
  cues[C.word_length] = Math.min(1.5, letters / w / 6);
  cues[C.commas] = Math.min(1, (k.comma / w) * 6);
  cues[C.em_dash] = saturate(k.dash);
  cues[C.colon] = saturate(k.colon);
  cues[C.exclamation] = Math.min(1, k.exclaim / sentences);
  cues[C.multi_punct] = saturate(k.multi);
  cues[C.question] = Math.min(1, k.question / sentences);
  cues[C.caps_ratio] = words >= 3 ? Math.min(1, (caps / w) * 3) : 0;
  cues[C.caps_words] = saturate(caps);
  cues[C.lower_start] = starts > 0 ? lowerStarts / starts : 0;
  cues[C.lower_i] = saturate(lowerI);
  cues[C.elongated] = saturate(elongated);
  cues[C.ellipsis] = saturate(k.ellipsis);
  cues[C.parentheses] = saturate(k.paren);
  cues[C.numbers] = Math.min(1, (numbers / w) * 4);
  cues[C.second_person] = Math.min(1, (you / w) * 8);
  cues[C.list_layout] = saturate(k.list >= 2 ? k.list : 0);
  cues[C.thread] = saturate(k.thread);
  cues[C.paragraphs] = saturate(k.paragraph + k.newline * 0.5);
  cues[C.emoji] = saturate(emoji);
  cues[C.link] = saturate(links);
  cues[C.mention] = saturate(mentions);
  cues[C.hashtag] = saturate(hashtags);
}
