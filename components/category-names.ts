import { CATEGORIES, type Category } from '../model/categories';
import { message, type MessageKey } from './i18n';

/** Where each name lives in public/_locales/<lang>/messages.json (English: 'Likely AI', 'Outrage'…). */
const MESSAGE_KEYS: Record<Category, MessageKey> = {
  ai: 'categoryAi',
  outrage: 'categoryOutrage',
  fear: 'categoryFear',
  clickbait: 'categoryClickbait',
  fomo: 'categoryFomo',
  scam: 'categoryScam',
  engagement_bait: 'categoryEngagementBait',
};

/** How each category is named to the person, in labels, the popup and the weekly summary. */
export const CATEGORY_NAMES: Record<Category, string> = Object.fromEntries(
  CATEGORIES.map((category) => [category, message(MESSAGE_KEYS[category])]),
) as Record<Category, string>;
