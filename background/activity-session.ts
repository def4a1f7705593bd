/**
 * What the tracker keeps between service-worker runs, in `storage.session`: it survives Chrome
 * stopping the worker (after 30 s idle, all the time while a person reads) and is cleared when
 * the browser closes, which is when an open segment must end anyway.
 */
import { storage } from 'wxt/utils/storage';
import type { Piece, TrackerState } from '../activity/tracker-state';

export const trackerStateItem = storage.defineItem<TrackerState | null>('session:activityTracker', { fallback: null });

/** Pieces counted but not yet in IndexedDB: kept here until a write succeeds, never dropped. */
export const pendingPiecesItem = storage.defineItem<Piece[]>('session:activityPending', { fallback: [] });

export async function readTrackerSession(): Promise<{ state: TrackerState | null; pending: Piece[] }> {
  const [state, pending] = await Promise.all([trackerStateItem.getValue(), pendingPiecesItem.getValue()]);
  return { state, pending: Array.isArray(pending) ? pending : [] };
}

export async function saveTrackerSession(state: TrackerState, pending: Piece[]): Promise<void> {
  await storage.setItems([
    { item: trackerStateItem, value: state },
    { item: pendingPiecesItem, value: pending },
  ]);
}
