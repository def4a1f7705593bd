import type { Category } from '../model/categories';
import { message } from './i18n';

/** What each category means, in plain words: the settings page and "How Realign judges posts". */
export const CATEGORY_DESCRIPTIONS: Record<Category, string> = {
  ai: message('commonCategoryAiDescription'),
  outrage: message('commonCategoryOutrageDescription'),
  fear: message('commonCategoryFearDescription'),
  clickbait: message('commonCategoryClickbaitDescription'),
  fomo: message('commonCategoryFomoDescription'),
  scam: message('commonCategoryScamDescription'),
  engagement_bait: message('commonCategoryEngagementBaitDescription'),
};
