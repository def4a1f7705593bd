/**
 * The popup's data, started when the popup's script is evaluated, before anything renders:
 *
 *   today's snapshot (extension storage, ~1 ms) ─▶ the first frame, figures included
 *   no usable snapshot ─▶ read the database; the first frame waits for it up to FIRST_RENDER_WAIT_MS
 *   then: the database, live ─▶ the same figures, replaced in place; each fresh read is saved
 *         as the next popup's snapshot (review/keep-snapshot-honest.ts)
 *
 * Both views compose their data the same way (review/load-daily-review.ts), so moving from the
 * snapshot to the live view changes nothing on screen unless the data did. Afterwards the review
 * follows the database and the settings live.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { keepSnapshotHonest } from '../../review/keep-snapshot-honest';
import { composeDailyReview, type DailyReview, type ReviewSettings } from '../../review/load-daily-review';
import { readReviewData, type ReviewData } from '../../review/review-data';
import { readTodaySnapshot } from '../../review/today-snapshot';
import { goalsItem, readGoals } from '../../settings/goals';
import { readSwitchedOffNudges, switchedOffNudgesItem } from '../../settings/nudge-prefs';
import { readSiteLimits, siteLimitsItem } from '../../settings/site-limits';
import type { RealignDb } from '../../storage/db';

export type ReviewState =
  | { status: 'loading' }
  | { status: 'ready'; review: DailyReview; settings: ReviewSettings }
  | { status: 'error'; message: string };

const readSettings = async (): Promise<ReviewSettings> => {
  const [goals, switchedOffNudges, siteLimits] = await Promise.all([readGoals(), readSwitchedOffNudges(), readSiteLimits()]);
  return { goals, switchedOffNudges, siteLimits };
};

const readyState = (data: ReviewData, settings: ReviewSettings): ReviewState => ({
  status: 'ready',
  review: composeDailyReview(data, Date.now(), settings),
  settings,
});
const errorState = (error: unknown): ReviewState => ({ status: 'error', message: String(error) });

/** A slow disk must not hold the popup blank: past this, the frame renders and fills in later. */
const FIRST_RENDER_WAIT_MS = 250;
/** A User Timing mark set when the first frame comes from the snapshot (the benchmark counts them). */
export const FROM_SNAPSHOT_MARK = 'realign:review-from-snapshot';

export function startDailyReview(db: RealignDb) {
  const keeper = keepSnapshotHonest();
  // Only Dexie calls inside: this is also the live query's querier.
  const readFresh = async () => {
    const writesBefore = keeper.writesNoticed();
    return { data: await readReviewData(db, Date.now()), writesBefore };
  };
  const saveFresh = (fresh: { data: ReviewData; writesBefore: number }) =>
    void keeper.save(fresh.data, fresh.writesBefore).catch(() => {});
  const firstData = readTodaySnapshot(Date.now()).then((snapshot) => {
    if (snapshot) {
      performance.mark(FROM_SNAPSHOT_MARK);
      return snapshot;
    }
    return readFresh().then((fresh) => {
      saveFresh(fresh);
      return fresh.data;
    });
  });
  const first = Promise.all([readSettings(), firstData]).then(([settings, data]) => ({ settings, data }));

  let settled: ReviewState = { status: 'loading' };
  first.then(
    ({ settings, data }) => (settled = readyState(data, settings)),
    (error: unknown) => (settled = errorState(error)),
  );
  const ready = Promise.race([first.then(() => {}, () => {}), new Promise<void>((r) => setTimeout(r, FIRST_RENDER_WAIT_MS))]);

  function useDailyReview(): ReviewState {
    const [state, setState] = useState<ReviewState>(settled);
    const [settings, setSettings] = useState<ReviewSettings | null>(settled.status === 'ready' ? settled.settings : null);

    useEffect(() => {
      first
        .then(({ settings, data }) => {
          setState(readyState(data, settings));
          setSettings(settings);
        })
        .catch((error: unknown) => setState(errorState(error)));
      const reload = () => void readSettings().then(setSettings);
      const unwatch = [goalsItem.watch(reload), switchedOffNudgesItem.watch(reload), siteLimitsItem.watch(reload)];
      return () => unwatch.forEach((stop) => stop());
    }, []);

    useEffect(() => {
      if (!settings) return;
      const subscription = liveQuery(readFresh).subscribe({
        next: (fresh) => {
          saveFresh(fresh);
          setState(readyState(fresh.data, settings));
        },
        error: (error: unknown) => setState(errorState(error)),
      });
      return () => subscription.unsubscribe();
    }, [settings]);

    return state;
  }

  /** Resolves when the first review is in, or after FIRST_RENDER_WAIT_MS, whichever comes first. */
  return { ready, useDailyReview };
}
