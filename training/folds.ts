// Cross-source checks for `npm run eval`. Each check holds out a whole source (another dataset,
// platform or generator run) and trains on the rest; nothing is split at random inside a source.
// `groups` > 1 means leave-one-group-out, with the held-out predictions pooled into one figure
// (used where a head's only positives are the 200-odd written pairs, split by platform).

import type { Category } from '../model/categories';
import type { Doc } from './corpus';

export interface Check {
  head: Category;
  name: string;
  /** posts held out from training for group g (and scored in the test) */
  heldOut: (d: Doc, group: number) => boolean;
  groups: number;
}

const pairsOn = (platforms: string[]) => (d: Doc): boolean => d.source === 'pairs' && platforms.includes(d.platform);
const PLATFORM_GROUPS = [['instagram', 'tiktok_caption', 'youtube_comment'], ['facebook', 'twitter', 'reddit'], ['sms', 'dm', 'linkedin']];
const byPlatformGroup = (d: Doc, g: number): boolean => pairsOn(PLATFORM_GROUPS[g]!)(d);

export const CHECKS: Check[] = [
  { head: 'ai', name: 'Reddit (unseen platform): AI replies vs GoEmotions', groups: 1,
    heldOut: (d) => d.source === 'goemotions' || (d.source === 'ai-posts' && d.platform === 'reddit') },
  { head: 'ai', name: 'Twitter (unseen platform): AI tweets vs 2013 tweets', groups: 1,
    heldOut: (d) => d.source === 'tweets' || (d.source === 'ai-posts' && d.platform === 'twitter') },
  { head: 'ai', name: 'QA answers (unseen dataset): ChatGPT vs human', groups: 1,
    heldOut: (d) => d.source.startsWith('qa-') },
  { head: 'outrage', name: 'written posts (unseen source): outrage vs neutral twin', groups: 1, heldOut: (d) => d.source === 'pairs' },
  { head: 'outrage', name: 'Reddit comments (unseen source): anger/disgust', groups: 1, heldOut: (d) => d.source === 'goemotions' },
  { head: 'fear', name: 'written posts (unseen source): fear vs neutral twin', groups: 1, heldOut: (d) => d.source === 'pairs' },
  { head: 'fear', name: 'Reddit comments (unseen source): fear/nervousness', groups: 1, heldOut: (d) => d.source === 'goemotions' },
  { head: 'clickbait', name: 'written posts (unseen source): clickbait vs neutral twin', groups: 1, heldOut: (d) => d.source === 'pairs' },
  { head: 'clickbait', name: 'news headlines (unseen source): Stop Clickbait', groups: 1, heldOut: (d) => d.source === 'headlines' },
  { head: 'fomo', name: 'written posts, leave-platform-group-out (3 groups)', groups: 3, heldOut: byPlatformGroup },
  { head: 'scam', name: 'written posts (unseen source): scam vs neutral twin', groups: 1, heldOut: (d) => d.source === 'pairs' },
  { head: 'scam', name: 'SMS 2011 (unseen source): UCI spam vs ham', groups: 1, heldOut: (d) => d.source === 'sms' },
  { head: 'engagement_bait', name: 'AI posts (unseen generator run): bait questions vs calm modes', groups: 1, heldOut: (d) => d.source === 'ai-posts' },
  { head: 'engagement_bait', name: 'written posts, leave-platform-group-out (3 groups)', groups: 3, heldOut: byPlatformGroup },
];
