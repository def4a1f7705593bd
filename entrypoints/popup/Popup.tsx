import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BrandHeader } from '../../components/BrandHeader';
import { formatDayHeading } from '../../components/format';
import { ManualEntries } from '../../components/ManualEntries';
import { markFiguresShown } from '../../components/mark-figures-shown';
import { useLiveQuery } from '../../components/use-live-query';
import { WriteErrorNotice } from '../../components/WriteErrorNotice';
import type { NudgeRule } from '../../nudges/nudge';
import { loadDailyReview } from '../../review/load-daily-review';
import { goalsItem, readGoals, type Goals } from '../../settings/goals';
import { readSwitchedOffNudges, switchedOffNudgesItem } from '../../settings/nudge-prefs';
import { openDb } from '../../storage/db';
import { Balance } from './sections/Balance';
import { BrokenFeeds } from './sections/BrokenFeeds';
import { Diet } from './sections/Diet';
import { FirstDay } from './sections/FirstDay';
import { HonestyNote } from './sections/HonestyNote';
import { Nudges } from './sections/Nudges';
import { PauseLabels } from './sections/PauseLabels';
import { ScreenTime } from './sections/ScreenTime';

const db = openDb();

interface PopupSettings {
  goals: Goals;
  switchedOffNudges: NudgeRule[];
}

function useSettings(): PopupSettings | null {
  const [settings, setSettings] = useState<PopupSettings | null>(null);
  useEffect(() => {
    const load = () =>
      void Promise.all([readGoals(), readSwitchedOffNudges()]).then(([goals, switchedOffNudges]) =>
        setSettings({ goals, switchedOffNudges }),
      );
    load();
    const unwatch = [goalsItem.watch(load), switchedOffNudgesItem.watch(load)];
    return () => unwatch.forEach((stop) => stop());
  }, []);
  return settings;
}

export function Popup() {
  const settings = useSettings();
  const now = Date.now();
  const review = useLiveQuery(
    () => (settings ? loadDailyReview(db, Date.now(), settings) : Promise.resolve(null)),
    [settings],
  );
  const value = review.status === 'ready' ? review.value : null;
  useEffect(() => {
    if (value) markFiguresShown();
  }, [value]);

  return (
    <main class="popup">
      <div class="popup__top">
        <BrandHeader title="Today">
          <span class="muted">{formatDayHeading(new Date(now))}</span>
        </BrandHeader>
        <PauseLabels />
      </div>

      {review.status === 'error' && (
        <p class="card warn" role="alert">
          Could not read Realign's history: {review.message}
        </p>
      )}
      {value && settings && (
        <>
          <BrokenFeeds rows={value.brokenFeeds} />
          {value.isFirstDay ? (
            <FirstDay />
          ) : (
            <>
              <Nudges db={db} nudges={value.nudges} />
              <ScreenTime review={value} />
              <Balance review={value} goals={settings.goals} />
              <Diet review={value} />
            </>
          )}
        </>
      )}

      <ManualEntries db={db} />
      <WriteErrorNotice />
      <HonestyNote />

      <nav class="popup__actions" aria-label="More">
        <a class="button" href="/report.html" target="_blank" rel="noopener">
          Weekly summary
        </a>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </nav>
    </main>
  );
}
