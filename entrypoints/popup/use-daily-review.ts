/**
 * The popup's data, started when the popup's script is evaluated, before anything renders:
 *
 *   today's snapshot (extension storage, ~1 ms) ─▶ the first frame, figures included
 *   no usable snapshot ─▶ read the database; the first frame waits for it up to FIRST_RENDER_WAIT_MS
 *   then: the database, live ─▶ the same figures, replaced in place; each fresh read is saved
 *         as the next popup's snapshot, unless a write overtook it (storage/snapshot-slot.ts)
 *
 * The database side (live-review.ts, with Dexie) is a separate chunk: fetched at once when there is
 * no snapshot, else after the first frame, which then never waits for it. Both views compose their data
 * the same way (review/load-daily-review.ts), so moving from the snapshot to the live view changes
 * nothing on screen unless the data did. Afterwards the review follows the database and the
 * settings live.
 */
import { useEffect, useState } from 'preact/hooks';
import { composeDailyReview, type DailyReview, type ReviewSettings } from '../../review/load-daily-review';
import type { ReviewData } from '../../review/review-data';
import { readTodaySnapshot } from '../../review/today-snapshot';
import { goalsItem, readGoals } from '../../settings/goals';
import { readSwitchedOffNudges, switchedOffNudgesItem } from '../../settings/nudge-prefs';
import { readSiteLimits, siteLimitsItem } from '../../settings/site-limits';
import type { LiveReview } from './live-review';

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

export function startDailyReview() {
  // The database side loads at once when the first frame needs it, else once that frame is drawn
  // (useDailyReview's effect), so that evaluating Dexie never delays figures the snapshot has.
  let live: Promise<LiveReview> | null = null;
  const loadLive = (): Promise<LiveReview> => (live ??= import('./live-review').then((module) => module.startLiveReview()));
  const firstData = readTodaySnapshot(Date.now()).then((snapshot) => {
    if (snapshot) {
      performance.mark(FROM_SNAPSHOT_MARK);
      return snapshot;
    }
    return loadLive().then((review) => review.readFresh());
  });
  const first = Promise.all([readSettings(), firstData]).then(([settings, data]) => ({ settings, data }));

  let settled: ReviewState = { status: 'loading' };
  first.then(
    ({ settings, data }) => (settled = readyState(data, settings)),
    (error: unknown) => (settled = errorState(error)),
  );
  const ready = Promise.race([first.then(() => {}, () => {}), new Promise<void>((r) => setTimeout(r, FIRST_RENDER_WAIT_MS))]);

  /** The review, and the database side once it has loaded (null until then). */
  // biome-ignore lint/correctness/noComponentHookFactories: made once per popup at module load (dailyReview), never per render
  function useDailyReview(): { state: ReviewState; live: LiveReview | null } {
    const [state, setState] = useState<ReviewState>(settled);
    const [settings, setSettings] = useState<ReviewSettings | null>(settled.status === 'ready' ? settled.settings : null);
    const [loaded, setLoaded] = useState<LiveReview | null>(null);

    useEffect(() => {
      first
        .then(({ settings, data }) => {
          setState(readyState(data, settings));
          setSettings(settings);
        })
        .catch((error: unknown) => setState(errorState(error)));
      loadLive().then(setLoaded, (error: unknown) => setState(errorState(error)));
      const reload = () => void readSettings().then(setSettings);
      const unwatch = [goalsItem.watch(reload), switchedOffNudgesItem.watch(reload), siteLimitsItem.watch(reload)];
      return () => {
        for (const stop of unwatch) stop();
      };
    }, []);

    useEffect(() => {
      if (!settings || !loaded) return;
      return loaded.watch(
        (data) => setState(readyState(data, settings)),
        (error: unknown) => setState(errorState(error)),
      );
    }, [settings, loaded]);

    return { state, live: loaded };
  }

  /**
   * `ready` resolves when the first review is in, or after FIRST_RENDER_WAIT_MS, whichever comes
   * first; `db` opens the database side if it is not open yet (call it from an effect, after the frame).
   */
  return { ready, db: () => loadLive().then((review) => review.db), useDailyReview };
}
