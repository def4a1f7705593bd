import { useEffect, useState } from 'preact/hooks';

/** Anything with WXT storage's `watch`: a setting item. */
export interface Watchable {
  watch(callback: () => void): () => void;
}

/** A setting (settings/define-setting.ts): what it reads, and its changes. */
export interface Readable<T> extends Watchable {
  read(): Promise<T>;
}

/**
 * A setting's clean value, kept current when it changes anywhere (another settings tab, the popup,
 * the background). null until the first read. Give it the setting, or a read and what to watch.
 */
export function useSetting<T>(setting: Readable<T>): T | null;
export function useSetting<T>(read: () => Promise<T>, item: Watchable): T | null;
export function useSetting<T>(source: Readable<T> | (() => Promise<T>), item?: Watchable): T | null {
  const [value, setValue] = useState<T | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per mount, then on changes; a setting and its read are module-level and never change
  useEffect(() => {
    const [read, watched] = typeof source === 'function' ? [source, item!] : [() => source.read(), source];
    let isLive = true;
    const reread = () => void read().then((next) => isLive && setValue(next));
    reread();
    const unwatch = watched.watch(reread);
    return () => {
      isLive = false;
      unwatch();
    };
  }, []);
  return value;
}
