// Thresholds set by what a person sees, from out-of-source scores (training/loso.ts).
//
// A wrong label costs more than a missed one, and seven heads add up: each head's threshold is
// the lowest logit at which no ordinary source has more than 1 in 100 of its ordinary posts
// labelled (RATES.perSource) and all of them together at most 3 in 1,000 (RATES.pooled); then, if
// more than 1.5 in 100 ordinary posts would carry some label, every head is made stricter, and if
// more than 3 in 100 of one source's would, the head that labels most of them is, until neither holds. 'Strong signs' is the same rule ten times stricter.
//
// The scores are leave-one-source-out: an ordinary source is scored by weights trained on every
// other source, as a person's feed is a source the weights never saw.

import { CATEGORIES, HEAD_COUNT, type Category } from '../model/categories';
import type { HeadCard } from '../model/weights-format';
import type { Doc } from './corpus';
import { cleanForGrams, countWords } from '../model/grams';
import { isOrdinary } from './sources';

export const RATES = { pooled: 0.003, perSource: 0.01, anyLabel: 0.015, anyLabelPerSource: 0.03, strongFactor: 0.1 } as const;
/** The ai head labels posts of at least this many words only (model card: figures by length). */
export const AI_MIN_WORDS = 30;
/** Every other head labels posts of at least this many words only: "<3" or "LIKKEE" say too little. */
export const MIN_WORDS = 3;

/** The fewest words a post needs for a head to label it (model card: figures by length). */
export function minWordsFor(category: Category): number {
  return category === 'ai' ? AI_MIN_WORDS : MIN_WORDS;
}

/** Whether a post has enough words for the head to label it, counted as judge() counts them. */
export function longEnough(d: Doc, category: Category): boolean {
  return countWords(cleanForGrams(d.text)) >= minWordsFor(category);
}
/** Shares of ordinary posts at which the score table is read (model.tail). */
export const RARITY = [0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.007, 0.005, 0.004, 0.003, 0.002, 0.0015, 0.001, 0.0007, 0.0005, 0.0004, 0.0003, 0.0002, 0.00015, 0.0001];
const MIN_SOURCE_POSTS = 200;
const H = HEAD_COUNT;

export function words(text: string): number {
  return countWords(cleanForGrams(text));
}

/** The posts whose false labels a head's threshold is set on. */
export function ordinaryFor(d: Doc, category: Category): boolean {
  if (!longEnough(d, category)) return false;
  if (category === 'ai') return d.labels.ai === 0;
  return isOrdinary(d);
}

/** The logit above which at most `rate` of `values` lie. */
function upperQuantile(values: Float64Array, rate: number): number {
  if (values.length === 0) return Infinity;
  const sorted = Float64Array.from(values).sort();
  const allowed = Math.floor(values.length * rate);
  return sorted[values.length - 1 - allowed]! + 1e-9;
}

function cut(byHead: { pooled: Float64Array; bySource: Float64Array[] }, pooledRate: number, sourceRate: number): number {
  let t = upperQuantile(byHead.pooled, pooledRate);
  for (const s of byHead.bySource) t = Math.max(t, upperQuantile(s, sourceRate));
  return t;
}

function share(values: Float64Array, t: number): number {
  let n = 0;
  for (const v of values) if (v >= t) n++;
  return values.length === 0 ? 0 : n / values.length;
}

export interface Thresholds { cards: HeadCard[]; tail: number[][]; anyLabelRate: number }

/**
 * `logits`: leave-one-source-out, for the thresholds (a new source of ordinary posts is what a
 * person's feed is). `fitted`: cross-fitted, for the share of each kind caught: held out, a source
 * that holds most of a kind's examples leaves weights that never saw that kind at all.
 */
export function chooseThresholds(docs: readonly Doc[], logits: Float64Array, fitted: Float64Array): Thresholds {
  const heads = CATEGORIES.map((category, h) => {
    const bySourceMap = new Map<string, number[]>();
    const pooled: number[] = [];
    docs.forEach((d, r) => {
      if (!ordinaryFor(d, category)) return;
      const z = logits[r * H + h]!;
      pooled.push(z);
      const list = bySourceMap.get(d.source) ?? [];
      list.push(z);
      bySourceMap.set(d.source, list);
    });
    const bySource = [...bySourceMap.values()].filter((l) => l.length >= MIN_SOURCE_POSTS).map((l) => Float64Array.from(l));
    return { pooled: Float64Array.from(pooled), bySource };
  });
  const enough = CATEGORIES.map((c) => Uint8Array.from(docs, (d) => (longEnough(d, c) ? 1 : 0)));
  const ordinaryRows = docs.flatMap((d, r) => (isOrdinary(d) ? [r] : []));
  const bySource = new Map<string, number[]>();
  for (const r of ordinaryRows) bySource.set(docs[r]!.source, [...(bySource.get(docs[r]!.source) ?? []), r]);
  const sources = [...bySource.values()].filter((rows) => rows.length >= MIN_SOURCE_POSTS);
  // Per head, how much stricter than RATES it must be. Too many labels overall: every head steps
  // down; too many on one source: only the head that labels most of that source's posts does.
  const scale = CATEGORIES.map(() => 1);
  let some: number[] = [], anyLabel = 1;
  for (let round = 0; round < 80; round++) {
    some = heads.map((x, h) => cut(x, RATES.pooled * scale[h]!, RATES.perSource * scale[h]!));
    const labelledBy = (r: number, h: number): boolean => logits[r * H + h]! >= some[h]! && enough[h]![r] === 1;
    const labelled = (r: number): boolean => CATEGORIES.some((_, h) => labelledBy(r, h));
    anyLabel = ordinaryRows.filter(labelled).length / ordinaryRows.length;
    if (anyLabel > RATES.anyLabel) { for (let h = 0; h < H; h++) scale[h]! *= 0.85; continue; }
    const over = sources.find((rows) => rows.filter(labelled).length / rows.length > RATES.anyLabelPerSource);
    if (!over) break;
    const perHead = CATEGORIES.map((_, h) => over.filter((r) => labelledBy(r, h)).length);
    scale[perHead.indexOf(Math.max(...perHead))]! *= 0.85;
  }
  const cards = CATEGORIES.map((category, h): HeadCard => {
    const strong = Math.max(some[h]!, cut(heads[h]!, RATES.pooled * scale[h]! * RATES.strongFactor, RATES.perSource * scale[h]! * RATES.strongFactor));
    const positives = Float64Array.from(docs.flatMap((d, r) => (d.labels[category] === 1 && enough[h]![r] === 1 ? [fitted[r * H + h]!] : [])));
    const worst = (t: number): number => Math.max(0, ...heads[h]!.bySource.map((s) => share(s, t)));
    return {
      some: round(some[h]!), strong: round(strong),
      ordinaryRate: { some: round(share(heads[h]!.pooled, some[h]!), 5), strong: round(share(heads[h]!.pooled, strong), 5), worstSome: round(worst(some[h]!), 5), worstStrong: round(worst(strong), 5) },
      caught: { some: round(share(positives, some[h]!)), strong: round(share(positives, strong)) },
      minWords: minWordsFor(category),
    };
  });
  const tail = heads.map((x) => {
    const points = RARITY.map((rate) => upperQuantile(x.pooled, rate));
    for (let i = 1; i < points.length; i++) if (points[i]! <= points[i - 1]!) points[i] = points[i - 1]! + 1e-3;
    return points.map((p) => round(p));
  });
  return { cards, tail, anyLabelRate: anyLabel };
}

function round(x: number, digits = 4): number {
  return Number(x.toFixed(digits));
}
