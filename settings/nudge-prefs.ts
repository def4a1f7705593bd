/** Nudges the person switched off for good (one click in the popup; back on in settings). */
import { isNudgeRule, type NudgeRule } from '../nudges/rules';
import { defineSetting } from './define-setting';

export function cleanSwitchedOff(value: unknown): NudgeRule[] {
  return Array.isArray(value) ? [...new Set(value.filter(isNudgeRule))] : [];
}

export const switchedOffNudges = defineSetting<NudgeRule[]>({
  key: 'switchedOffNudges',
  fallback: [],
  check: cleanSwitchedOff,
  page: { name: 'settingsNameNudges', section: 'nudges', shape: 'list' },
});
export const { item: switchedOffNudgesItem, read: readSwitchedOffNudges } = switchedOffNudges;

export async function setNudgeSwitchedOff(rule: NudgeRule, isOff: boolean): Promise<void> {
  const current = new Set(await readSwitchedOffNudges());
  if (isOff) current.add(rule);
  else current.delete(rule);
  await switchedOffNudges.write([...current]);
}
