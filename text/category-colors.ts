import type { Category } from '../model/categories';

/** Muted, distinguishable colours per category, readable on light and dark surfaces. */
export const CATEGORY_COLORS: Record<Category, string> = {
  ai: '#7b8fa6',
  outrage: '#c8553d',
  fear: '#8e6bb8',
  clickbait: '#d99a2b',
  fomo: '#3f8f7f',
  scam: '#b33a6b',
  engagement_bait: '#4f7cc4',
};
