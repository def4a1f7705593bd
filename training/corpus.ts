// The labelled corpus: every post from ../shared/data with its source, platform and a label per
// head where the source says something about that head (undefined = the source is silent).

import type { Category } from '../model/categories';

export type Label = 0 | 1;

export interface Doc {
  text: string;
  /** what leave-one-source-out holds out: a dataset, or a platform group of the written posts (training/sources.ts) */
  source: string;
  platform: string;
  /** the source's own class or kind (generation mode, category, label name), for reading figures */
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
