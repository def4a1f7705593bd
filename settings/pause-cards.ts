/**
 * The pause card in the feed (issue 16): each trigger on or off, and the stretch threshold.
 * Both triggers are on by default: the card is the point, it is rare (at most 4 a day),
 * and every card says in one line how to turn it off.
 */
import { storage } from 'wxt/utils/storage';
import type { PausePrefs } from '../pause/decide-card';

/** 20 minutes: the default; 1 minute is allowed so a person (or a test) can see it at once. */
export const DEFAULT_THRESHOLD_MINUTES = 20;
export const MIN_THRESHOLD_MINUTES = 1;
export const MAX_THRESHOLD_MINUTES = 240;

export const DEFAULT_PAUSE_PREFS: PausePrefs = { isStretchOn: true, isProvocationOn: true, thresholdMinutes: DEFAULT_THRESHOLD_MINUTES };

export const pausePrefsItem = storage.defineItem<PausePrefs>('local:pauseCards', { fallback: DEFAULT_PAUSE_PREFS, version: 1 });

export function cleanPausePrefs(value: unknown): PausePrefs {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const minutes = raw.thresholdMinutes;
  return {
    isStretchOn: typeof raw.isStretchOn === 'boolean' ? raw.isStretchOn : DEFAULT_PAUSE_PREFS.isStretchOn,
    isProvocationOn: typeof raw.isProvocationOn === 'boolean' ? raw.isProvocationOn : DEFAULT_PAUSE_PREFS.isProvocationOn,
    thresholdMinutes:
      Number.isInteger(minutes) && (minutes as number) >= MIN_THRESHOLD_MINUTES && (minutes as number) <= MAX_THRESHOLD_MINUTES
        ? (minutes as number)
        : DEFAULT_THRESHOLD_MINUTES,
  };
}

export async function readPausePrefs(): Promise<PausePrefs> {
  return cleanPausePrefs(await pausePrefsItem.getValue());
}

export async function setPausePrefs(change: Partial<PausePrefs>): Promise<void> {
  await pausePrefsItem.setValue(cleanPausePrefs({ ...(await readPausePrefs()), ...change }));
}
