import { defineContentScript } from 'wxt/utils/define-content-script';
import { startHealthCheck } from '../feed/health-check';
import { tellBackground } from '../messaging/protocol';
import { disabledSitesItem, readDisabledSites } from '../settings/sites-enabled';
import { adapterFor } from '../sites';

export default defineContentScript({
  // The supported feeds (sites/). Other Mastodon instances are added at run time with the
  // person's permission, never by widening this list.
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://www.reddit.com/*',
    'https://old.reddit.com/*',
    'https://news.ycombinator.com/*',
    'https://www.youtube.com/*',
    'https://www.linkedin.com/*',
    'https://www.facebook.com/*',
    'https://www.instagram.com/*',
    'https://www.threads.com/*',
    'https://www.threads.net/*',
    'https://bsky.app/*',
    'https://mastodon.social/*',
    'https://www.tiktok.com/*',
  ],
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;

    let stop: (() => void) | null = null;
    const apply = (disabled: readonly string[]) => {
      stop?.();
      stop = null;
      if (disabled.includes(adapter.id)) return;
      stop = startHealthCheck({
        adapter,
        document,
        setInterval: (handler, ms) => ctx.setInterval(handler, ms),
        clearInterval: (id) => clearInterval(id),
        report: (postCount) =>
          void tellBackground('feed/scanned', {
            site: adapter.id,
            url: location.origin + location.pathname,
            postCount,
          }).catch(() => {
            // The extension was updated or reloaded under this page; the next page load reports.
          }),
      });
    };

    apply(await readDisabledSites());
    // Settings apply to open tabs at once, without a reload.
    ctx.onInvalidated(disabledSitesItem.watch(() => void readDisabledSites().then(apply)));
  },
});
