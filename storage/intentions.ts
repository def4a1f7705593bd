/** The intention check's answers (intention/intention.ts), one row per stretch asked. */
import type { Span } from '../activity/unbroken-time';
import { timeByIntention } from '../intention/intention';
import type { IntentionRow } from '../figures/rows';
import type { RealignDb } from './db';

export async function recordIntention(db: RealignDb, row: Omit<IntentionRow, 'id'>): Promise<void> {
  await db.intentions.add(row);
}

/** The latest answer on this host, or null. */
export async function lastIntentionAt(db: RealignDb, host: string): Promise<number | null> {
  const rows = await db.intentions.where('host').equals(host).toArray();
  return rows.reduce<number | null>((latest, row) => (latest === null || row.at > latest ? row.at : latest), null);
}

/** Answers in [from, to), oldest first. */
export async function listIntentions(db: RealignDb, from: number, to: number): Promise<IntentionRow[]> {
  return db.intentions.where('at').between(from, to, true, false).sortBy('at');
}

/**
 * The week's answers against time spent: for each answer, how many stretches and the time counted
 * on its host in each answer's stretch (intention/intention.ts timeByIntention).
 */
export async function intentionWeek(db: RealignDb, from: number, to: number) {
  const records = await listIntentions(db, from, to);
  if (records.length === 0) return null;
  // A stretch can start up to a break before its answer and run past the week's end; 12 hours covers any.
  const segments = await db.segments.where('end').between(from - 12 * 3_600_000, to + 12 * 3_600_000, true, true).toArray();
  const byHost = new Map<string, Span[]>();
  for (const s of segments) (byHost.get(s.host) ?? byHost.set(s.host, []).get(s.host)!).push({ start: s.start, end: s.end });
  return timeByIntention(records, (host) => byHost.get(host) ?? []);
}
