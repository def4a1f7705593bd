/**
 * Today's snapshot (review/today-snapshot.ts says what it holds) is a copy of figures read from
 * this database, kept in storage.session so the popup paints before it opens IndexedDB. It is the
 * database's cache, so the database keeps it honest: every RealignDb tells noticeWrite of each
 * write (notice-writes.ts), and no page has to remember anything.
 *
 *   a write, here or in another context ─▶ noticeWrite: counted, the snapshot forgotten, listeners told
 *   saveSnapshot(value, writesBefore)   ─▶ stored only if no write was noticed since its read began
 *
 * Forgetting is always safe: without a snapshot the popup reads the database instead. This file
 * loads no Dexie, so the popup's first frame reads the snapshot without it. Writes that bypass
 * Dexie (the e2e harness seeding raw rows) must forget the snapshot themselves.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

const defineSlot = () => storage.defineItem<unknown>('session:todaySnapshot', { fallback: null });
let slot: ReturnType<typeof defineSlot> | undefined;

/**
 * The snapshot's storage item, defined on first use; null outside an extension (the Node
 * benchmarks write to the database too, and defining an item there fails).
 */
function snapshotSlot(): ReturnType<typeof defineSlot> | null {
  if ((browser as typeof browser | undefined)?.runtime == null) return null;
  slot ??= defineSlot();
  return slot;
}

let writes = 0;
const listeners = new Set<() => void>();

/** How many writes this context has noticed so far: take it before a read, pass it to saveSnapshot. */
export function writesNoticed(): number {
  return writes;
}

/** The database's part (notice-writes.ts): a write ran here, or one committed in another context. */
export function noticeWrite(): void {
  writes++;
  void snapshotSlot()?.removeValue().catch(() => {});
  for (const listener of listeners) listener();
}

/** Calls `listener` after each write noticed (the background reads the figures again); returns the function that stops it. */
export function onWriteNoticed(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Calls `listener` when the snapshot is forgotten, by this context or any other; returns the
 * function that stops it. A context may forget it before a write and close before anyone hears of
 * the write (a popup shut at once): the background makes a new one then (background/today-snapshot.ts).
 */
export function onSnapshotForgotten(listener: () => void): () => void {
  return (
    snapshotSlot()?.watch((value) => {
      if (value === null) listener();
    }) ?? (() => {})
  );
}

/** What is stored, unchecked (review/today-snapshot.ts checks it); null when there is none. */
export async function readSnapshot(): Promise<unknown> {
  return (await snapshotSlot()?.getValue()) ?? null;
}

/** Stores `value`, read from the database when writesNoticed() was `writesBefore`, unless a write was noticed since. */
export async function saveSnapshot(value: unknown, writesBefore: number): Promise<void> {
  if (writes !== writesBefore) return;
  await snapshotSlot()?.setValue(value);
}
