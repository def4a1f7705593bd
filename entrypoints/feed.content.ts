import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchComposerActivity } from '../feed/composer-activity';
import { startFeedSession } from '../feed/feed-session';
import { tellBackground } from '../messaging/protocol';
import { judge } from '../model';
import { labelModesItem, readLabelModes, type LabelModes } from '../settings/label-modes';
import { labelsPausedUntilItem, readPausedUntil } from '../settings/labels-paused';
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
    // Typing in a composer counts as creating; only a heartbeat is sent, never the text.
    ctx.onInvalidated(
      watchComposerActivity({
        target: document,
        now: () => Date.now(),
        beat: () => void tellBackground('feed/composing', {}).catch(() => {}),
      }),
    );

    let [modes, pausedUntil, disabled] = await Promise.all([readLabelModes(), readPausedUntil(), readDisabledSites()]);
    let session: ReturnType<typeof startFeedSession> | null = null;

    const apply = () => {
      const shouldRun = !disabled.includes(adapter.id);
      if (shouldRun && !session) {
        session = startFeedSession({
          adapter,
          document,
          judge: (text) => judge(text),
          modes: (): LabelModes => modes,
          isPaused: () => Date.now() < pausedUntil,
          keepsSnippets: () => true,
          tell: (type, payload) =>
            void tellBackground(type, payload).catch(() => {
              // The extension was updated or reloaded under this page; the next page load reports.
            }),
          setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
          setInterval: (handler, ms) => ctx.setInterval(handler, ms),
          clearInterval: (id) => clearInterval(id),
        });
      } else if (!shouldRun && session) {
        session.stop();
        session = null;
      }
    };
    // When a pause ends on its own, labels come back without a reload.
    const refreshWhenPauseEnds = () => {
      if (pausedUntil > Date.now()) ctx.setTimeout(() => session?.refresh(), pausedUntil - Date.now() + 50);
    };
    apply();
    refreshWhenPauseEnds();
    ctx.onInvalidated(() => session?.stop());

    // Settings apply to open tabs at once, without a reload.
    ctx.onInvalidated(
      disabledSitesItem.watch(async () => {
        disabled = await readDisabledSites();
        apply();
      }),
    );
    ctx.onInvalidated(
      labelModesItem.watch(async () => {
        modes = await readLabelModes();
        session?.refresh();
      }),
    );
    ctx.onInvalidated(
      labelsPausedUntilItem.watch(async () => {
        pausedUntil = await readPausedUntil();
        session?.refresh();
        refreshWhenPauseEnds();
      }),
    );
  },
});
