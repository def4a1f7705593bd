import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BrandHeader } from '../../components/BrandHeader';
import { formatDayHeading } from '../../components/format';
import { ManualEntries } from '../../components/ManualEntries';
import { markFiguresShown } from '../../components/mark-figures-shown';
import { SiteHealthList } from '../../components/SiteHealthList';
import { useLiveQuery } from '../../components/use-live-query';
import { WriteErrorNotice } from '../../components/WriteErrorNotice';
import { openDb } from '../../storage/db';
import { listSiteHealth } from '../../storage/site-health';

const db = openDb();

export function Popup() {
  const health = useLiveQuery(() => listSiteHealth(db));
  const now = Date.now();
  useEffect(() => {
    if (health.status !== 'loading') markFiguresShown();
  }, [health.status]);
  return (
    <main class="popup">
      <BrandHeader title="Today">
        <span class="muted">{formatDayHeading(new Date(now))}</span>
      </BrandHeader>

      <section class="card" aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Feeds Realign read</h2>
        {health.status === 'ready' && health.value.length > 0 && <SiteHealthList rows={health.value} now={now} />}
        {health.status === 'ready' && health.value.length === 0 && (
          <p class="welcome">
            Nothing read yet. Open one of your feeds (X, Reddit, Hacker News, YouTube, LinkedIn, Facebook,
            Instagram, Threads, Bluesky, Mastodon or TikTok) and Realign starts reading it, on this device only.
          </p>
        )}
        {health.status === 'error' && <p class="warn">Could not read Realign's history: {health.message}</p>}
      </section>

      <ManualEntries db={db} />
      <WriteErrorNotice />

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
