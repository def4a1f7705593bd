/**
 * Time the tracker counted, stored. Each piece extends its segment's row and adds its time to
 * the rollup of every local day it covers (split at local midnight, so a 23 h or 25 h day
 * holds exactly its own time). One transaction per flush.
 *
 * Idempotent: a segment's row remembers how far it was counted (`end`), so a flush repeated
 * after a worker died between writing and forgetting its queue adds nothing twice.
 */
import { splitByDay, type DaySlice } from '../activity/local-day';
import type { Piece } from '../activity/tracker-state';
import { addActivityTime } from '../figures/day-rollup';
import { updateDays } from './update-days';
import type { RealignDb } from './db';
import type { SegmentRow } from '../figures/rows';

export function segmentIdOf(piece: Pick<Piece, 'segmentStart' | 'host'>): string {
  return `${piece.segmentStart}:${piece.host}`;
}

export async function recordActivity(db: RealignDb, pieces: readonly Piece[]): Promise<void> {
  const ordered = pieces.filter((piece) => piece.to > piece.from).sort((a, b) => a.from - b.from);
  if (ordered.length === 0) return;
  await db.transaction('rw', db.segments, db.days, async () => {
    const ids = [...new Set(ordered.map(segmentIdOf))];
    const stored = await db.segments.bulkGet(ids);
    const rows = new Map<string, SegmentRow>();
    ids.forEach((id, i) => {
      if (stored[i]) rows.set(id, stored[i]);
    });
    const slices: { piece: Piece; slice: DaySlice }[] = [];
    for (const piece of ordered) {
      const id = segmentIdOf(piece);
      const row = rows.get(id);
      const from = Math.max(piece.from, row?.end ?? -Infinity);
      if (from >= piece.to) continue;
      slices.push(...splitByDay(from, piece.to).map((slice) => ({ piece, slice })));
      rows.set(id, { id, start: piece.segmentStart, end: piece.to, host: piece.host, activity: piece.activity });
    }
    await db.segments.bulkPut([...rows.values()]);
    await updateDays(db, slices.map(({ slice }) => slice.day), (dayOf) => {
      for (const { piece, slice } of slices) addActivityTime(dayOf(slice.day), piece.host, piece.activity, slice.to - slice.from);
    });
  });
}
