/**
 * The popup's data: started when the popup's script is evaluated, before anything renders, and
 * the first render waits for it (up to FIRST_RENDER_WAIT_MS), so the first frame already holds
 * the day's figures: no empty frame, no layout jump, one paint fewer. Afterwards the review
 * follows the database and the settings live.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { loadDailyReview, type DailyReview } from '../../review/load-daily-review';
import { goalsItem, readGoals, type Goals } from '../../settings/goals';
import { readSwitchedOffNudges, switchedOffNudgesItem } from '../../settings/nudge-prefs';
import { readSiteLimits, siteLimitsItem, type SiteLimits } from '../../settings/site-limits';
import type { NudgeRule } from '../../nudges/nudge';
import type { RealignDb } from '../../storage/db';

export interface ReviewSettings {
  goals: Goals;
  switchedOffNudges: NudgeRule[];
  siteLimits: SiteLimits;
}

export type ReviewState =
  | { status: 'loading' }
  | { status: 'ready'; review: DailyReview; settings: ReviewSettings }
  | { status: 'error'; message: string };

const readSettings = async (): Promise<ReviewSettings> => {
  const [goals, switchedOffNudges, siteLimits] = await Promise.all([readGoals(), readSwitchedOffNudges(), readSiteLimits()]);
  return { goals, switchedOffNudges, siteLimits };
};

/** A slow disk must not hold the popup blank: past this, the frame renders and fills in later. */
const FIRST_RENDER_WAIT_MS = 250;

export function startDailyReview(db: RealignDb) {
  let settled: ReviewState = { status: 'loading' };
  const first = readSettings().then(async (settings) => ({
    settings,
    review: await loadDailyReview(db, Date.now(), settings),
  }));
  first.then(
    (loaded) => (settled = { status: 'ready', ...loaded }),
    (error: unknown) => (settled = { status: 'error', message: String(error) }),
  );
  const ready = Promise.race([first.then(() => {}, () => {}), new Promise<void>((r) => setTimeout(r, FIRST_RENDER_WAIT_MS))]);

  function useDailyReview(): ReviewState {
    const [state, setState] = useState<ReviewState>(settled);
    const [settings, setSettings] = useState<ReviewSettings | null>(settled.status === 'ready' ? settled.settings : null);

    useEffect(() => {
      first
        .then((loaded) => {
          setState({ status: 'ready', ...loaded });
          setSettings(loaded.settings);
        })
        .catch((error: unknown) => setState({ status: 'error', message: String(error) }));
      const reload = () => void readSettings().then(setSettings);
      const unwatch = [goalsItem.watch(reload), switchedOffNudgesItem.watch(reload), siteLimitsItem.watch(reload)];
      return () => unwatch.forEach((stop) => stop());
    }, []);

    useEffect(() => {
      if (!settings) return;
      const subscription = liveQuery(() => loadDailyReview(db, Date.now(), settings)).subscribe({
        next: (review) => setState({ status: 'ready', review, settings }),
        error: (error: unknown) => setState({ status: 'error', message: String(error) }),
      });
      return () => subscription.unsubscribe();
    }, [settings]);

    return state;
  }

  /** Resolves when the first review is in, or after FIRST_RENDER_WAIT_MS, whichever comes first. */
  return { ready, useDailyReview };
}
