// Reasons a person can read: the post's own words that weigh most toward a label, quoted.
//
//   cleaned text ─▶ words ─▶ each word's share of the head's logit (its unigram, half of each
//                            bigram it is in, the character grams that end inside it)
//                 ─▶ best runs of 1–4 words ─▶ found again in the post as written ─▶ "…: 'quote'"
//
// Every reason is evidence for its own label: the weights it sums are that head's, and a run is
// only quoted when it moves the score by at least MIN_REASON_LOGIT. Runs only for labelled heads.

import { CATEGORIES, type Category } from './categories';
import { bigramBucket, isWordChar, wordBucket, wordHash } from './grams';
import type { Grams } from './grams';
import type { Model } from './load-model';
import { normaliseText } from './normalise';

/** The English template of each kind's reason; '%' is where the quoted words go. */
export const REASON_TEMPLATES: Record<Category, string> = {
  ai: "phrasing typical of machine-written posts: '%'",
  outrage: "wording typical of posts made to anger: '%'",
  fear: "wording typical of posts made to frighten: '%'",
  clickbait: "wording typical of clickbait: '%'",
  fomo: "wording typical of pressure to buy or act now: '%'",
  scam: "wording typical of scams: '%'",
  engagement_bait: "wording typical of engagement bait: '%'",
};

export const MIN_REASON_LOGIT = 0.25;
/** Runs of words quoted in one reason. */
export const MAX_QUOTES = 2;
const MAX_RUN_WORDS = 4;
const MAX_WORDS = 400;

const starts = new Int32Array(MAX_WORDS), ends = new Int32Array(MAX_WORDS), hashes = new Int32Array(MAX_WORDS);
const share = new Float64Array(MAX_WORDS);

/** Each word's share of head h's logit, for the first MAX_WORDS words; returns the word count. */
function wordShares(g: Grams, m: Model, h: number): number {
  const t = g.text, W = m.weights;
  let n = 0;
  for (let i = 0; i < t.length && n < MAX_WORDS;) {
    const c = t.charCodeAt(i);
    if (!isWordChar(c) && c !== 39) { i++; continue; }
    let j = i + 1;
    while (j < t.length && (isWordChar(t.charCodeAt(j)) || t.charCodeAt(j) === 39)) j++;
    starts[n] = i; ends[n] = j; hashes[n] = wordHash(t, i, j); n++;
    i = j;
  }
  const scale = m.scale[h]!;
  const sw = g.words > 0 ? scale / Math.sqrt(g.words) : 0, sc = g.chars > 0 ? scale / Math.sqrt(g.chars) : 0;
  for (let k = 0; k < n; k++) {
    share[k] = W[wordBucket(hashes[k]!) * 7 + h]! * sw;
    if (k > 0) {
      const half = (W[bigramBucket(hashes[k - 1]!, hashes[k]!) * 7 + h]! * sw) / 2;
      share[k - 1]! += half;
      share[k]! += half;
    }
  }
  // Char grams: g.buckets[words + 3p + 0..2] end at cleaned position p (p = t.length: the end pad).
  let k = 0;
  for (let p = 0, o = g.words; p <= t.length && o < g.words + g.chars; p++) {
    const count = p === 0 ? 1 : p === 1 ? 2 : 3;
    while (k < n - 1 && p >= ends[k]!) k++;
    let sum = 0;
    for (let q = 0; q < count && o < g.words + g.chars; q++, o++) sum += W[g.buckets[o]! * 7 + h]!;
    if (k < n && p >= starts[k]! && p < ends[k]!) share[k]! += sum * sc;
  }
  return n;
}

function endsSentence(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58) return true; // . ! ? ; :
  }
  return false;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The run as the post wrote it (case, digits, punctuation between words), else as cleaned. */
function quote(raw: string, words: string[]): string {
  const pattern = words.map((w) => escapeRegExp(w).replace(/0/g, '\\d').replace(/'/g, "['’]?")).join('[^\\p{L}\\p{N}]{1,6}');
  const found = new RegExp(pattern, 'iu').exec(normaliseText(raw));
  return (found ? found[0] : words.join(' ')).slice(0, 60);
}

/**
 * The reason for head h, as [text, weight]: its kind's template quoting up to MAX_QUOTES runs of the
 * post's words, strongest first ("wording typical of scams: 'claim your prize', 'within 24 hours'");
 * none when no run moves the score by MIN_REASON_LOGIT (the label is then not shown).
 */
export function explainHead(raw: string, g: Grams, m: Model, h: number): [string, number][] {
  const n = wordShares(g, m, h);
  const runs: [number, number, number][] = [];
  for (let a = 0; a < n; a++) {
    let sum = 0;
    for (let b = a; b < Math.min(n, a + MAX_RUN_WORDS); b++) {
      // a run is made of words that each weigh toward the label, inside one sentence
      if (share[b]! <= 0 || (b > a && endsSentence(g.text, ends[b - 1]!, starts[b]!))) break;
      sum += share[b]!;
      runs.push([a, b, sum]);
    }
  }
  runs.sort((x, y) => y[2] - x[2]);
  const chosen: [number, number, number][] = [];
  for (const run of runs) {
    if (run[2] < MIN_REASON_LOGIT || chosen.length === MAX_QUOTES) break;
    if (chosen.some((c) => run[0] <= c[1] + 1 && c[0] <= run[1] + 1)) continue; // apart, not touching
    chosen.push(run);
  }
  if (chosen.length === 0) return [];
  const quotes = chosen.map(([a, b]) => {
    const words: string[] = [];
    for (let k = a; k <= b; k++) words.push(g.text.slice(starts[k]!, ends[k]!));
    return quote(raw, words);
  });
  const weight = chosen.reduce((sum, c) => sum + c[2], 0);
  return [[REASON_TEMPLATES[CATEGORIES[h]!].replace('%', quotes.join("', '")), weight]];
}
