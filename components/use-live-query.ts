import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type QueryState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * Runs a storage query and re-runs it whenever the tables it read change (Dexie's liveQuery),
 * so an open page stays current without polling.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) => setState({ status: 'error', message: String(error) }),
    });
    return () => subscription.unsubscribe();
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the query depends on, as with useMemo
  }, deps);
  return state;
}
