/**
 * One feed page, from its settings to its session:
 *
 *   settings at load, then each change ─▶ feedActions (settings-policy.ts) ─▶ start / stop /
 *                                                    re-judge / relabel the session, now or when a pause ends
 *   session start ─▶ the model's weights decoded; the optional intention prompt above the first post
 *   the background's pause card ─▶ one card on the page at a time, after the post just seen
 *   the feed's theme changes ─▶ relabel
 *
 * The entry point hands in the page, the messages to the background and the content script's
 * timers (WXT's ctx, so every timer here ends when the script is invalidated), and calls stop().
 */
import { DEFAULT_THRESHOLDS, judge, prepareModel } from '../model';
import { thresholdsFor } from '../model/sensitivity-steps';
import type { SiteAdapter } from '../sites/types';
import { SITE_NAMES } from '../text/site-names';
import type { FeedSession, FeedSessionDeps } from './feed-session';
import type { FeedSettings } from './feed-settings';
import { createIntentionPrompt } from './intention-prompt';
import { watchPageTone } from './page-tone';
import { createPauseCard } from './pause-card';
import { placePauseCard } from './pause-card-place';
import { feedActions, type FeedAction } from './settings-policy';

/** The content script's timers (ctx's), which stop when it is invalidated. */
export interface PageTimers {
  setTimeout(handler: () => void, ms: number): number;
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
  requestAnimationFrame(handler: () => void): number;
}

export interface FeedControllerDeps {
  adapter: SiteAdapter;
  document: Document;
  /** The settings as read when the page loaded; later ones come through settingsChanged. */
  settings: FeedSettings;
  /** The background's reply, or null when the message was lost (the extension reloaded under the page). */
  tell: FeedSessionDeps['tell'];
  startSession(deps: FeedSessionDeps): FeedSession;
  timers: PageTimers;
  now(): number;
}

export function startFeedController(deps: FeedControllerDeps) {
  const { adapter, document: doc, timers, tell } = deps;
  let settings = deps.settings;
  let thresholds = thresholdsFor(settings.sensitivity, DEFAULT_THRESHOLDS);
  let session: FeedSession | null = null;
  let pauseCard: HTMLElement | null = null;
  let intentionPrompt: HTMLElement | null = null;
  let isStopped = false;

  // A hidden tab draws no frames: its posts are read on a timer (throttled there) instead.
  const nextFrame = (handler: () => void) =>
    void (doc.visibilityState === 'hidden' ? timers.setTimeout(handler, 0) : timers.requestAnimationFrame(handler));
  // Labels match the feed's own theme and follow it when the person switches.
  const pageTone = watchPageTone(doc, { setTimeout: timers.setTimeout, nextFrame }, () => session?.refresh());

  // The optional intention check (off by default): one line above the first post the watcher
  // marked. Looked for every half second for 15 s rather than by a second MutationObserver
  // (STYLE.md: one per page); a feed with no post by then is not asked.
  const askIntention = async () => {
    const reply = await tell('feed/intention-ask', {});
    if (!reply?.shouldAsk || isStopped) return;
    let tries = 0;
    const timer = timers.setInterval(() => {
      const first = doc.querySelector('[data-realign]');
      if (!first && ++tries < 30) return;
      timers.clearInterval(timer);
      if (!first || intentionPrompt) return;
      intentionPrompt = createIntentionPrompt({
        tone: pageTone.current(),
        choose: (answer) => void tell('feed/intention-chosen', { answer }),
      });
      first.before(intentionPrompt);
    }, 500);
  };

  const startSession = () => {
    // The weights are decoded here, in a task of their own, not inside the watcher's first slice.
    prepareModel();
    if (!intentionPrompt) void askIntention();
    session = deps.startSession({
      adapter,
      document: doc,
      judge: (text) => judge(text, { thresholds }),
      modes: () => settings.modes,
      tone: pageTone.current,
      isPaused: () => deps.now() < settings.pausedUntil,
      keepsSnippets: () => settings.keepsSnippets,
      tell,
      showPauseCard: (card, after) => {
        // One card on the page at a time; the newer one has the newer figures.
        pauseCard?.remove();
        pauseCard = createPauseCard({
          card,
          siteName: SITE_NAMES[adapter.id],
          tone: pageTone.current(),
          choose: (choice) => void tell('feed/pause-chosen', { trigger: card.trigger, choice }),
          endBreak: () => void tell('feed/break-ended', {}),
          setInterval: timers.setInterval,
          clearInterval: timers.clearInterval,
          now: deps.now,
        });
        placePauseCard(pauseCard, after);
      },
      nextFrame,
      setInterval: timers.setInterval,
      clearInterval: timers.clearInterval,
    });
  };

  const stopSession = () => {
    session?.stop();
    session = null;
  };

  const act = (action: FeedAction) => {
    if (action.kind === 'start' && !session) startSession();
    else if (action.kind === 'stop') stopSession();
    else if (action.kind === 'rejudge') session?.refresh(true);
    else if (action.kind === 'relabel') session?.refresh();
    // When a pause ends on its own, labels come back without a reload.
    else if (action.kind === 'relabel-later') timers.setTimeout(() => session?.refresh(), action.inMs);
  };

  feedActions(adapter.id, null, settings, deps.now()).forEach(act);

  return {
    /** The settings after a change in the options or the popup (feed-settings.ts watches them). */
    settingsChanged(next: FeedSettings): void {
      if (isStopped) return;
      const before = settings;
      settings = next;
      thresholds = thresholdsFor(next.sensitivity, DEFAULT_THRESHOLDS);
      feedActions(adapter.id, before, next, deps.now()).forEach(act);
    },
    stop(): void {
      isStopped = true;
      stopSession();
      pageTone.stop();
      pauseCard?.remove();
      intentionPrompt?.remove();
    },
  };
}

export type FeedController = ReturnType<typeof startFeedController>;
