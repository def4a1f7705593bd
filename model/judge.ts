// judge(): one post in, seven calibrated scores, labels and reasons out.
//
//   text ─▶ extractFeatures ─▶ scoreLogits ─▶ Platt ─▶ scores ─▶ ≥ threshold? ─▶ labels
//                                                                     └─▶ explainHead ─▶ reasons
//
// Reasons are only computed for labelled heads, so a clean post (most of a feed) costs no more
// than features + one linear pass. A head over its threshold is labelled only if at least one
// reason stands behind it, and one of them is the kind's own (model/cue-list.ts, OWN_CUES).

import { CATEGORIES, HEAD_COUNT, type Category } from './categories';
import { explainHead } from './explain';
import { extractFeatures } from './features';
import type { Model } from './load-model';
import { calibrate, scoreLogits } from './score';

export interface Reason { category: Category; text: string }
export interface Judgement { scores: Record<Category, number>; labels: Category[]; reasons: Reason[] }
export type Thresholds = Partial<Record<Category, number>>;

const logits = new Float64Array(HEAD_COUNT);

/** `requireOwnCue` false labels on any reason, as before OWN_CUES (kept for `npm run eval`'s comparison). */
export function judgeWithModel(model: Model, text: string, thresholds?: Thresholds, requireOwnCue = true): Judgement {
  const f = extractFeatures(typeof text === 'string' ? text : '', model.lexicon);
  scoreLogits(f, model, logits);
  const scores = {} as Record<Category, number>;
  const labels: Category[] = [];
  const ranked: [Reason, number][] = [];
  for (let h = 0; h < HEAD_COUNT; h++) {
    const category = CATEGORIES[h]!;
    const p = calibrate(model, h, logits[h]!);
    scores[category] = Number.isFinite(p) ? p : 0;
    const threshold = thresholds?.[category] ?? model.thresholds[h]!;
    if (scores[category] < threshold) continue;
    // Every label must explain itself (DESIGN.md): a score with no readable cue behind it
    // stays a score and does not become a label.
    const reasons = explainHead(f, model, h, requireOwnCue);
    if (reasons.length === 0) continue;
    labels.push(category);
    for (const [reasonText, weight] of reasons) ranked.push([{ category, text: reasonText }, weight]);
  }
  ranked.sort((a, b) => b[1] - a[1]);
  return { scores, labels, reasons: ranked.map((r) => r[0]) };
}
