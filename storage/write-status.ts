/**
 * The last database write that failed for good, kept in extension storage (not in the database
 * that failed) so the popup can say so. Cleared by the next write that succeeds.
 */
import { storage } from 'wxt/utils/storage';

export interface WriteError {
  /** What was being written: "activity", "posts seen"… */
  what: string;
  message: string;
  at: number;
}

export const lastWriteErrorItem = storage.defineItem<WriteError | null>('local:lastWriteError', { fallback: null });

export function cleanWriteError(value: unknown): WriteError | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.what !== 'string' || typeof v.message !== 'string' || typeof v.at !== 'number') return null;
  return { what: v.what, message: v.message, at: v.at };
}

export async function readLastWriteError(): Promise<WriteError | null> {
  return cleanWriteError(await lastWriteErrorItem.getValue());
}

export async function reportWriteError(error: WriteError): Promise<void> {
  await lastWriteErrorItem.setValue(error);
}

export async function clearWriteError(): Promise<void> {
  if ((await lastWriteErrorItem.getValue()) !== null) await lastWriteErrorItem.setValue(null);
}
