// Thresholds set by what a person sees, from out-of-source scores (training/loso.ts).
//
// A wrong label costs more than a missed one, and seven heads add up: each head's threshold is
// the lowest logit at which no ordinary source has more than 1 in 100 of its ordinary posts
// labelled (RATES.perSource) and all of them together at most 3 in 1,000 (RATES.pooled); then, if
// more than 1.5 in 100 ordinary posts would carry some label, every head is made stricter until
// they do not. 'Strong signs' is the same rule ten times stricter.
//
// The scores are leave-one-source-out: an ordinary source is scored by weights trained on every
// other source, as a person's feed is a source the weights never saw.

import { CATEGORIES, HEAD_COUNT, type Category } from '../model/categories';
import type { HeadCard } from '../model/weights-format';
import type { Doc } from './corpus';
import { isOrdinary } from './sources';

export const RATES = { pooled: 0.003, perSource: 0.01, anyLabel: 0.015, strongFactor: 0.1 } as const;
/** The ai head labels posts of at least this many words only (model card: figures by length). */
export const AI_MIN_WORDS = 30;
/** Shares of ordinary posts at which the score table is read (model.tail). */
export const RARITY = [0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.003, 0.002, 0.001, 0.0005, 0.0002, 0.0001];
const MIN_SOURCE_POSTS = 200;
const H = HEAD_COUNT;

export function words(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/** The posts whose false labels a head's threshold is set on. */
export function ordinaryFor(d: Doc, category: Category): boolean {
  if (category === 'ai') return d.labels.ai === 0 && words(d.text) >= AI_MIN_WORDS;
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
  const ordinaryRows = docs.flatMap((d, r) => (isOrdinary(d) ? [r] : []));
  let scale = 1, some: number[] = [], anyLabel = 1;
  for (let round = 0; round < 30; round++) {
    some = heads.map((x) => cut(x, RATES.pooled * scale, RATES.perSource * scale));
    anyLabel = ordinaryRows.filter((r) => CATEGORIES.some((c, h) => logits[r * H + h]! >= some[h]! && (c !== 'ai' || words(docs[r]!.text) >= AI_MIN_WORDS))).length / ordinaryRows.length;
    if (anyLabel <= RATES.anyLabel) break;
    scale *= 0.85;
  }
  const cards = CATEGORIES.map((category, h): HeadCard => {
    const strong = Math.max(some[h]!, cut(heads[h]!, RATES.pooled * scale * RATES.strongFactor, RATES.perSource * scale * RATES.strongFactor));
    const positives = Float64Array.from(docs.flatMap((d, r) => (d.labels[category] === 1 && (category !== 'ai' || words(d.text) >= AI_MIN_WORDS) ? [fitted[r * H + h]!] : [])));
    const worst = (t: number): number => Math.max(0, ...heads[h]!.bySource.map((s) => share(s, t)));
    return {
      some: round(some[h]!), strong: round(strong),
      ordinaryRate: { some: round(share(heads[h]!.pooled, some[h]!), 5), strong: round(share(heads[h]!.pooled, strong), 5), worstSome: round(worst(some[h]!), 5), worstStrong: round(worst(strong), 5) },
      caught: { some: round(share(positives, some[h]!)), strong: round(share(positives, strong)) },
      minWords: category === 'ai' ? AI_MIN_WORDS : 0,
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
