import { useState } from 'preact/hooks';
import { siteOfUrl } from '../activity/site-of-url';
import { isSiteHost } from '../settings/site-activities';
import { MAX_LIMIT_MINUTES, MIN_LIMIT_MINUTES, readSiteLimits, setSiteLimit, siteLimitsItem } from '../settings/site-limits';
import { formatMinutes } from './format-minutes';
import { useSetting } from './use-setting';

/** Daily limits for single sites: passing one brings a nudge in the daily review, never a block. */
export function SiteLimitsField() {
  const limits = useSetting(readSiteLimits, siteLimitsItem);
  const [address, setAddress] = useState('');
  const [minutes, setMinutes] = useState('45');
  const [message, setMessage] = useState('');
  if (!limits) return null;

  const add = async () => {
    const host = siteOfUrl(address.includes('://') ? address.trim() : `https://${address.trim()}`);
    const value = Number(minutes);
    // Chromium's URL parser escapes what a host cannot hold instead of refusing it: check the host too.
    if (!host || !isSiteHost(host)) return setMessage('That is not a site address, such as x.com.');
    try {
      await setSiteLimit(host, value);
      setAddress('');
      setMessage(`${host}: at most ${formatMinutes(value * 60_000)} a day.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <fieldset class="site-limits">
      <legend>Daily limits for single sites</legend>
      <p class="muted">Past a limit, the daily review suggests stopping there for the day. Nothing is ever blocked.</p>
      {Object.keys(limits).length > 0 && (
        <ul aria-label="Your site limits">
          {Object.entries(limits)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([host, limit]) => (
              <li key={host}>
                <span>{host}</span>
                <span class="muted">{formatMinutes(limit * 60_000)} a day</span>
                <button type="button" aria-label={`Remove the limit for ${host}`} onClick={() => void setSiteLimit(host, null)}>
                  Remove
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
        <label for="site-limit-host">Site to limit</label>
        <input id="site-limit-host" type="text" placeholder="x.com" value={address} onInput={(e) => setAddress(e.currentTarget.value)} />
        <label for="site-limit-minutes">at most</label>
        <input
          id="site-limit-minutes"
          type="number"
          min={MIN_LIMIT_MINUTES}
          max={MAX_LIMIT_MINUTES}
          step={5}
          value={minutes}
          onInput={(e) => setMinutes(e.currentTarget.value)}
        />
        <span>minutes a day</span>
        <button type="submit">Set limit</button>
      </form>
      <p class="muted" role="status" aria-live="polite">
        {message}
      </p>
    </fieldset>
  );
}
