/**
 * The pause card in the feed (issue 16): each trigger on or off, and the stretch threshold.
 * Both triggers are on by default: the card is the point, it is rare (at most 4 a day),
 * and every card says in one line how to turn it off. Per site off, and quiet hours, are the
 * person's to set; none by default.
 */
import type { PausePrefs } from '../pause/decide-card';
import { isSoundQuietHours, type QuietHours } from '../pause/quiet-hours';
import { isSiteId, type SiteId } from '../sites/registry';
import { defineSetting } from './define-setting';

/** 20 minutes: the default; 1 minute is allowed so a person (or a test) can see it at once. */
export const DEFAULT_THRESHOLD_MINUTES = 20;
export const MIN_THRESHOLD_MINUTES = 1;
export const MAX_THRESHOLD_MINUTES = 240;

/** Offered when the person first turns quiet hours on: a night's sleep. */
export const DEFAULT_QUIET_HOURS: QuietHours = { fromMinute: 22 * 60, toMinute: 7 * 60 };

export const DEFAULT_PAUSE_PREFS: PausePrefs = {
  isStretchOn: true,
  isProvocationOn: true,
  thresholdMinutes: DEFAULT_THRESHOLD_MINUTES,
  offSites: [],
  quietHours: null,
};

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
    // Unknown sites (one since removed from Realign) are dropped; each site once.
    offSites: Array.isArray(raw.offSites) ? [...new Set(raw.offSites.filter(isSiteId))] : [],
    // A broken pair is no quiet hours rather than a guess at what was meant.
    quietHours: isSoundQuietHours(raw.quietHours) ? { fromMinute: raw.quietHours.fromMinute, toMinute: raw.quietHours.toMinute } : null,
  };
}

export const pausePrefs = defineSetting({ key: 'pauseCards', fallback: DEFAULT_PAUSE_PREFS, check: cleanPausePrefs });
export const { read: readPausePrefs } = pausePrefs;

export async function setPausePrefs(change: Partial<PausePrefs>): Promise<void> {
  await pausePrefs.write(cleanPausePrefs({ ...(await readPausePrefs()), ...change }));
}

export async function setPauseCardsOnSite(site: SiteId, isOn: boolean): Promise<void> {
  const { offSites } = await readPausePrefs();
  await setPausePrefs({ offSites: isOn ? offSites.filter((s) => s !== site) : [...offSites, site] });
}

/** Refuses a pair that says nothing (the same time twice) instead of storing no quiet hours in its place. */
export async function setQuietHours(quietHours: QuietHours | null): Promise<void> {
  if (quietHours && !isSoundQuietHours(quietHours)) throw new RangeError('Quiet hours need two different times of day');
  await setPausePrefs({ quietHours });
}
