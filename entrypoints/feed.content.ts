import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchComposerActivity } from '../feed/composer-activity';
import { startFeedSession } from '../feed/feed-session';
import { watchPageTone } from '../feed/page-tone';
import { readFeedSettings, watchFeedSettings } from '../feed/feed-settings';
import { messagesReady } from '../text/i18n';
import { SITE_NAMES } from '../text/site-names';
import { createIntentionPrompt } from '../feed/intention-prompt';
import { createPauseCard } from '../feed/pause-card';
import { placePauseCard } from '../feed/pause-card-place';
import { tellBackground } from '../messaging/protocol';
import { DEFAULT_THRESHOLDS, judge, prepareModel } from '../model';
import { readMastodonInstances } from '../settings/mastodon-instances';
import { thresholdsFor } from '../settings/sensitivity';
import { adapterFor } from '../sites';
import { CONTENT_SCRIPT_MATCHES } from '../sites/registry';

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
    let settings = await readFeedSettings();
    let thresholds = thresholdsFor(settings.sensitivity, DEFAULT_THRESHOLDS);
    let session: ReturnType<typeof startFeedSession> | null = null;
    let pauseCard: HTMLElement | null = null;
    ctx.onInvalidated(() => pauseCard?.remove());
    let intentionPrompt: HTMLElement | null = null;
    ctx.onInvalidated(() => intentionPrompt?.remove());

    // A hidden tab draws no frames: its posts are read on a timer (throttled there) instead.
    const nextFrame = (handler: () => void) =>
      void (document.visibilityState === 'hidden' ? ctx.setTimeout(handler, 0) : ctx.requestAnimationFrame(handler));
    // Labels match the feed's own theme and follow it when the person switches.
    const pageTone = watchPageTone(document, { setTimeout: (handler, ms) => ctx.setTimeout(handler, ms), nextFrame }, () =>
      session?.refresh(),
    );
    ctx.onInvalidated(pageTone.stop);

    // The optional intention check (off by default): one line above the first post the watcher
    // marked. Looked for every half second for 15 s rather than by a second MutationObserver
    // (STYLE.md: one per page); a feed with no post by then is not asked.
    const askIntention = async () => {
      const reply = await tellBackground('feed/intention-ask', {}).catch(() => null);
      if (!reply?.shouldAsk) return;
      let tries = 0;
      const timer = ctx.setInterval(() => {
        const first = document.querySelector('[data-realign]');
        if (!first && ++tries < 30) return;
        clearInterval(timer);
        if (!first || intentionPrompt) return;
        intentionPrompt = createIntentionPrompt({
          tone: pageTone.current(),
          choose: (answer) => void tellBackground('feed/intention-chosen', { answer }).catch(() => {}),
        });
        first.before(intentionPrompt);
      }, 500);
    };

    const apply = () => {
      const shouldRun = !settings.disabledSites.includes(adapter.id);
      if (shouldRun && !session) {
        // The weights are decoded here, in a task of their own, not inside the watcher's first slice.
        prepareModel();
        if (!intentionPrompt) void askIntention();
        session = startFeedSession({
          adapter,
          document,
          judge: (text) => judge(text, { thresholds }),
          modes: () => settings.modes,
          tone: pageTone.current,
          isPaused: () => Date.now() < settings.pausedUntil,
          keepsSnippets: () => settings.keepsSnippets,
          tell: (type, payload) =>
            tellBackground(type, payload).catch(() => {
              // The extension was updated or reloaded under this page; the next page load reports.
              return null;
            }),
          showPauseCard: (card, after) => {
            // One card on the page at a time; the newer one has the newer figures.
            pauseCard?.remove();
            pauseCard = createPauseCard({
              card,
              siteName: SITE_NAMES[adapter.id],
              tone: pageTone.current(),
              choose: (choice) => void tellBackground('feed/pause-chosen', { trigger: card.trigger, choice }).catch(() => {}),
              endBreak: () => void tellBackground('feed/break-ended', {}).catch(() => {}),
              setInterval: (handler, ms) => ctx.setInterval(handler, ms),
              clearInterval: (id) => clearInterval(id),
              now: () => Date.now(),
            });
            placePauseCard(pauseCard, after);
          },
          nextFrame,
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
      const left = settings.pausedUntil - Date.now();
      if (left > 0) ctx.setTimeout(() => session?.refresh(), left + 50);
    };
    apply();
    refreshWhenPauseEnds();
    ctx.onInvalidated(() => session?.stop());
    ctx.onInvalidated(
      watchFeedSettings((next, changed) => {
        settings = next;
        if (changed === 'disabledSites') apply();
        if (changed === 'modes' || changed === 'pausedUntil') session?.refresh();
        if (changed === 'pausedUntil') refreshWhenPauseEnds();
        if (changed === 'sensitivity') {
          thresholds = thresholdsFor(settings.sensitivity, DEFAULT_THRESHOLDS);
          session?.refresh(true);
        }
      }),
    );
  },
});
