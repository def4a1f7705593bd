import { useEffect, useState } from 'preact/hooks';
import { formatMinutes } from '../../../text/format-minutes';
import { message } from '../../../text/i18n';
import { labelsPausedUntilItem, PAUSE_MS, pauseLabels, readPausedUntil, resumeLabels } from '../../../settings/labels-paused';

/** "Pause labels for 15 minutes": posts are still counted, nothing is labelled, blurred or hidden. */
export function PauseLabels() {
  const [pausedUntil, setPausedUntil] = useState(0);
  useEffect(() => {
    void readPausedUntil().then(setPausedUntil);
    return labelsPausedUntilItem.watch(() => void readPausedUntil().then(setPausedUntil));
  }, []);
  const isPaused = pausedUntil > Date.now();
  if (isPaused) {
    const until = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(pausedUntil);
    return (
      <button type="button" class="small" onClick={() => void resumeLabels()} title={message('popupPausedUntilTitle', [until])}>
        {message('popupResumeLabels')}
        <span class="pause__until">{message('popupPausedUntil', [until])}</span>
      </button>
    );
  }
  return (
    <button type="button" class="small" onClick={() => void pauseLabels(Date.now())}>
      {message('popupPauseLabels', [formatMinutes(PAUSE_MS)])}
    </button>
  );
}
