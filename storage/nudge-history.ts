/** What happened to each nudge the popup showed: the nudge rules read it to snooze and to back off. */
import type { NudgeEventRow } from '../figures/rows';
import type { RealignDb } from './db';

export async function recordNudgeEvent(db: RealignDb, event: Omit<NudgeEventRow, 'id'>): Promise<void> {
  await db.nudges.add(event);
}

/** Every nudge event since `since`, oldest first. */
export async function listNudgeHistory(db: RealignDb, since: number): Promise<NudgeEventRow[]> {
  return db.nudges.where('at').aboveOrEqual(since).sortBy('at');
}
