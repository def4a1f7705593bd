/**
 * Every background write goes through here: a failed write is retried, and one that still fails
 * is reported (write-status.ts) and thrown, so the caller keeps its data for the next attempt.
 *
 *   write ─▶ ok ─▶ clear the reported error
 *     └─ quota exceeded ─▶ prune the oldest raw data (never rollups) ─▶ retry
 *     └─ database closed ─▶ reopen ─▶ retry
 *     └─ three failures ─▶ report, throw
 */
import type { RealignDb } from './db';
import { pruneOldestRawData } from './retention';
import { clearWriteError, reportWriteError } from './write-status';

/** Three attempts: one for the fix (prune or reopen), one spare for a transient failure. */
const ATTEMPTS = 3;

export function isQuotaError(error: unknown): boolean {
  return errorNames(error).includes('QuotaExceededError');
}

export function isClosedError(error: unknown): boolean {
  return errorNames(error).some((name) => name === 'DatabaseClosedError' || name === 'InvalidStateError');
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  for (let e = error as { name?: unknown; inner?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.name === 'string') names.push(e.name);
    e = e.inner as typeof e;
  }
  return names;
}

export async function writeReliably(db: RealignDb, what: string, write: () => Promise<void>, now = Date.now): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await write();
      await clearWriteError().catch(() => {});
      return;
    } catch (error) {
      lastError = error;
      if (isQuotaError(error)) await pruneOldestRawData(db).catch(() => {});
      else if (isClosedError(error) && !db.isOpen()) await db.open().catch(() => {});
    }
  }
  const message = lastError instanceof Error ? `${lastError.name}: ${lastError.message}` : String(lastError);
  await reportWriteError({ what, message, at: now() }).catch(() => {});
  console.warn(`Realign: could not store ${what}:`, lastError);
  throw lastError;
}
