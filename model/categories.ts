// The seven heads of the model, in the order their weights are stored.
export const CATEGORIES = ['ai', 'outrage', 'fear', 'clickbait', 'fomo', 'scam', 'engagement_bait'] as const;
export type Category = (typeof CATEGORIES)[number];
export const HEAD_COUNT = CATEGORIES.length;
