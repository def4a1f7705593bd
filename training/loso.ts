// Leave-one-source-out: for every source, train on all the others and score it. Every post then
// has one score per head from weights that never saw its source, and every figure npm run eval
// prints, and every threshold npm run train ships, comes from those scores.
//
//   sources ─┬─ hold out s ─▶ train on the rest ─▶ score s ─┐
//            └─ … for every s ──────────────────────────────┴─▶ out-of-source logits[post × head]

import { CATEGORIES, HEAD_COUNT, type Category } from '../model/categories';
import type { Doc } from './corpus';
import { logitsOf, trainHeads, type GramMatrix, type HeadTargets, type LinearHeads, type TrainSettings } from './linear-heads';
import { hashWord } from '../model/hash';
import { auroc } from './metrics';
import { isHumanPost } from './sources';

export interface Recipe {
  /** per head L2 penalty */
  l2: readonly number[];
  /** per head: 0 weighs every post of a class alike (classes balanced); 0.5 weighs each source by √size */
  sourceBalance: readonly number[];
  epochs: number;
  learningRate: number;
  seed: number;
}

const H = HEAD_COUNT;

/** Targets for training on `rows`: classes balanced per head, sources weighed by size^(1 − balance). */
export function targetsFor(docs: readonly Doc[], rows: Int32Array, recipe: Recipe): HeadTargets[] {
  return CATEGORIES.map((category, h) => {
    const y = new Int8Array(docs.length).fill(-1);
    const w = new Float32Array(docs.length);
    const groupSize = new Map<string, number>();
    const key = (d: Doc): string => `${d.source}|${d.labels[category]}`;
    for (const r of rows) {
      const d = docs[r]!;
      if (d.labels[category] === undefined) continue;
      groupSize.set(key(d), (groupSize.get(key(d)) ?? 0) + 1);
    }
    const alpha = recipe.sourceBalance[h]!;
    const classMass = [0, 0];
    for (const [k, n] of groupSize) classMass[k.endsWith('|1') ? 1 : 0]! += n ** (1 - alpha);
    let count = 0;
    for (const r of rows) {
      const d = docs[r]!;
      const label = d.labels[category];
      if (label === undefined) continue;
      y[r] = label;
      // each class gets half the total weight; inside it, a source gets n^(1-α) of the class's share
      w[r] = (groupSize.get(key(d))! ** -alpha / classMass[label]!) * 0.5;
      count++;
    }
    for (const r of rows) if (y[r]! >= 0) w[r] = w[r]! * count;
    return { y, w };
  });
}

export function train(docs: readonly Doc[], m: GramMatrix, rows: Int32Array, recipe: Recipe): LinearHeads {
  const settings: TrainSettings = { epochs: recipe.epochs, learningRate: recipe.learningRate, l2: recipe.l2, seed: recipe.seed };
  return trainHeads(m, rows, targetsFor(docs, rows, recipe), settings);
}

/**
 * At most MAX_PER_SOURCE posts of any one source train (the same ones on every run, by hash): the
 * hate sets and GoEmotions hold 120,000 posts between them and would otherwise decide every head.
 */
export const MAX_PER_SOURCE = 8000;

export function trainingRows(docs: readonly Doc[]): number[] {
  const bySource = new Map<string, number[]>();
  docs.forEach((d, r) => { const list = bySource.get(d.source) ?? []; list.push(r); bySource.set(d.source, list); });
  const rows: number[] = [];
  for (const list of bySource.values()) {
    if (list.length <= MAX_PER_SOURCE) { rows.push(...list); continue; }
    const ranked = list.map((r) => [hashWord(docs[r]!.text), r] as const).sort((a, b) => a[0] - b[0]);
    const chosen = ranked.slice(0, MAX_PER_SOURCE).map((x) => x[1]);
    // positives are rare and precious: every positive of a capped source stays
    const positives = list.filter((r) => Object.values(docs[r]!.labels).includes(1));
    rows.push(...new Set([...chosen, ...positives]));
  }
  return rows.sort((a, b) => a - b);
}

export function sourcesOf(docs: readonly Doc[]): string[] {
  return [...new Set(docs.map((d) => d.source))];
}

/** Write the logits of every row `held` picks, post-major, into `out`. */
function scoreInto(out: Float64Array, m: GramMatrix, model: LinearHeads, held: (r: number) => boolean): void {
  const z = new Float64Array(H);
  for (let r = 0; r < m.rows; r++) {
    if (!held(r)) continue;
    logitsOf(m, r, model, z);
    out.set(z, r * H);
  }
}

/** Out-of-source logits, post-major: logits[r * HEAD_COUNT + h]. */
export function outOfSource(docs: readonly Doc[], m: GramMatrix, recipe: Recipe, log: (s: string) => void = () => {}): Float64Array {
  const out = new Float64Array(docs.length * H);
  const kept = trainingRows(docs);
  for (const source of sourcesOf(docs)) {
    const rows = Int32Array.from(kept.filter((r) => docs[r]!.source !== source));
    scoreInto(out, m, train(docs, m, rows, recipe), (r) => docs[r]!.source === source);
    log(`  held out ${source}`);
  }
  return out;
}

/**
 * Cross-fitted logits: posts split into `folds` by a hash of their text, each fold scored by weights
 * trained on the others. Unlike outOfSource, the weights have seen the post's source (not the
 * post): the figure for a new post from a kind of source the model knows, where leave-one-source-out
 * is the figure for a source it has never seen.
 */
export function crossFitted(docs: readonly Doc[], m: GramMatrix, recipe: Recipe, folds = 4, log: (s: string) => void = () => {}): Float64Array {
  const out = new Float64Array(docs.length * H);
  const fold = docs.map((d) => hashWord(d.text) % folds);
  const kept = trainingRows(docs);
  for (let f = 0; f < folds; f++) {
    scoreInto(out, m, train(docs, m, Int32Array.from(kept.filter((r) => fold[r] !== f)), recipe), (r) => fold[r] === f);
    log(`  cross-fitted fold ${f + 1} of ${folds}`);
  }
  return out;
}

export interface SourceFigure {
  source: string;
  positives: number;
  negatives: number;
  /** negatives from the source itself, or (for a source of positives only) every human source's */
  against: 'own' | 'pooled';
  auroc: number;
}

const MIN_POSITIVES = 10;
const MIN_OWN_NEGATIVES = 30;

/**
 * Per head, the AUROC on each source with positives: its positives against its own negatives, or,
 * for a source of positives only (the generated posts), against every human source's negatives.
 */
export function figuresByHead(docs: readonly Doc[], logits: Float64Array, category: Category): SourceFigure[] {
  const h = CATEGORIES.indexOf(category);
  const pooled: number[] = [];
  docs.forEach((d, r) => { if (d.labels[category] === 0 && isHumanPost(d)) pooled.push(logits[r * H + h]!); });
  const figures: SourceFigure[] = [];
  for (const source of sourcesOf(docs)) {
    const pos: number[] = [], neg: number[] = [];
    docs.forEach((d, r) => {
      if (d.source !== source) return;
      const label = d.labels[category];
      if (label === 1) pos.push(logits[r * H + h]!);
      else if (label === 0) neg.push(logits[r * H + h]!);
    });
    if (pos.length < MIN_POSITIVES) continue;
    const own = neg.length >= MIN_OWN_NEGATIVES;
    const negatives = own ? neg : pooled;
    const scores = [...pos, ...negatives];
    const labels = [...pos.map(() => 1), ...negatives.map(() => 0)];
    figures.push({ source, positives: pos.length, negatives: negatives.length, against: own ? 'own' : 'pooled', auroc: auroc(scores, labels) });
  }
  return figures;
}

export function macro(figures: readonly SourceFigure[]): number {
  return figures.length === 0 ? NaN : figures.reduce((a, f) => a + f.auroc, 0) / figures.length;
}
