import { useEffect, useState } from 'preact/hooks';
import { lastWriteErrorItem, readLastWriteError, type WriteError } from '../storage/write-status';
import { formatAgo } from '../text/format';
import { message, type MessageKey } from '../text/i18n';

/** The `what` the background stores with a failed write (callers of storage/reliable-write.ts), in words; any other shows as stored. */
const WHAT_KEYS: Record<string, MessageKey> = {
  activity: 'popupWriteWhatActivity',
  'posts seen': 'popupWriteWhatPostsSeen',
  'your feedback': 'popupWriteWhatFeedback',
  retention: 'popupWriteWhatRetention',
};

/** Says so when Realign could not store part of the history; gone after the next good write. */
export function WriteErrorNotice() {
  const [error, setError] = useState<WriteError | null>(null);
  useEffect(() => {
    void readLastWriteError().then(setError);
    return lastWriteErrorItem.watch(() => void readLastWriteError().then(setError));
  }, []);
  if (!error) return null;
  const whatKey = Object.hasOwn(WHAT_KEYS, error.what) ? WHAT_KEYS[error.what] : undefined;
  return (
    <p class="card warn" role="alert">
      {message('popupWriteError', [whatKey ? message(whatKey) : error.what, formatAgo(error.at, Date.now()), error.message])}
    </p>
  );
}
