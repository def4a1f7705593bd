import { useState } from 'preact/hooks';
import { siteOfUrl } from '../activity/site-of-url';
import { isSiteHost } from '../settings/site-activities';
import { isValidLimit, MAX_LIMIT_MINUTES, MIN_LIMIT_MINUTES, setSiteLimit, siteLimits } from '../settings/site-limits';
import { FieldMessage } from './FieldMessage';
import { formatCount } from '../text/format';
import { formatMinutes } from '../text/format-minutes';
import { message } from '../text/i18n';
import { parsePlainNumber } from '../text/plain-number';
import { useSetting } from './use-setting';

/** The host typed, or '' where it is not a site ("x.com", "https://www.x.com/home" → x.com). */
function hostOf(address: string): string {
  const host = siteOfUrl(address.includes('://') ? address.trim() : `https://${address.trim()}`);
  // Chromium's URL parser escapes what a host cannot hold instead of refusing it: check the host too.
  return host && isSiteHost(host) ? host : '';
}

/** Daily limits for single sites: passing one brings a nudge in the daily review, never a block. */
export function SiteLimitsField() {
  const limits = useSetting(siteLimits);
  const [address, setAddress] = useState('');
  const [minutes, setMinutes] = useState('45');
  // One error per box, each worked out afresh on every try and cleared when its own box is edited,
  // so a fixed address never keeps "not a site address" beside it while the minutes are wrong.
  const [hostError, setHostError] = useState('');
  const [minutesError, setMinutesError] = useState('');
  const [saveError, setSaveError] = useState('');
  const [status, setStatus] = useState('');
  if (!limits) return null;

  const add = async () => {
    const host = hostOf(address);
    const value = parsePlainNumber(minutes);
    setHostError(host ? '' : message('settingsLimitNotASite'));
    setMinutesError(isValidLimit(value) ? '' : message('settingsLimitRange', [formatCount(MIN_LIMIT_MINUTES), formatCount(MAX_LIMIT_MINUTES)]));
    setSaveError('');
    setStatus('');
    if (!host || !isValidLimit(value)) return;
    try {
      await setSiteLimit(host, value);
      setAddress('');
      setStatus(message('settingsLimitSet', [host, formatMinutes(value * 60_000)]));
    } catch (error) {
      setSaveError(message('settingsSaveFailed', [error instanceof Error ? error.message : String(error)]));
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
          aria-invalid={hostError ? 'true' : undefined}
          aria-describedby="site-limit-message"
          onInput={(e) => {
            setAddress(e.currentTarget.value);
            setHostError('');
            setStatus('');
          }}
        />
        <label for="site-limit-minutes">{message('settingsLimitMinutesLabel')}</label>
        <input
          id="site-limit-minutes"
          type="number"
          min={MIN_LIMIT_MINUTES}
          max={MAX_LIMIT_MINUTES}
          step={5}
          value={minutes}
          aria-invalid={minutesError ? 'true' : undefined}
          aria-describedby="site-limit-message"
          onInput={(e) => {
            setMinutes(e.currentTarget.value);
            setMinutesError('');
            setStatus('');
          }}
        />
        <span>{message('settingsLimitMinutesUnit')}</span>
        <button type="submit">{message('settingsLimitSubmit')}</button>
      </form>
      <FieldMessage id="site-limit" error={[hostError, minutesError, saveError].filter(Boolean).join(' ')} status={status} />
    </fieldset>
  );
}
