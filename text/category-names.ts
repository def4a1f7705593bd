import type { Category } from '../model/categories';
import { messageTable } from './i18n';

/**
 * How each category is named to the person, in labels, the popup and the weekly summary
 * (public/_locales/<lang>/messages.json; English: 'Likely AI', 'Outrage'…).
 */
export const CATEGORY_NAMES: Readonly<Record<Category, string>> = messageTable({
  ai: 'categoryAi',
  outrage: 'categoryOutrage',
  fear: 'categoryFear',
  clickbait: 'categoryClickbait',
  fomo: 'categoryFomo',
  scam: 'categoryScam',
  engagement_bait: 'categoryEngagementBait',
});
