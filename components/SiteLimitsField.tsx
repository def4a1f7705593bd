import { useState } from 'preact/hooks';
import { siteOfUrl } from '../activity/site-of-url';
import { isSiteHost } from '../settings/site-activities';
import { isValidLimit, MAX_LIMIT_MINUTES, MIN_LIMIT_MINUTES, readSiteLimits, setSiteLimit, siteLimitsItem } from '../settings/site-limits';
import { formatCount } from './format';
import { formatMinutes } from './format-minutes';
import { message } from './i18n';
import { useSetting } from './use-setting';

/** Daily limits for single sites: passing one brings a nudge in the daily review, never a block. */
export function SiteLimitsField() {
  const limits = useSetting(readSiteLimits, siteLimitsItem);
  const [address, setAddress] = useState('');
  const [minutes, setMinutes] = useState('45');
  const [status, setStatus] = useState('');
  if (!limits) return null;

  const add = async () => {
    const host = siteOfUrl(address.includes('://') ? address.trim() : `https://${address.trim()}`);
    const value = Number(minutes);
    // Chromium's URL parser escapes what a host cannot hold instead of refusing it: check the host too.
    if (!host || !isSiteHost(host)) return setStatus(message('settingsLimitNotASite'));
    if (!isValidLimit(value)) return setStatus(message('settingsLimitRange', [formatCount(MIN_LIMIT_MINUTES), formatCount(MAX_LIMIT_MINUTES)]));
    try {
      await setSiteLimit(host, value);
      setAddress('');
      setStatus(message('settingsLimitSet', [host, formatMinutes(value * 60_000)]));
    } catch (error) {
      setStatus(message('settingsSaveFailed', [error instanceof Error ? error.message : String(error)]));
    }
  };

  return (
    <fieldset class="site-limits">
      <legend>{message('settingsLimitsLegend')}</legend>
      <p class="muted">{message('settingsLimitsHelp')}</p>
      {Object.keys(limits).length > 0 && (
        <ul aria-label={message('settingsLimitsListLabel')}>
          {Object.entries(limits)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([host, limit]) => (
              <li key={host}>
                <span>{host}</span>
                <span class="muted">{message('settingsLimitPerDay', [formatMinutes(limit * 60_000)])}</span>
                <button type="button" aria-label={message('settingsLimitRemoveLabel', [host])} onClick={() => void setSiteLimit(host, null)}>
                  {message('settingsRemove')}
                </button>
              </li>
            ))}
        </ul>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label for="site-limit-host">{message('settingsLimitHostLabel')}</label>
        <input
          id="site-limit-host"
          type="text"
          placeholder={message('settingsLimitHostExample')}
          value={address}
          onInput={(e) => setAddress(e.currentTarget.value)}
        />
        <label for="site-limit-minutes">{message('settingsLimitMinutesLabel')}</label>
        <input
          id="site-limit-minutes"
          type="number"
          min={MIN_LIMIT_MINUTES}
          max={MAX_LIMIT_MINUTES}
          step={5}
          value={minutes}
          onInput={(e) => setMinutes(e.currentTarget.value)}
        />
        <span>{message('settingsLimitMinutesUnit')}</span>
        <button type="submit">{message('settingsLimitSubmit')}</button>
      </form>
      <p class="muted" role="status" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}
