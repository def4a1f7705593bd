/**
 * The background's half of the intention check: whether a feed tab should ask now, and keeping
 * the answer. Remembered for the stretch: once answered (or skipped) on a host, other tabs and
 * reloads of it are not asked again until a break (5 minutes away) ends the stretch.
 *
 *   feed/intention-ask ─▶ on? ─▶ host's counted spans + open piece ─▶ stretch start ─┐
 *                                 latest answer on the host ─────────────────────────┴▶ shouldAskIntention
 *   feed/intention-chosen ─▶ intentions table
 */
import { siteOfUrl } from '../activity/site-of-url';
import type { Span } from '../activity/unbroken-time';
import { shouldAskIntention, type IntentionAnswer } from '../intention/intention';
import { stretchStartAt } from '../pause/stretch';
import { readIntentionCheck } from '../settings/intention-check';
import type { RealignDb } from '../storage/db';
import { lastIntentionAt, recordIntention } from '../storage/intentions';
import { trackerStateItem } from './activity-session';

/** A stretch older than this has long ended. */
const LOOK_BACK_MS = 12 * 3_600_000;

export async function shouldAskIntentionIn(db: RealignDb, url: string | undefined, now: number): Promise<boolean> {
  const host = siteOfUrl(url);
  if (!host || !(await readIntentionCheck())) return false;
  const [spans, lastAt] = await Promise.all([countedSpans(db, host, now), lastIntentionAt(db, host)]);
  return shouldAskIntention(lastAt, stretchStartAt(spans, now), now);
}

export async function keepIntention(db: RealignDb, url: string | undefined, answer: IntentionAnswer, now: number): Promise<void> {
  const host = siteOfUrl(url);
  if (host) await recordIntention(db, { host, answer, at: now });
}

/** Every counted span on the host, whatever its activity, plus the piece being counted now. */
export async function countedSpans(db: RealignDb, host: string, now: number): Promise<Span[]> {
  const rows = await db.segments.where('end').aboveOrEqual(now - LOOK_BACK_MS).toArray();
  const spans = rows.filter((row) => row.host === host).map(({ start, end }) => ({ start, end }));
  const open = (await trackerStateItem.getValue())?.open;
  if (open && open.host === host) spans.push({ start: open.start, end: now });
  return spans;
}
