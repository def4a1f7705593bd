import { useState } from 'preact/hooks';
import { dayKeyOf } from '../activity/local-day';
import type { ManualEntryRow, RealignDb } from '../storage/db';
import { addManualEntry, listManualEntries, MAX_OFFLINE_MINUTES, removeManualEntry } from '../storage/manual-entries';
import { formatMinutes } from './format-minutes';
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
      setStatus(kind === 'face-to-face' ? 'Noted: you met someone.' : `Noted: ${n} min made offline.`);
    } catch (error) {
      setStatus(`Could not save it: ${String(error)}`);
    }
  };
  const parsed = Number(minutes);
  const isValidMinutes = Number.isInteger(parsed) && parsed > 0 && parsed <= MAX_OFFLINE_MINUTES;

  return (
    <section class="card manual-entries" aria-labelledby="manual-heading">
      <h2 id="manual-heading">Away from the screen</h2>
      <form
        style={{ display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' }}
        onSubmit={(event) => {
          event.preventDefault();
          if (isValidMinutes) void add('offline-create', parsed);
        }}
      >
        <label for="offline-minutes">I made something offline for</label>
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
        <span>min</span>
        <button type="submit" disabled={!isValidMinutes}>Add</button>
      </form>
      <p style={{ margin: '8px 0 0' }}>
        <button type="button" onClick={() => void add('face-to-face', 0)}>I met someone face to face</button>
      </p>
      <p class="muted" role="status" aria-live="polite" style={{ margin: '6px 0 0', minHeight: '1.4em' }}>{status}</p>
      {entries.status === 'ready' && entries.value.length > 0 && (
        <ul aria-label="Entered today" style={{ listStyle: 'none', padding: 0, margin: '4px 0 0', display: 'grid', gap: '4px' }}>
          {entries.value.map((entry) => (
            <li key={entry.id} style={{ display: 'flex', justifyContent: 'space-between', gap: '8px' }}>
              <span>{entry.kind === 'face-to-face' ? 'Met someone face to face' : `Made something offline, ${formatMinutes(entry.minutes * 60_000)}`}</span>
              <button
                type="button"
                aria-label={`Remove: ${entry.kind === 'face-to-face' ? 'met someone' : `${entry.minutes} min offline`}`}
                onClick={() => void removeManualEntry(db, entry.id!).then(() => setStatus('Removed.'))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
