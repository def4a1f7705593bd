import { useEffect, useState } from 'preact/hooks';

/** Anything with WXT storage's `watch`: a setting item. */
export interface Watchable {
  watch(callback: () => void): () => void;
}

/**
 * A setting's clean value, kept current when it changes anywhere (another settings tab, the popup,
 * the background). null until the first read.
 */
export function useSetting<T>(read: () => Promise<T>, item: Watchable): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let isLive = true;
    const reread = () => void read().then((next) => isLive && setValue(next));
    reread();
    const unwatch = item.watch(reread);
    return () => {
      isLive = false;
      unwatch();
    };
  }, []);
  return value;
}
