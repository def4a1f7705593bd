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

/**
 * How each category is named to the person, in labels, the popup and the weekly summary. Each
 * name is looked up when first read, not when this module loads: on a feed page the first
 * lookup loads the extension's messages, which is better paid when a label is drawn than while
 * the page is still starting.
 */
export const CATEGORY_NAMES: Readonly<Record<Category, string>> = Object.defineProperties(
  {} as Record<Category, string>,
  Object.fromEntries(CATEGORIES.map((category) => [category, { enumerable: true, get: () => message(MESSAGE_KEYS[category]) }])),
);
