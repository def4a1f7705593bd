/**
 * Every message that crosses a context boundary, with its payload and its reply.
 * Names say who talks to whom: `feed/…` goes from the feed content script to the background.
 * The background never trusts a payload's type: `parseFeedMessage` checks each one.
 */
import { browser } from 'wxt/browser';
import { LOCALE_FOLDER, type MessagesFile } from '../text/i18n';
import type { Category } from '../model/categories';
import { isIntentionAnswer, type IntentionAnswer } from '../intention/intention';
import { PAUSE_CHOICES, type PauseCard, type PauseChoice, type PauseTrigger } from '../pause/decide-card';
import { PAGE_KINDS, type PageKind } from '../sites/registry';
import { isScanCount, isScanUrl } from '../schema/site-scan';
import { isSiteId, type SiteId } from '../sites/types';
import { checkNotHelpful, checkSeenPosts, type SeenPostPayload } from './seen-posts';

export interface FeedScannedPayload {
  site: SiteId;
  /** Origin and path only: queries and fragments can carry personal data. */
  url: string;
  /** Posts read with text or an author on the page. */
  postCount: number;
  /** The kind of page (sites/registry.ts); absent from a content script older than the check. */
  pageKind?: PageKind;
  /** Post-like containers the page showed when no post was read: more than 0 means the adapter looks broken there. */
  postLikeCount?: number;
}

/** Messages from the feed content script to the background. */
export interface FeedToBackground {
  'feed/scanned': { payload: FeedScannedPayload; reply: { ok: true } };
  /** The reply carries a pause card when the background decided this feed gets one now (background/pause-cards.ts). */
  'feed/posts-seen': { payload: { posts: SeenPostPayload[] }; reply: { ok: true; pauseCard?: PauseCard } };
  /** What the person chose on the pause card; "done" closes the tab (after the card's own 3-second undo). */
  'feed/pause-chosen': { payload: { trigger: PauseTrigger; choice: PauseChoice }; reply: { ok: true } };
  /** The pause card's break ("Take two minutes" starts it) ended before its two minutes: the tab counts again. */
  'feed/break-ended': { payload: Record<string, never>; reply: { ok: true } };
  /** Whether this feed tab shows the intention check now (on, and not yet answered in this stretch). */
  'feed/intention-ask': { payload: Record<string, never>; reply: { ok: true; shouldAsk: boolean } };
  /** The one-tap answer to "What are you here for?", or "skip": kept locally for the weekly page. */
  'feed/intention-chosen': { payload: { answer: IntentionAnswer }; reply: { ok: true } };
  /** The person is typing in a composer on this tab: a heartbeat only, never what is typed. */
  'feed/composing': { payload: Record<string, never>; reply: { ok: true } };
  /** The same heartbeat from the optional typing script on any other site (entrypoints/typing.content.ts). */
  'page/composing': { payload: Record<string, never>; reply: { ok: true } };
  /** The person said a label was not helpful: kept locally, to measure and tune the model. */
  'feed/not-helpful': { payload: { key: string; site: SiteId; category: Category }; reply: { ok: true } };
  /**
   * One of the extension's _locales files, without the translators' notes: the feed content
   * script's messages (text/i18n.ts, messagesReady 'files'), which it cannot read itself.
   */
  'feed/messages-file': { payload: { folder: string }; reply: { ok: true; messages: MessagesFile } };
}

export type FeedMessageType = keyof FeedToBackground;
export type FeedMessage = {
  [K in FeedMessageType]: { type: K; payload: FeedToBackground[K]['payload'] };
}[FeedMessageType];

export function tellBackground<K extends FeedMessageType>(
  type: K,
  payload: FeedToBackground[K]['payload'],
): Promise<FeedToBackground[K]['reply']> {
  return browser.runtime.sendMessage({ type, payload });
}

type Check<T> = (payload: Record<string, unknown>) => T | string;

const CHECKS: { [K in FeedMessageType]: Check<FeedToBackground[K]['payload']> } = {
  'feed/scanned': (p) => {
    if (!isSiteId(p.site)) return 'unknown site';
    if (!isScanUrl(p.url)) return 'bad url';
    if (!isScanCount(p.postCount)) return 'bad post count';
    const scan: FeedScannedPayload = { site: p.site, url: p.url, postCount: p.postCount };
    if (p.pageKind !== undefined) {
      if (!(PAGE_KINDS as readonly unknown[]).includes(p.pageKind)) return 'bad page kind';
      scan.pageKind = p.pageKind as PageKind;
    }
    if (p.postLikeCount !== undefined) {
      if (!isScanCount(p.postLikeCount)) return 'bad post-like count';
      scan.postLikeCount = p.postLikeCount;
    }
    return scan;
  },
  'feed/posts-seen': checkSeenPosts,
  // Whatever else arrives is dropped: the heartbeat carries no content, by design.
  'feed/composing': () => ({}),
  'page/composing': () => ({}),
  'feed/break-ended': () => ({}),
  'feed/intention-ask': () => ({}),
  'feed/intention-chosen': (p) => (isIntentionAnswer(p.answer) ? { answer: p.answer } : 'bad answer'),
  'feed/not-helpful': checkNotHelpful,
  'feed/pause-chosen': (p) => {
    if (p.trigger !== 'stretch' && p.trigger !== 'provocation') return 'bad trigger';
    if (!(PAUSE_CHOICES as readonly unknown[]).includes(p.choice)) return 'bad choice';
    return { trigger: p.trigger, choice: p.choice as PauseChoice };
  },
  'feed/messages-file': (p) => (typeof p.folder === 'string' && LOCALE_FOLDER.test(p.folder) ? { folder: p.folder } : 'bad locale folder'),
};

/** A checked message, or the reason it was refused. */
export function parseFeedMessage(raw: unknown): FeedMessage | { error: string } {
  if (typeof raw !== 'object' || raw === null) return { error: 'not an object' };
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(CHECKS, type)) return { error: `unknown message type ${String(type)}` };
  if (typeof payload !== 'object' || payload === null) return { error: `${type}: missing payload` };
  const checked = CHECKS[type as FeedMessageType](payload as Record<string, unknown>);
  return typeof checked === 'string' ? { error: `${type}: ${checked}` } : ({ type, payload: checked } as FeedMessage);
}
