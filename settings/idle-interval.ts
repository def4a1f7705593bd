/**
 * How long without keyboard or mouse before the person counts as away (the `idle` API's
 * detection interval). 60 s by default: the figure, and long enough to read a screen.
 * Chrome accepts no less than 15 s; more than an hour would count a person who left as present.
 */
import { defineSetting } from './define-setting';

export const DEFAULT_IDLE_SECONDS = 60;
export const MIN_IDLE_SECONDS = 15;
export const MAX_IDLE_SECONDS = 3_600;

export function cleanIdleSeconds(value: unknown): number {
  return Number.isInteger(value) && (value as number) >= MIN_IDLE_SECONDS && (value as number) <= MAX_IDLE_SECONDS
    ? (value as number)
    : DEFAULT_IDLE_SECONDS;
}

export const idleSeconds = defineSetting({
  key: 'idleSeconds',
  fallback: DEFAULT_IDLE_SECONDS,
  check: cleanIdleSeconds,
  page: { name: 'settingsNameIdle', section: 'time', shape: 'value' },
});
export const { item: idleSecondsItem, read: readIdleSeconds } = idleSeconds;

export async function setIdleSeconds(seconds: number): Promise<void> {
  await idleSeconds.write(cleanIdleSeconds(Math.round(seconds)));
}
