// One pass over the normalised text that yields typed tokens with lowercase hashes.
//
//   chars ─▶ url | @mention | #hashtag | emoji | number | $ £ € % | word ─▶ TokenBuffer
//
// Buffers are module-level and reused: judge() is synchronous, and avoiding per-post arrays
// keeps a 280-char post at a few µs. Callers must copy what they keep (training does).

import { HASH_MASK, hashWord } from './hash';
import { MAX_JUDGED_CHARS } from './normalise';

export const KIND_WORD = 0;
export const KIND_NUMBER = 1;
export const KIND_SYMBOL = 2;
export const KIND_EMOJI = 3;
export const KIND_URL = 4;
export const KIND_MENTION = 5;
export const KIND_HASHTAG = 6;

export const FLAG_ALL_CAPS = 1;
export const FLAG_CAPITALISED = 2;
export const FLAG_SENTENCE_START = 4;
export const FLAG_ELONGATED = 8;

export const NUMBER_HASH = hashWord('<num>');

export interface TokenBuffer {
  count: number;
  kind: Uint8Array;
  flags: Uint8Array;
  hash: Uint32Array;
  start: Int32Array;
  end: Int32Array;
  sentences: number;
  /** words per sentence, `sentences` entries */
  sentenceWords: Int32Array;
}

const CAPACITY = MAX_JUDGED_CHARS + 1;
const buffer: TokenBuffer = {
  count: 0,
  kind: new Uint8Array(CAPACITY),
  flags: new Uint8Array(CAPACITY),
  hash: new Uint32Array(CAPACITY),
  start: new Int32Array(CAPACITY),
  end: new Int32Array(CAPACITY),
  sentences: 0,
  sentenceWords: new Int32Array(CAPACITY),
};

function isEmojiPoint(cp: number): boolean {
  return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2b00 && cp <= 0x2bff) || (cp >= 0x2300 && cp <= 0x23ff);
}

function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: handled as emoji/other
  if (c >= 0xfe00 && c <= 0xfe0f) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0x80) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

function push(kind: number, flags: number, hash: number, start: number, end: number): void {
  const i = buffer.count++;
  buffer.kind[i] = kind;
  buffer.flags[i] = flags;
  buffer.hash[i] = hash;
  buffer.start[i] = start;
  buffer.end[i] = end;
}

function startsUrl(t: string, i: number): boolean {
  const c = t.charCodeAt(i) | 32;
  if (c === 104) return t.startsWith('http://', i) || t.startsWith('https://', i) || t.startsWith('HTTP', i);
  if (c === 119) return t.startsWith('www.', i) || t.startsWith('WWW.', i);
  return false;
}

// Bare domains ("northbank-secure.example.net/verify", "bit.ly/x") are links too: scam texts
// rarely spell out https://.
const BARE_DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|net|org|io|co|ly|me|xyz|info|biz|app|link|club|site|online|uk|us|gl|gg|tk|ru|top|shop|store)(\/\S*)?$/i;

function bareDomainEnd(t: string, s: number, i: number, n: number): number {
  if (t.charCodeAt(i) !== 46 || !isLetter(t.charCodeAt(i + 1))) return -1;
  const e = scanUntilSpace(t, i, n);
  let end = e;
  while (end > i && /[.,!?;:)"']/.test(t[end - 1]!)) end--;
  return BARE_DOMAIN.test(t.slice(s, end)) ? end : -1;
}

function scanWord(t: string, i: number, n: number): number {
  let h = FNV_OFFSET, upper = 0, lower = 0, run = 1, elongated = false, prev = -1;
  const s = i;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isLetter(c) || isDigit(c)) {
      if (c >= 65 && c <= 90) upper++; else if (c >= 97 && c <= 122) lower++;
      const l = lowerCode(c);
      run = l === prev ? run + 1 : 1;
      if (run >= 3 && !isDigit(c)) elongated = true;
      prev = l;
      h = Math.imul(h ^ l, FNV_PRIME);
      i++;
    } else if (c === 39 && i + 1 < n && isLetter(t.charCodeAt(i + 1)) && i > s) {
      i++; // inner apostrophe: "don't" hashes as "dont"
    } else break;
  }
  let flags = 0;
  if (upper >= 2 && lower === 0) flags |= FLAG_ALL_CAPS;
  const first = t.charCodeAt(s);
  if (first >= 65 && first <= 90) flags |= FLAG_CAPITALISED;
  if (elongated) flags |= FLAG_ELONGATED;
  push(KIND_WORD, flags, h & HASH_MASK, s, i);
  return i;
}

function scanNumber(t: string, i: number, n: number): number {
  const s = i;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) i++;
    else if ((c === 44 || c === 46 || c === 58) && i + 1 < n && isDigit(t.charCodeAt(i + 1))) i++;
    else break;
  }
  // "3rd", "10x", "24h" stay numbers: the letters are units, not words.
  while (i < n && isLetter(t.charCodeAt(i)) && i - s < 12) i++;
  push(KIND_NUMBER, 0, NUMBER_HASH, s, i);
  return i;
}

function scanUntilSpace(t: string, i: number, n: number): number {
  while (i < n && t.charCodeAt(i) > 32) i++;
  return i;
}

function scanName(t: string, i: number, n: number): number {
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isLetter(c) || isDigit(c) || c === 95) i++; else break;
  }
  return i;
}

/** Tokenise `t` (already normalised). Returns the shared buffer, valid until the next call. */
export function tokenise(t: string): TokenBuffer {
  buffer.count = 0;
  buffer.sentences = 0;
  const n = Math.min(t.length, MAX_JUDGED_CHARS);
  let wordsInSentence = 0;
  let atSentenceStart = true;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isLetter(c)) {
      if (startsUrl(t, i)) { const e = scanUntilSpace(t, i, n); push(KIND_URL, 0, 0, i, e); i = e; continue; }
      const s = i;
      i = scanWord(t, i, n);
      const domainEnd = bareDomainEnd(t, s, i, n);
      if (domainEnd > 0) { buffer.count--; push(KIND_URL, 0, 0, s, domainEnd); i = domainEnd; continue; }
      if (atSentenceStart) buffer.flags[buffer.count - 1]! |= FLAG_SENTENCE_START;
      atSentenceStart = false;
      wordsInSentence++;
    } else if (isDigit(c)) {
      i = scanNumber(t, i, n);
      atSentenceStart = false;
      wordsInSentence++;
    } else if (c === 64 || c === 35) { // @ #
      const prev = i > 0 ? t.charCodeAt(i - 1) : 32;
      const e = scanName(t, i + 1, n);
      if (e > i + 1 && !isLetter(prev) && !isDigit(prev)) {
        push(c === 64 ? KIND_MENTION : KIND_HASHTAG, 0, c === 35 ? hashWord(t.slice(i + 1, e).toLowerCase()) : 0, i, e);
        i = e;
      } else i++;
    } else if (c === 36 || c === 37 || c === 163 || c === 8364) { // $ % £ €
      push(KIND_SYMBOL, 0, hashWord(t[i]!), i, i + 1);
      i++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const cp = t.codePointAt(i)!;
      if (isEmojiPoint(cp)) push(KIND_EMOJI, 0, cp, i, i + 2);
      i += 2;
    } else if (isEmojiPoint(c)) {
      push(KIND_EMOJI, 0, c, i, i + 1);
      i++;
    } else {
      if (c === 10 || ((c === 46 || c === 33 || c === 63) && (i + 1 >= n || t.charCodeAt(i + 1) <= 32 || t.charCodeAt(i + 1) === 34))) {
        // Sentence end, inlined: a closure over these counters made every access a context load.
        if (wordsInSentence > 0) buffer.sentenceWords[buffer.sentences++] = wordsInSentence;
        wordsInSentence = 0;
        atSentenceStart = true;
      }
      i++;
    }
  }
  if (wordsInSentence > 0) buffer.sentenceWords[buffer.sentences++] = wordsInSentence;
  return buffer;
}

/** Tokenise a short phrase into its word hashes (for phrase tables; allocates). */
export function hashPhraseTokens(phrase: string): number[] {
  const b = tokenise(phrase);
  const out: number[] = [];
  for (let i = 0; i < b.count; i++) if (b.kind[i]! <= KIND_SYMBOL) out.push(b.hash[i]!);
  return out;
}
