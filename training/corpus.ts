// The labelled corpus: every post from ../shared/data with its source, platform and a label per
// head where the source says something about that head (undefined = the source is silent).

import type { Category } from '../model/categories';

export type Label = 0 | 1;

export interface Doc {
  text: string;
  /** dataset: goemotions, tweets, headlines, sms, qa-squad, qa-truthfulqa, ai-posts, pairs */
  source: string;
  platform: string;
  /** generation mode (ai-posts) or category (pairs), for folds */
  detail: string;
  labels: Partial<Record<Category, Label>>;
}

export const MANIPULATION_HEADS: readonly Category[] = ['outrage', 'fear', 'clickbait', 'fomo', 'scam', 'engagement_bait'];

/** Label every manipulation head 0 except those listed. */
export function notManipulative(except: readonly Category[] = []): Partial<Record<Category, Label>> {
  const out: Partial<Record<Category, Label>> = {};
  for (const h of MANIPULATION_HEADS) if (!except.includes(h)) out[h] = 0;
  return out;
}
