import type { Category } from '../model/categories';
import { messageTable } from './i18n';

/** What each category means, in plain words: the settings page and "How Realign judges posts". */
export const CATEGORY_DESCRIPTIONS: Readonly<Record<Category, string>> = messageTable({
  ai: 'commonCategoryAiDescription',
  outrage: 'commonCategoryOutrageDescription',
  fear: 'commonCategoryFearDescription',
  clickbait: 'commonCategoryClickbaitDescription',
  fomo: 'commonCategoryFomoDescription',
  scam: 'commonCategoryScamDescription',
  engagement_bait: 'commonCategoryEngagementBaitDescription',
});
