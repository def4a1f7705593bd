/**
 * The feed content script: wiring only. It finds the site's adapter, hands the page, the messages
 * to the background and WXT's ctx timers to feed/feed-controller.ts (which decides what the
 * settings mean), and ends everything when ctx is invalidated.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchComposerActivity } from '../feed/composer-activity';
import { startFeedController } from '../feed/feed-controller';
import { startFeedSession } from '../feed/feed-session';
import { readFeedSettings, watchFeedSettings } from '../feed/feed-settings';
import { tellBackground } from '../messaging/protocol';
import { readMastodonInstances } from '../settings/mastodon-instances';
import { adapterFor } from '../sites';
import { CONTENT_SCRIPT_MATCHES } from '../sites/registry';
import { messagesReady } from '../text/i18n';

export default defineContentScript({
  // The supported feeds, as sites/registry.ts declares them. Other Mastodon instances are added at
  // run time with the person's permission, never by widening this list.
  matches: [...CONTENT_SCRIPT_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    // Other instances the person added run this script through a registration (background/mastodon-scripts.ts).
    const adapter = adapterFor(new URL(location.href), await readMastodonInstances());
    if (!adapter) return;
    // Typing in a composer counts as creating; only a heartbeat is sent, never the text.
    ctx.onInvalidated(
      watchComposerActivity({
        target: document,
        now: () => Date.now(),
        beat: () => void tellBackground('feed/composing', {}).catch(() => {}),
      }),
    );

    // Labels are worded from _locales, which the background reads for this tab: asking the browser
    // for them (getMessage) would hold the page's main thread while it loads (text/i18n.ts).
    await messagesReady(browser.i18n, (folder) => tellBackground('feed/messages-file', { folder }).then((reply) => reply.messages), 'files');
    const feed = startFeedController({
      adapter,
      document,
      settings: await readFeedSettings(),
      // null when the extension was updated or reloaded under this page; the next page load reports.
      tell: (type, payload) => tellBackground(type, payload).catch(() => null),
      startSession: startFeedSession,
      timers: {
        setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
        setInterval: (handler, ms) => ctx.setInterval(handler, ms),
        clearInterval: (id) => clearInterval(id),
        requestAnimationFrame: (handler) => ctx.requestAnimationFrame(handler),
      },
      now: () => Date.now(),
    });
    ctx.onInvalidated(feed.stop);
    ctx.onInvalidated(watchFeedSettings(feed.settingsChanged));
  },
});
