import type { SiteId } from '../sites/types';

/** How each supported site is named to the person. */
export const SITE_NAMES: Record<SiteId, string> = {
  x: 'X',
  reddit: 'Reddit',
  'old-reddit': 'old Reddit',
  hackernews: 'Hacker News',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  tiktok: 'TikTok',
};
