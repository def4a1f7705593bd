/**
 * One step of the background's tracker, run for each browser event in order:
 *
 *   storage.session ─▶ state (or a fresh snapshot of the browser when there is none)
 *        ─▶ advanceTracker(state, event, at) ─▶ state + pieces
 *        ─▶ storage.session (state, pieces pending) ─▶ IndexedDB, one transaction
 *        ─▶ written: forget the pending pieces; failed: keep them for the next step
 */
import { activityOf } from '../activity/default-activity';
import { advanceTracker } from '../activity/tracker';
import { emptyTrackerState, type Piece, type TrackerEvent } from '../activity/tracker-state';
import { readSiteActivities } from '../settings/site-activities';
import { recordActivity } from '../storage/activity-history';
import type { RealignDb } from '../storage/db';
import { writeReliably } from '../storage/reliable-write';
import { pendingPiecesItem, readTrackerSession, saveTrackerSession } from './activity-session';

export interface StepDeps {
  /** Reads the browser's windows, tabs and idle state as a snapshot event. */
  readSnapshot(): Promise<TrackerEvent & { type: 'snapshot' }>;
}

/** `event` null only makes sure the state exists (at worker start). */
export async function runTrackerStep(db: RealignDb, at: number, event: TrackerEvent | null, deps: StepDeps): Promise<void> {
  const session = await readTrackerSession();
  const overrides = await readSiteActivities();
  const classify = (host: string) => activityOf(host, overrides);
  let state = session.state;
  const pieces = [...session.pending];
  if (!state) {
    const step = advanceTracker(emptyTrackerState(at), await deps.readSnapshot(), at, classify);
    state = step.state;
  }
  if (event) {
    const step = advanceTracker(state, event, at, classify);
    state = step.state;
    pieces.push(...step.pieces);
  }
  await saveTrackerSession(state, pieces);
  if (pieces.length > 0) await flushPieces(db, pieces);
}

async function flushPieces(db: RealignDb, pieces: Piece[]): Promise<void> {
  try {
    await writeReliably(db, 'activity', () => recordActivity(db, pieces));
  } catch {
    // Reported by writeReliably; the pieces stay pending and the next step (at the latest the
    // next minute's checkpoint) tries again. recordActivity is idempotent, so nothing counts twice.
    return;
  }
  await pendingPiecesItem.setValue([]);
}
