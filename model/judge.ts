// judge(): one post in; seven scores, labels, how strong each label's evidence is, and reasons out.
//
//   text ─▶ gramsOf ─▶ scoreLogits ─▶ logit ≥ the head's threshold? ─▶ label ─▶ explainHead ─▶ reasons
//                                 └─▶ scoreOf (rarity among ordinary posts) ─▶ scores
//
// A label needs a reason of its own kind (words of the post that weigh toward it) and enough words
// to tell (its card's minWords: 30 for `ai`, 3 for the others; "<3" or "BEST SONG EVER" say too little). Reasons are computed for labelled heads
// only, so a clean post (most of a feed) costs the grams and one linear pass.

import { CATEGORIES, HEAD_COUNT, type Category } from './categories';
import { explainHead } from './explain';
import { countWords, gramsOf } from './grams';
import type { Model } from './load-model';
import { scoreLogits, scoreOf } from './score';

export interface Reason { category: Category; text: string }
/** 'strong': evidence that in testing only about 1 in 2,000 ordinary posts showed; 'some': the label's threshold. */
export type Strength = 'some' | 'strong';
export interface Judgement {
  scores: Record<Category, number>;
  labels: Category[];
  strength: Partial<Record<Category, Strength>>;
  reasons: Reason[];
}
/** Per head, the score (0–1) at or above which it labels. */
export type Thresholds = Partial<Record<Category, number>>;

const logits = new Float64Array(HEAD_COUNT);

export function judgeWithModel(model: Model, text: string, thresholds?: Thresholds): Judgement {
  const raw = typeof text === 'string' ? text : '';
  const g = gramsOf(raw);
  scoreLogits(g, model, logits);
  const scores = {} as Record<Category, number>;
  const labels: Category[] = [];
  const strength: Partial<Record<Category, Strength>> = {};
  const ranked: [Reason, number][] = [];
  let words = -1;
  for (let h = 0; h < HEAD_COUNT; h++) {
    const category = CATEGORIES[h]!;
    const card = model.cards[h]!;
    const score = scoreOf(model.rarity, model.tail[h]!, logits[h]!);
    scores[category] = Number.isFinite(score) ? score : 0;
    const threshold = thresholds?.[category];
    if (threshold === undefined ? logits[h]! < card.some : scores[category] < threshold) continue;
    if (card.minWords > 0) {
      if (words < 0) words = countWords(g.text);
      if (words < card.minWords) continue;
    }
    const reasons = explainHead(raw, g, model, h);
    if (reasons.length === 0) continue;
    labels.push(category);
    strength[category] = logits[h]! >= card.strong ? 'strong' : 'some';
    for (const [reasonText, weight] of reasons) ranked.push([{ category, text: reasonText }, weight]);
  }
  ranked.sort((a, b) => b[1] - a[1]);
  return { scores, labels, strength, reasons: ranked.map((r) => r[0]) };
}
