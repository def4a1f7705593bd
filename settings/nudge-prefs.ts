/** Nudges the person switched off for good (one click in the popup; back on in settings). */
import { storage } from 'wxt/utils/storage';
import { isNudgeRule, type NudgeRule } from '../nudges/rules';

export const switchedOffNudgesItem = storage.defineItem<NudgeRule[]>('local:switchedOffNudges', {
  fallback: [],
  version: 1,
});

export function cleanSwitchedOff(value: unknown): NudgeRule[] {
  return Array.isArray(value) ? [...new Set(value.filter(isNudgeRule))] : [];
}

export async function readSwitchedOffNudges(): Promise<NudgeRule[]> {
  return cleanSwitchedOff(await switchedOffNudgesItem.getValue());
}

export async function setNudgeSwitchedOff(rule: NudgeRule, isOff: boolean): Promise<void> {
  const current = new Set(await readSwitchedOffNudges());
  if (isOff) current.add(rule);
  else current.delete(rule);
  await switchedOffNudgesItem.setValue([...current]);
}
