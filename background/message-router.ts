/**
 * Checks and dispatches every message the background receives. Messages come only from this
 * extension's own content scripts; anything else, or anything malformed, is refused with a reason.
 */
import type { Runtime } from 'webextension-polyfill';
import { readMessagesFile, type MessagesFile } from '../text/i18n';
import { parseFeedMessage } from '../messaging/protocol';
import { noteBreak, noteComposing } from './activity-tracker';
import { keepIntention, shouldAskIntentionIn } from './intentions';
import { considerPauseCard, recordPauseChoice } from './pause-cards';
import type { RealignDb } from '../storage/db';
import { recordNotHelpful } from '../storage/feedback';
import { recordPostsSeen } from '../storage/posts-seen';
import { writeReliably } from '../storage/reliable-write';
import { recordFeedScan } from '../storage/site-health';

/**
 * The _locales files, read once per folder while the worker lives: every feed tab asks for them
 * as it opens (text/i18n.ts, messagesReady 'files'). A missing or unreadable file is not kept.
 */
const catalogs = new Map<string, MessagesFile>();
async function readCatalog(folder: string): Promise<MessagesFile> {
  const known = catalogs.get(folder);
  if (known) return known;
  const file = await readMessagesFile(folder);
  if (Object.keys(file).length > 0) catalogs.set(folder, file);
  return file;
}

export async function routeMessage(
  db: RealignDb,
  raw: unknown,
  sender: Runtime.MessageSender,
  ownId: string,
): Promise<unknown> {
  if (sender.id !== ownId || !sender.tab) return { ok: false, error: 'unknown sender' };
  const message = parseFeedMessage(raw);
  if ('error' in message) {
    console.warn('Realign: refused a message:', message.error);
    return { ok: false, error: message.error };
  }
  switch (message.type) {
    case 'feed/composing':
    case 'page/composing':
      noteComposing(sender.tab.id ?? -1);
      return { ok: true };
    case 'feed/scanned':
      await recordFeedScan(db, { ...message.payload, at: Date.now() });
      return { ok: true };
    case 'feed/posts-seen': {
      await writeReliably(db, 'posts seen', () => recordPostsSeen(db, message.payload.posts));
      const site = message.payload.posts[0]!.site;
      // A card is a nicety: if deciding fails, the posts are stored and the feed goes on.
      const pauseCard = await considerPauseCard(db, { id: sender.tab.id ?? -1, url: sender.tab.url }, site, Date.now()).catch((error: unknown) => {
        console.warn('Realign: pause card check failed:', error);
        return null;
      });
      return pauseCard ? { ok: true, pauseCard } : { ok: true };
    }
    case 'feed/intention-ask':
      return { ok: true, shouldAsk: await shouldAskIntentionIn(db, sender.tab.url, Date.now()) };
    case 'feed/intention-chosen':
      await writeReliably(db, 'your answer', () => keepIntention(db, sender.tab!.url, message.payload.answer, Date.now()));
      return { ok: true };
    case 'feed/break-ended':
      noteBreak(sender.tab.id ?? -1, false);
      return { ok: true };
    case 'feed/pause-chosen':
      // "Take two minutes": the break's time counts as neither consuming nor creating (activity/tracker.ts).
      if (message.payload.choice === 'take-two') noteBreak(sender.tab.id ?? -1, true);
      await recordPauseChoice(db, sender.tab.id ?? -1, message.payload.trigger, message.payload.choice, Date.now());
      return { ok: true };
    case 'feed/not-helpful':
      await writeReliably(db, 'your feedback', () => recordNotHelpful(db, { ...message.payload, at: Date.now() }));
      return { ok: true };
    case 'feed/messages-file':
      return { ok: true, messages: await readCatalog(message.payload.folder) };
  }
}
