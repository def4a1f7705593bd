import { useEffect, useState } from 'preact/hooks';
import { ACTIVITIES, type Activity } from '../activity/activity';
import { defaultActivityOf } from '../activity/default-activity';
import { siteOfUrl } from '../activity/site-of-url';
import { idleSecondsItem, MAX_IDLE_SECONDS, MIN_IDLE_SECONDS, readIdleSeconds, setIdleSeconds } from '../settings/idle-interval';
import { keepSnippetsItem, readKeepSnippets, setKeepSnippets } from '../settings/keep-snippets';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, readRetentionDays, retentionDaysItem, setRetentionDays } from '../settings/retention-days';
import { readSiteActivities, setSiteActivity, siteActivitiesItem, type SiteActivities } from '../settings/site-activities';
import { TypingEverywhereToggle } from './TypingEverywhereToggle';

const ACTIVITY_NAMES: Record<Activity, string> = { consume: 'Consuming', create: 'Creating', neutral: 'Neutral' };

/** Reads a setting and follows changes made elsewhere (another options tab, the popup). */
function useSetting<T>(read: () => Promise<T>, item: { watch(cb: () => void): () => void }): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    void read().then(setValue);
    return item.watch(() => void read().then(setValue));
  }, []);
  return value;
}

/** Settings of the time tracking: idle interval, how long raw history is kept, and site activities. */
export function ActivitySettings() {
  const idleSeconds = useSetting(readIdleSeconds, idleSecondsItem);
  const retentionDays = useSetting(readRetentionDays, retentionDaysItem);
  const keepSnippets = useSetting(readKeepSnippets, keepSnippetsItem);
  const overrides = useSetting(readSiteActivities, siteActivitiesItem);
  if (idleSeconds === null || retentionDays === null || keepSnippets === null || overrides === null) return null;
  return (
    <div class="activity-settings" style={{ display: 'grid', gap: '12px', marginTop: '8px' }}>
      <label style={{ display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' }}>
        Count me as away after
        <input
          type="number" min={MIN_IDLE_SECONDS} max={MAX_IDLE_SECONDS} step={15} style={{ width: '6em' }}
          value={idleSeconds}
          onChange={(event) => void setIdleSeconds(Number(event.currentTarget.value))}
        />
        seconds without keyboard or mouse (a playing video keeps counting)
      </label>
      <label style={{ display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' }}>
        Keep detailed history for
        <input
          type="number" min={MIN_RETENTION_DAYS} max={MAX_RETENTION_DAYS} step={1} style={{ width: '6em' }}
          value={retentionDays}
          onChange={(event) => void setRetentionDays(Number(event.currentTarget.value))}
        />
        days (daily totals are kept until you delete them)
      </label>
      <label style={{ display: 'flex', gap: '8px', alignItems: 'center' }}>
        <input type="checkbox" checked={keepSnippets} onChange={(event) => void setKeepSnippets(event.currentTarget.checked)} />
        Keep the first words of posts I saw, for the weekly summary's examples
      </label>
      <TypingEverywhereToggle />
      <SiteActivityList overrides={overrides} />
    </div>
  );
}

function SiteActivityList({ overrides }: { overrides: SiteActivities }) {
  const [address, setAddress] = useState('');
  const [activity, setActivity] = useState<Activity>('create');
  const [message, setMessage] = useState('');
  const host = siteOfUrl(address.includes('://') ? address : `https://${address.trim()}`);
  const add = async () => {
    if (!host) return setMessage('That does not look like a site address.');
    await setSiteActivity(host, activity);
    setMessage(`${host} now counts as ${ACTIVITY_NAMES[activity].toLowerCase()}.`);
    setAddress('');
  };
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontWeight: 600, marginBottom: '6px' }}>Sites you counted differently</legend>
      <p class="muted" style={{ margin: '0 0 8px' }}>
        Feeds, video, news and shopping count as consuming; docs, code, design and notes as creating; the rest as neutral.
      </p>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '6px' }}>
        {Object.entries(overrides).sort(([a], [b]) => a.localeCompare(b)).map(([site, chosen]) => (
          <li key={site} style={{ display: 'flex', gap: '8px', alignItems: 'center' }}>
            <span style={{ minWidth: '12em' }}>{site}</span>
            <select aria-label={`Activity for ${site}`} value={chosen} onChange={(event) => void setSiteActivity(site, event.currentTarget.value as Activity)}>
              {ACTIVITIES.map((a) => <option key={a} value={a}>{ACTIVITY_NAMES[a]}</option>)}
            </select>
            <button type="button" onClick={() => void setSiteActivity(site, null)} aria-label={`Reset ${site} to its default (${ACTIVITY_NAMES[defaultActivityOf(site)]})`}>
              Reset
            </button>
          </li>
        ))}
      </ul>
      <form style={{ display: 'flex', gap: '8px', alignItems: 'center', marginTop: '8px', flexWrap: 'wrap' }} onSubmit={(event) => { event.preventDefault(); void add(); }}>
        <label for="site-activity-host">Site</label>
        <input id="site-activity-host" type="text" placeholder="youtube.com" value={address} onInput={(event) => setAddress(event.currentTarget.value)} />
        <label for="site-activity-choice" class="sr-only">counts as</label>
        <select id="site-activity-choice" value={activity} onChange={(event) => setActivity(event.currentTarget.value as Activity)}>
          {ACTIVITIES.map((a) => <option key={a} value={a}>{ACTIVITY_NAMES[a]}</option>)}
        </select>
        <button type="submit">Set</button>
      </form>
      <p class="muted" role="status" aria-live="polite" style={{ margin: '6px 0 0', minHeight: '1.4em' }}>{message}</p>
    </fieldset>
  );
}
