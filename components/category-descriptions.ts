import type { Category } from '../model/categories';

/** What each category means, in plain words: the settings page and "How Realign judges posts". */
export const CATEGORY_DESCRIPTIONS: Record<Category, string> = {
  ai: 'Reads like text a language model wrote: smooth, generic, template-like prose.',
  outrage: 'Written to make you angry: anger words, blame, all caps, "they don\'t want you to know".',
  fear: 'Written to make you afraid: threats, danger, "before it\'s too late".',
  clickbait: 'Holds back the point so you click: "you won\'t believe", "this one trick", teasers.',
  fomo: 'Pressure to buy or act now: countdowns, "only 3 left", limited offers.',
  scam: 'Looks like a scam: urgent account problems, prizes, payment or crypto requests.',
  engagement_bait: 'Asks for likes, shares or comments for their own sake: "share if you agree", "type YES".',
};
