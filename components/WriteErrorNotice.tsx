import { useEffect, useState } from 'preact/hooks';
import { lastWriteErrorItem, readLastWriteError, type WriteError } from '../storage/write-status';
import { formatAgo } from './format';

/** Says so when Realign could not store part of the history; gone after the next good write. */
export function WriteErrorNotice() {
  const [error, setError] = useState<WriteError | null>(null);
  useEffect(() => {
    void readLastWriteError().then(setError);
    return lastWriteErrorItem.watch(() => void readLastWriteError().then(setError));
  }, []);
  if (!error) return null;
  return (
    <p class="card warn" role="alert">
      Realign could not save {error.what} {formatAgo(error.at, Date.now())} ({error.message}). Time it counted is
      kept and saved again every minute until it succeeds.
    </p>
  );
}
