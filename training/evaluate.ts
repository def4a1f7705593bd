// `npm run eval`: every cross-source check in folds.ts, for the model and for the bag-of-words
// baseline trained on exactly the same posts, labels and weights.
//
//   corpus ─▶ featurise (model) + featurise (BoW) ─▶ per check, per held-out group:
//        train head on the rest ─▶ score held-out posts ─▶ pool ─▶ AUROC, PR-AUC, recall@1%/5% FPR

import { CATEGORIES } from '../model/categories';
import { BUCKETS } from '../model/ngrams';
import type { Lexicon } from '../model/phrase-cues';
import { featuriseBagOfWords } from './bag-of-words';
import type { Doc } from './corpus';
import { featuriseModel, type FeatureMatrix } from './feature-matrix';
import { CHECKS, type Check } from './folds';
import { DEFAULT_TRAIN, logitOf, trainHead, type TrainOptions } from './logistic';
import { auroc, averagePrecision, recallAtFpr } from './metrics';
import { weighRows } from './sample-weights';
import { labelledRows, optionsFor } from './train-model';

export interface Figures { auroc: number; prAuc: number; recall1: number; recall5: number }
export interface CheckResult { check: Check; positives: number; negatives: number; model: Figures; baseline: Figures }

export function figuresOf(scores: number[], labels: number[]): Figures {
  return { auroc: auroc(scores, labels), prAuc: averagePrecision(scores, labels), recall1: recallAtFpr(scores, labels, 0.01), recall5: recallAtFpr(scores, labels, 0.05) };
}

/** Held-out scores of one check for one feature matrix (pooled over its groups). */
export function scoreCheck(docs: readonly Doc[], m: FeatureMatrix, check: Check, o: TrainOptions): { scores: number[]; labels: number[] } {
  const scores: number[] = [], labels: number[] = [];
  for (let g = 0; g < check.groups; g++) {
    const train = labelledRows(docs, check.head, (d) => !check.heldOut(d, g));
    const test = labelledRows(docs, check.head, (d) => check.heldOut(d, g));
    const head = trainHead(m, train, train.map((r) => docs[r]!.labels[check.head]!), weighRows(docs, train, check.head), o);
    for (const r of test) { scores.push(logitOf(m, r, head)); labels.push(docs[r]!.labels[check.head]!); }
  }
  return { scores, labels };
}

export function evaluateAll(docs: readonly Doc[], lexicon: Lexicon, log: (s: string) => void): CheckResult[] {
  const model = featuriseModel(docs.map((d) => d.text), lexicon, BUCKETS);
  const bow = featuriseBagOfWords(docs.map((d) => d.text));
  log('featurised');
  return CHECKS.map((check) => {
    const ours = scoreCheck(docs, model, check, optionsFor(check.head));
    const base = scoreCheck(docs, bow, check, DEFAULT_TRAIN);
    const positives = ours.labels.filter((l) => l === 1).length;
    log(`${check.head}: ${check.name}`);
    return { check, positives, negatives: ours.labels.length - positives, model: figuresOf(ours.scores, ours.labels), baseline: figuresOf(base.scores, base.labels) };
  }).sort((a, b) => CATEGORIES.indexOf(a.check.head) - CATEGORIES.indexOf(b.check.head));
}
