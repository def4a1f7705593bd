/**
 * The weekly summary page:
 *
 *   #<monday> in the address ─▶ loadWeek (storage queries, live) ─▶ computeWeek (pure)
 *     ─▶ summary sentences, charts, diet, sites, nudges ─▶ export, import, delete
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { addDays, dayKeyOf, startOfDayKey } from '../../activity/local-day';
import { BrandHeader } from '../../components/BrandHeader';
import { formatCount } from '../../text/format';
import { message, messagePlural } from '../../text/i18n';
import { markFiguresShown } from '../../components/mark-figures-shown';
import { useLiveQuery } from '../../components/use-live-query';
import { formatWeekRange } from '../../text/week';
import { openDb } from '../../storage/db';
import { firstRecordedDay } from '../../storage/first-day';
import { loadWeek } from './load-week';
import { computeWeek } from '../../summary/week-figures';
import { DeleteData } from './sections/DeleteData';
import { Diet } from './sections/Diet';
import { ExportData } from './sections/ExportData';
import { ImportData } from './sections/ImportData';
import { Intentions } from './sections/Intentions';
import { Nudges } from './sections/Nudges';
import { Summary } from './sections/Summary';
import { TimeCharts } from './sections/TimeCharts';
import { TopSites } from './sections/TopSites';
import { mondayOf, readWeekFromHash } from './week-hash';

const db = openDb();

function useWeekInAddress(): [string, (monday: string) => void] {
  const [monday, setMonday] = useState(() => readWeekFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setMonday(readWeekFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return [monday, (next) => (location.hash = next)];
}

/**
 * The headline always says which week it is, counted from now: "This week", "Last week", "3 weeks
 * ago" (the dates stand beside it). One rule for every week, not "This week" and then "Your week".
 */
function weekHeading(monday: string, thisMonday: string): string {
  const weeksAgo = Math.round((startOfDayKey(thisMonday) - startOfDayKey(monday)) / (7 * 86_400_000));
  if (weeksAgo <= 0) return message('reportHeadingThisWeek');
  if (weeksAgo === 1) return message('reportHeadingLastWeek');
  return messagePlural('reportHeadingWeeksAgo', weeksAgo, [formatCount(weeksAgo)]);
}

export function Report() {
  const [monday, goTo] = useWeekInAddress();
  const thisMonday = mondayOf(dayKeyOf(Date.now()));
  const data = useLiveQuery(() => loadWeek(db, monday, dayKeyOf(Date.now())), [monday]);
  const week = useMemo(() => (data.status === 'ready' ? computeWeek(data.value) : null), [data]);
  // No way back into weeks before the first recorded day (on a fresh install, none at all).
  const first = useLiveQuery(() => firstRecordedDay(db), []);
  const firstMonday = first.status === 'ready' && first.value !== null ? mondayOf(first.value) : null;
  const hasEarlierWeek = firstMonday !== null && firstMonday < monday;
  const range = formatWeekRange(monday);
  useEffect(() => {
    // index.html's <title> is English; extension pages cannot use __MSG_…__ there.
    document.title = message('reportDocumentTitle', [range]);
    if (week) markFiguresShown();
  }, [week, range]);

  return (
    <main class="report">
      <div class="report__top">
        <BrandHeader title={weekHeading(monday, thisMonday)}>
          <span class="muted" data-figure="week-range">{range}</span>
        </BrandHeader>
        <nav class="report__weeks no-print" aria-label={message('reportChooseWeek')}>
          <button type="button" disabled={!hasEarlierWeek} onClick={() => goTo(addDays(monday, -7))}>{message('reportPreviousWeek')}</button>
          <button type="button" disabled={monday === thisMonday} onClick={() => goTo(thisMonday)}>{message('reportThisWeekButton')}</button>
          <button type="button" disabled={monday >= thisMonday} onClick={() => goTo(addDays(monday, 7))}>{message('reportNextWeek')}</button>
          <button type="button" onClick={() => print()}>{message('reportPrint')}</button>
        </nav>
      </div>

      {data.status === 'error' && <p class="card warn" role="alert">{message('reportReadError', [data.message])}</p>}
      {data.status === 'loading' && <p class="muted" aria-live="polite">{message('reportLoading')}</p>}
      {week && (
        <>
          <Summary week={week} />
          {!week.isEmpty && (
            <div class="report__grid">
              <TimeCharts week={week} />
              <Diet week={week} />
              <TopSites week={week} />
              <Nudges week={week} />
              <Intentions db={db} monday={monday} />
            </div>
          )}
          {/* A week with nothing in it has nothing to export or delete; importing is always possible. */}
          {!week.isEmpty && <ExportData db={db} week={week} range={range} />}
          <section class="card no-print" aria-labelledby="data-heading">
            <h2 id="data-heading">{message('reportDataHeading')}</h2>
            <div class="data-columns">
              <ImportData db={db} />
              {!week.isEmpty && <DeleteData key={monday} db={db} monday={monday} sunday={addDays(monday, 6)} />}
            </div>
          </section>
        </>
      )}
    </main>
  );
}
