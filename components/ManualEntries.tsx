import { useState } from 'preact/hooks';
import { dayKeyOf } from '../activity/local-day';
import type { ManualEntryRow } from '../figures/rows';
import type { RealignDb } from '../storage/db';
import { addManualEntry, listManualEntries, MAX_OFFLINE_MINUTES, removeManualEntry } from '../storage/manual-entries';
import { formatMinutes } from '../text/format-minutes';
import { message } from '../text/i18n';
import { useLiveQuery } from './use-live-query';

/**
 * What the browser cannot see, entered by hand: time spent making something offline, and
 * meeting someone face to face. Today's entries are listed and can be taken back.
 */
export function ManualEntries({ db }: { db: RealignDb }) {
  const today = dayKeyOf(Date.now());
  const entries = useLiveQuery(() => listManualEntries(db, today), [today]);
  const [minutes, setMinutes] = useState('30');
  const [status, setStatus] = useState('');

  const add = async (kind: ManualEntryRow['kind'], n: number) => {
    try {
      await addManualEntry(db, { kind, minutes: n, at: Date.now() });
      setStatus(kind === 'face-to-face' ? message('popupManualNotedMet') : message('popupManualNotedOffline', [formatMinutes(n * 60_000)]));
    } catch (error) {
      setStatus(message('popupManualSaveFailed', [String(error)]));
    }
  };
  const parsed = Number(minutes);
  const isValidMinutes = Number.isInteger(parsed) && parsed > 0 && parsed <= MAX_OFFLINE_MINUTES;

  return (
    <section class="card manual-entries" aria-labelledby="manual-heading">
      <h2 id="manual-heading">{message('popupManualHeading')}</h2>
      <form
        style={{ display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' }}
        onSubmit={(event) => {
          event.preventDefault();
          if (isValidMinutes) void add('offline-create', parsed);
        }}
      >
        <label for="offline-minutes">{message('popupManualOfflineLabel')}</label>
        <input
          id="offline-minutes"
          type="number"
          min={1}
          max={MAX_OFFLINE_MINUTES}
          step={1}
          inputMode="numeric"
          style={{ width: '5em' }}
          value={minutes}
          aria-invalid={!isValidMinutes}
          onInput={(event) => setMinutes(event.currentTarget.value)}
        />
        <span>{message('popupManualMinutesUnit')}</span>
        <button type="submit" disabled={!isValidMinutes}>{message('popupManualAdd')}</button>
      </form>
      <p style={{ margin: '8px 0 0' }}>
        <button type="button" onClick={() => void add('face-to-face', 0)}>{message('popupManualMetButton')}</button>
      </p>
      {/* Always in the page, so a screen reader hears what is put in it; no room taken while empty. */}
      <p class="muted" role="status" aria-live="polite" style={{ margin: status ? '6px 0 0' : 0 }}>{status}</p>
      {entries.status === 'ready' && entries.value.length > 0 && (
        <ul aria-label={message('popupManualListLabel')} style={{ listStyle: 'none', padding: 0, margin: '4px 0 0', display: 'grid', gap: '4px' }}>
          {entries.value.map((entry) => (
            <li key={entry.id} style={{ display: 'flex', justifyContent: 'space-between', gap: '8px' }}>
              <span>{entry.kind === 'face-to-face' ? message('popupManualMetEntry') : message('popupManualOfflineEntry', [formatMinutes(entry.minutes * 60_000)])}</span>
              <button
                type="button"
                aria-label={entry.kind === 'face-to-face' ? message('popupManualRemoveMet') : message('popupManualRemoveOffline', [formatMinutes(entry.minutes * 60_000)])}
                onClick={() => void removeManualEntry(db, entry.id!).then(() => setStatus(message('popupManualRemoved')))}
              >
                {message('popupManualRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
