import type { Category } from '../model/categories';

/** How each category is named to the person, in labels, the popup and the weekly summary. */
export const CATEGORY_NAMES: Record<Category, string> = {
  ai: 'Likely AI',
  outrage: 'Outrage',
  fear: 'Fear',
  clickbait: 'Clickbait',
  fomo: 'Ad pressure',
  scam: 'Scam',
  engagement_bait: 'Engagement bait',
};
