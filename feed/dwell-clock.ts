/**
 * Time each post spent on screen, from visibility changes alone (no scroll arithmetic).
 * A post counts as seen once it has been at least half visible for SEEN_AFTER_MS in all;
 * from then on its dwell keeps adding up and is handed out as increments.
 *
 *   visible(key, t) ──▶ open span ──▶ hidden(key, t) ──▶ dwell += t − start
 *   collect(t): every seen post's dwell since the last collect (open spans count up to t)
 */
export const SEEN_AFTER_MS = 1_000;

interface Entry {
  dwellMs: number;
  reportedMs: number;
  visibleSince: number | null;
  firstSeenAt: number | null;
}

export interface DwellReport {
  key: string;
  /** Dwell since the previous report for this post (the whole dwell the first time). */
  dwellMs: number;
  firstSeenAt: number;
  isFirstReport: boolean;
}

export function createDwellClock() {
  const entries = new Map<string, Entry>();

  const settle = (entry: Entry, at: number) => {
    if (entry.visibleSince === null) return;
    entry.dwellMs += Math.max(0, at - entry.visibleSince);
    entry.visibleSince = at;
    // The moment the dwell crossed the threshold, not the moment we happened to look.
    if (entry.firstSeenAt === null && entry.dwellMs >= SEEN_AFTER_MS) {
      entry.firstSeenAt = at - (entry.dwellMs - SEEN_AFTER_MS);
    }
  };

  return {
    visible(key: string, at: number): void {
      const entry = entries.get(key) ?? { dwellMs: 0, reportedMs: 0, visibleSince: null, firstSeenAt: null };
      entries.set(key, entry);
      if (entry.visibleSince === null) entry.visibleSince = at;
    },
    hidden(key: string, at: number): void {
      const entry = entries.get(key);
      if (!entry) return;
      settle(entry, at);
      entry.visibleSince = null;
    },
    /** Closes every open span at `at`, as when the tab is hidden. */
    hideAll(at: number): void {
      for (const entry of entries.values()) {
        settle(entry, at);
        entry.visibleSince = null;
      }
    },
    collect(at: number): DwellReport[] {
      const reports: DwellReport[] = [];
      for (const [key, entry] of entries) {
        settle(entry, at);
        if (entry.firstSeenAt === null) continue;
        const increment = entry.dwellMs - entry.reportedMs;
        if (increment <= 0) continue;
        reports.push({ key, dwellMs: increment, firstSeenAt: entry.firstSeenAt, isFirstReport: entry.reportedMs === 0 });
        entry.reportedMs = entry.dwellMs;
      }
      return reports;
    },
  };
}

export type DwellClock = ReturnType<typeof createDwellClock>;
