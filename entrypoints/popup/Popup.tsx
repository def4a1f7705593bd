import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BrandHeader } from '../../components/BrandHeader';
import { formatDayHeading } from '../../text/format';
import { message } from '../../text/i18n';
import { markFiguresShown } from '../../components/mark-figures-shown';
import { WriteErrorNotice } from '../../components/WriteErrorNotice';
import { Balance } from './sections/Balance';
import { BrokenFeeds } from './sections/BrokenFeeds';
import { Diet } from './sections/Diet';
import { FirstDay } from './sections/FirstDay';
import { HonestyNote } from './sections/HonestyNote';
import { Nudges } from './sections/Nudges';
import { PauseLabels } from './sections/PauseLabels';
import { ScreenTime } from './sections/ScreenTime';
import { startDailyReview } from './use-daily-review';

export const dailyReview = startDailyReview();
const { db, useDailyReview } = dailyReview;

export function Popup() {
  const { state, live } = useDailyReview();
  const now = Date.now();
  const value = state.status === 'ready' ? state.review : null;
  const settings = state.status === 'ready' ? state.settings : null;
  useEffect(() => {
    if (value) markFiguresShown();
  }, [value]);

  return (
    <main class="popup">
      <div class="popup__top">
        <BrandHeader title={message('popupTitle')}>
          <span class="muted">{formatDayHeading(new Date(now))}</span>
        </BrandHeader>
        <PauseLabels />
      </div>

      {state.status === 'error' && (
        <p class="card warn" role="alert">
          {message('popupReadError', [state.message])}
        </p>
      )}
      {value && settings && (
        <>
          <BrokenFeeds rows={value.brokenFeeds} />
          {value.isFirstDay ? (
            <FirstDay />
          ) : (
            <>
              {/* The day's figures first: at Chrome's tallest popup (600 px) they fill the first
                  screen, and the suggestions follow them rather than push them below the fold. */}
              <ScreenTime review={value} />
              <Balance review={value} goals={settings.goals} />
              <Diet review={value} />
              <Nudges db={db} nudges={value.nudges} />
            </>
          )}
        </>
      )}

      {live && <live.ManualEntries db={live.db} />}
      <WriteErrorNotice />
      <HonestyNote />

      {/* Pinned to the bottom of the popup's window: the way on is on the first screen, whatever is above. */}
      <nav class="popup__actions" aria-label={message('popupMoreLabel')}>
        <a class="button" href="/report.html" target="_blank" rel="noopener">
          {message('popupWeeklySummary')}
        </a>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {message('popupSettings')}
        </button>
      </nav>
    </main>
  );
}
