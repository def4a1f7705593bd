import { useState } from 'preact/hooks';
import { BrandHeader } from '../../components/BrandHeader';
import { SiteHealthList } from '../../components/SiteHealthList';
import { useLiveQuery } from '../../components/use-live-query';
import { addWeeks, formatWeekRange, startOfWeek } from '../../components/week';
import { openDb } from '../../storage/db';
import { listSiteHealth } from '../../storage/site-health';

const db = openDb();

export function Report() {
  const [weekStart, setWeekStart] = useState(() => startOfWeek(new Date()));
  const weekEnd = addWeeks(weekStart, 1);
  const isThisWeek = weekEnd.getTime() > Date.now();
  const health = useLiveQuery(
    async () =>
      (await listSiteHealth(db)).filter(
        (row) => row.lastScanAt >= weekStart.getTime() && row.lastScanAt < weekEnd.getTime(),
      ),
    [weekStart.getTime()],
  );
  return (
    <main class="report">
      <BrandHeader title="Your week">
        <span class="muted">{formatWeekRange(weekStart)}</span>
      </BrandHeader>
      <nav class="report__weeks" aria-label="Week">
        <button type="button" onClick={() => setWeekStart(addWeeks(weekStart, -1))}>
          ← Previous week
        </button>
        <button type="button" disabled={isThisWeek} onClick={() => setWeekStart(addWeeks(weekStart, 1))}>
          Next week →
        </button>
      </nav>
      <section class="card" aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Feeds Realign read this week</h2>
        {health.status === 'ready' && health.value.length > 0 && (
          <SiteHealthList rows={health.value} now={Date.now()} />
        )}
        {health.status === 'ready' && health.value.length === 0 && (
          <p class="muted">Realign did not read any feed in this week.</p>
        )}
        {health.status === 'error' && <p class="warn">Could not read Realign's history: {health.message}</p>}
      </section>
    </main>
  );
}
