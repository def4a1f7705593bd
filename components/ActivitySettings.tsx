import { useState } from 'preact/hooks';
import { ACTIVITIES, type Activity } from '../activity/activity';
import { defaultActivityOf } from '../activity/default-activity';
import { siteOfUrl } from '../activity/site-of-url';
import { idleSeconds as idleSecondsSetting, MAX_IDLE_SECONDS, MIN_IDLE_SECONDS, setIdleSeconds } from '../settings/idle-interval';
import { keepSnippets } from '../settings/keep-snippets';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, retentionDays as retentionDaysSetting, setRetentionDays } from '../settings/retention-days';
import { isSiteHost, setSiteActivity, siteActivities, type SiteActivities } from '../settings/site-activities';
import { message, type MessageKey } from '../text/i18n';
import { FieldMessage } from './FieldMessage';
import { formatCount } from '../text/format';
import { SentenceNumberField } from './NumberField';
import { PermissionToggle } from './PermissionToggle';
import { SettingCheckbox } from './SettingCheckbox';
import { useSetting } from './use-setting';
import { typingEverywhere } from '../settings/typing-everywhere';
import { openDb, type RealignDb } from '../storage/db';
import { measureRawDataBefore } from '../storage/retention';
import { askBeforeShortening } from '../text/retention-ask';
import { once } from '../text/once';

const ACTIVITY_NAMES: Record<Activity, MessageKey> = { consume: 'settingsActivityConsume', create: 'settingsActivityCreate', neutral: 'settingsActivityNeutral' };
/** Whole sentences, not the name glued in: the words around it change with the activity in some languages. */
const NOW_COUNTS_AS: Record<Activity, MessageKey> = { consume: 'settingsSiteNowConsume', create: 'settingsSiteNowCreate', neutral: 'settingsSiteNowNeutral' };

const db = once((): RealignDb => openDb());

/** Before a shorter history is saved: how much it deletes, measured now (null where it deletes nothing). */
async function askBeforeSaving(days: number, before: number) {
  if (days >= before) return null;
  return askBeforeShortening(days, before, await measureRawDataBefore(db(), Date.now(), days));
}

/** Shortening the history deletes what falls outside it at the next daily clean-up: say so, while it can still be undone. */
function retentionSaved(days: number, before: number): string {
  return days < before ? message('settingsRetentionShorter', [formatCount(days)]) : message('settingsSaved');
}

/** Settings of the time tracking: idle interval, how long raw history is kept, and site activities. */
export function ActivitySettings() {
  const idleSeconds = useSetting(idleSecondsSetting);
  const retentionDays = useSetting(retentionDaysSetting);
  const overrides = useSetting(siteActivities);
  if (idleSeconds === null || retentionDays === null || overrides === null) return null;
  return (
    <div class="activity-settings" style={{ display: 'grid', gap: '12px', marginTop: '8px' }}>
      <SentenceNumberField
        id="idle-seconds" sentence="settingsIdleAfter" value={idleSeconds}
        min={MIN_IDLE_SECONDS} max={MAX_IDLE_SECONDS} step={15} save={setIdleSeconds}
      />
      <SentenceNumberField
        id="retention-days" sentence="settingsRetentionFor" value={retentionDays}
        min={MIN_RETENTION_DAYS} max={MAX_RETENTION_DAYS} step={1} save={setRetentionDays}
        savedStatus={retentionSaved} askFirst={askBeforeSaving}
      />
      <SettingCheckbox setting={keepSnippets} />
      <PermissionToggle setting={typingEverywhere} />
      <SiteActivityList overrides={overrides} />
    </div>
  );
}

function SiteActivityList({ overrides }: { overrides: SiteActivities }) {
  const [address, setAddress] = useState('');
  const [activity, setActivity] = useState<Activity>('create');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const host = siteOfUrl(address.includes('://') ? address : `https://${address.trim()}`);
  const add = async () => {
    // Chromium's URL parser escapes what a host cannot hold instead of refusing it: check the host too.
    if (!host || !isSiteHost(host)) {
      setStatus('');
      setError(message('settingsSiteActivityNotASite'));
      return;
    }
    setError('');
    await setSiteActivity(host, activity);
    setStatus(message(NOW_COUNTS_AS[activity], [host]));
    setAddress('');
  };
  return (
    <fieldset class="plain-fieldset" style={{ marginTop: 0 }}>
      <legend style={{ fontWeight: 600, marginBottom: '6px' }}>{message('settingsSiteActivityLegend')}</legend>
      <p class="muted" style={{ margin: '0 0 8px' }}>{message('settingsSiteActivityHelp')}</p>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '6px' }}>
        {Object.entries(overrides).sort(([a], [b]) => a.localeCompare(b)).map(([site, chosen]) => (
          <li key={site} style={{ display: 'flex', gap: '8px', alignItems: 'center' }}>
            <span style={{ minWidth: '12em' }}>{site}</span>
            <select aria-label={message('settingsSiteActivityFor', [site])} value={chosen} onChange={(event) => void setSiteActivity(site, event.currentTarget.value as Activity)}>
              {ACTIVITIES.map((a) => <option key={a} value={a}>{message(ACTIVITY_NAMES[a])}</option>)}
            </select>
            <button
              type="button"
              onClick={() => void setSiteActivity(site, null)}
              aria-label={message('settingsSiteActivityResetLabel', [site, message(ACTIVITY_NAMES[defaultActivityOf(site)])])}
            >
              {message('settingsReset')}
            </button>
          </li>
        ))}
      </ul>
      <form style={{ display: 'flex', gap: '8px', alignItems: 'center', marginTop: '8px', flexWrap: 'wrap' }} onSubmit={(event) => { event.preventDefault(); void add(); }}>
        <label for="site-activity-host">{message('settingsSiteActivityHostLabel')}</label>
        <input id="site-activity-host" type="text" placeholder={message('settingsSiteActivityHostExample')} value={address} aria-invalid={error ? 'true' : undefined} aria-describedby="site-activity-host-message" onInput={(event) => { setAddress(event.currentTarget.value); setError(''); setStatus(''); }} />
        <label for="site-activity-choice" class="sr-only">{message('settingsSiteActivityChoiceLabel')}</label>
        <select id="site-activity-choice" value={activity} onChange={(event) => setActivity(event.currentTarget.value as Activity)}>
          {ACTIVITIES.map((a) => <option key={a} value={a}>{message(ACTIVITY_NAMES[a])}</option>)}
        </select>
        <button type="submit">{message('settingsSiteActivitySubmit')}</button>
      </form>
      <FieldMessage id="site-activity-host" error={error} status={status} />
    </fieldset>
  );
}
