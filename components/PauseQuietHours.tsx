import { useState } from 'preact/hooks';
import { minuteToTime, timeToMinute, type QuietHours } from '../pause/quiet-hours';
import { DEFAULT_QUIET_HOURS, setQuietHours } from '../settings/pause-cards';
import { FieldMessage } from './FieldMessage';
import { message } from '../text/i18n';

/**
 * Quiet hours for the pause cards: a box to turn them on (a night, 22:00 to 07:00, to start from)
 * and the two times. The same time twice says nothing, so it is refused and the stored pair stays.
 */
export function PauseQuietHours({ quietHours }: { quietHours: QuietHours | null }) {
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const save = (next: QuietHours | null) => {
    setError('');
    void setQuietHours(next).then(() => setStatus(message('settingsSaved')));
  };
  const setTime = (end: keyof QuietHours, value: string) => {
    const minute = timeToMinute(value);
    const next = quietHours && minute !== null ? { ...quietHours, [end]: minute } : null;
    if (!next || next.fromMinute === next.toMinute) {
      setStatus('');
      return setError(message('optionsPauseQuietSame'));
    }
    save(next);
  };
  return (
    <div class="pause-quiet">
      <label class="check-line">
        <input
          id="pause-quiet"
          type="checkbox"
          checked={quietHours !== null}
          aria-describedby="pause-quiet-about"
          onChange={(event) => save(event.currentTarget.checked ? DEFAULT_QUIET_HOURS : null)}
        />
        <span class="check-list__name">{message('optionsPauseQuiet')}</span>
      </label>
      <p id="pause-quiet-about" class="muted">{message('optionsPauseQuietAbout')}</p>
      {quietHours && (
        <div class="inline-form">
          <label for="pause-quiet-from">{message('optionsPauseQuietFrom')}</label>
          <input
            id="pause-quiet-from"
            type="time"
            value={minuteToTime(quietHours.fromMinute)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby="pause-quiet-message"
            onChange={(event) => setTime('fromMinute', event.currentTarget.value)}
          />
          <label for="pause-quiet-to">{message('optionsPauseQuietTo')}</label>
          <input
            id="pause-quiet-to"
            type="time"
            value={minuteToTime(quietHours.toMinute)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby="pause-quiet-message"
            onChange={(event) => setTime('toMinute', event.currentTarget.value)}
          />
        </div>
      )}
      <FieldMessage id="pause-quiet" error={error} status={status} />
    </div>
  );
}
