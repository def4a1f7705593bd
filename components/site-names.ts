import type { SiteId } from '../sites/types';
import { message } from './i18n';

/**
 * How each supported site is named to the person. Brand names stay as the brands write them in
 * every language; only "old Reddit" is words of ours, so only it comes from _locales.
 */
export const SITE_NAMES: Record<SiteId, string> = {
  x: 'X',
  reddit: 'Reddit',
  get 'old-reddit'() {
    return message('siteOldReddit');
  },
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
