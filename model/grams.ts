// The model's only features: hashed word 1–2-grams and character 3–5-grams of a cleaned text.
//
//   raw ─▶ normaliseText ─▶ cleanForGrams ─┬─▶ words ─▶ unigrams + bigrams ─▶ buckets[0, words)
//                                          └─▶ chars ─▶ 3-, 4-, 5-grams   ─▶ buckets[words, words + chars)
//
// cleanForGrams removes what marks where a text came from rather than who wrote it or why: links,
// @mentions, #hashtags (the word after # stays), line layout and digits (folded to 0). In public
// data these separate the sources, not the authors: 94% of the AI reply bots' replies open with an
// @mention against 3% of human posts, so a model that sees mentions learns "mention = AI".
//
// Both the judge and the trainer call gramsOf, so they hash identically. Module-level buffers are
// reused (no allocation per post); callers copy what they keep.

import { MAX_JUDGED_CHARS, normaliseText } from './normalise';

export const GRAM_BITS = 17;
export const GRAM_BUCKETS = 1 << GRAM_BITS;
const SHIFT = 32 - GRAM_BITS;

const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|ly|co|me|gl|gg|app|xyz|info|biz)(?:\/\S*)?/gi;
const MENTION = /(^|[^\w])@\w{1,30}/g;
const HASH = /(^|[^\w&])#(\w)/g;
const DIGITS = /\d/g;
const SPACES = /\s+/g;

/**
 * 'remove': the shipped model's cleaning. 'token': the plain baseline's (links and mentions become
 * one placeholder word each, hashtags stay), kept so `npm run eval` can measure what removal earns.
 */
export type Markers = 'remove' | 'token';


/** The text the grams are taken from: lowercase, source markers removed, one space between words. */
export function cleanForGrams(raw: string, markers: Markers = 'remove'): string {
  let t = normaliseText(raw).toLowerCase();
  const keep = markers === 'token';
  if (t.indexOf('http') !== -1 || t.indexOf('.') !== -1) t = t.replace(LINK, keep ? ' httplink ' : ' ');
  if (t.indexOf('@') !== -1) t = t.replace(MENTION, keep ? '$1 atuser ' : '$1 ');
  if (!keep && t.indexOf('#') !== -1) t = t.replace(HASH, '$1$2');
  t = t.replace(DIGITS, '0').replace(SPACES, ' ');
  return t.trim();
}

export interface Grams {
  /** buckets[0, words) word grams, buckets[words, words + chars) char grams */
  buckets: Int32Array;
  words: number;
  chars: number;
  /** the cleaned text the grams came from */
  text: string;
}

const grams: Grams = { buckets: new Int32Array(MAX_JUDGED_CHARS * 5 + 16), words: 0, chars: 0, text: '' };

const SEED_WORD = 0x2f6b1d3;
const SEED_BIGRAM = 0x51a3c7e;
const SEED_CHAR = [0, 0, 0, 0x6c8e9cf, 0x1b873593, 0x3c6ef372];

/** A letter or digit (any script), or an apostrophe inside a word. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return false; // emoji and other astral symbols are not words
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f);
}

/** Words in a cleaned text: runs of word characters with at least one letter ("0000" and "<0" are not words). */
export function countWords(t: string): number {
  let n = 0, inWord = false, letter = false;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    if (isWordChar(c) || c === 39) {
      inWord = true;
      if (!(c >= 48 && c <= 57) && c !== 39) letter = true;
    } else if (inWord) {
      if (letter) n++;
      inWord = false;
      letter = false;
    }
  }
  return n;
}

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

function bucket(h: number, seed: number): number {
  return Math.imul(h ^ seed, 0x9e3779b1) >>> SHIFT;
}

/** Word hash: FNV-1a of the word's characters, apostrophes skipped ("don't" = "dont"). */
export function wordHash(t: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c !== 39) h = mix(h, c);
  }
  return h;
}

export function wordBucket(h: number): number {
  return bucket(h, SEED_WORD);
}

export function bigramBucket(a: number, b: number): number {
  return bucket(Math.imul(a ^ 0x27d4eb2d, 0x165667b1) ^ b, SEED_BIGRAM);
}

/** Hash every gram of `raw`. */
export function gramsOf(raw: string, markers: Markers = 'remove'): Grams {
  const t = cleanForGrams(raw, markers);
  grams.text = t;
  const out = grams.buckets;
  let n = 0, prev = 0, hasPrev = false;
  for (let i = 0; i < t.length;) {
    const c = t.charCodeAt(i);
    if (!isWordChar(c) && c !== 39) { i++; continue; }
    let j = i + 1;
    while (j < t.length && (isWordChar(t.charCodeAt(j)) || t.charCodeAt(j) === 39)) j++;
    const h = wordHash(t, i, j);
    out[n++] = wordBucket(h);
    if (hasPrev) out[n++] = bigramBucket(prev, h);
    prev = h;
    hasPrev = true;
    i = j;
  }
  grams.words = n;
  // Character grams over the whole cleaned text, spaces included (so they span word edges),
  // padded with a space at both ends.
  let c1 = 32, c2 = 32, c3 = 32, c4 = 32;
  const len = t.length;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? t.charCodeAt(i) : 32;
    // three, four and five characters ending at c
    const h3 = mix(mix(mix(0x811c9dc5, c3), c4), c);
    out[n++] = bucket(h3, SEED_CHAR[3]!);
    if (i >= 1) out[n++] = bucket(mix(mix(mix(mix(0x811c9dc5, c2), c3), c4), c), SEED_CHAR[4]!);
    if (i >= 2) out[n++] = bucket(mix(mix(mix(mix(mix(0x811c9dc5, c1), c2), c3), c4), c), SEED_CHAR[5]!);
    c1 = c2; c2 = c3; c3 = c4; c4 = c;
  }
  grams.chars = n - grams.words;
  return grams;
}
