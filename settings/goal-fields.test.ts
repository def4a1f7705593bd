import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanGoals, DEFAULT_GOALS, readGoals, setGoal } from './goals';
import { GOAL_FIELDS } from './goal-fields';

describe('the goal fields of the welcome and settings pages', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each(GOAL_FIELDS.map((field) => [field.key, field] as const))('%s offers exactly the range the goal accepts', (key, field) => {
    expect(cleanGoals({ [key]: field.min })[key]).toBe(field.min);
    expect(cleanGoals({ [key]: field.max })[key]).toBe(field.max);
    expect(cleanGoals({ [key]: field.min - 0.01 })[key]).toBe(DEFAULT_GOALS[key]);
    expect(cleanGoals({ [key]: field.max + 0.01 })[key]).toBe(DEFAULT_GOALS[key]);
  });

  it('covers every goal once', () => {
    expect(GOAL_FIELDS.map((field) => field.key).sort()).toEqual(Object.keys(DEFAULT_GOALS).sort());
  });

  it('stores a goal, refuses one out of range, and reads corrupt goals as the defaults', async () => {
    await setGoal('screenMinutes', 120);
    expect((await readGoals()).screenMinutes).toBe(120);
    await expect(setGoal('lateNightHour', 3)).rejects.toThrow(RangeError);
    expect((await readGoals()).lateNightHour).toBe(23);
    await fakeBrowser.storage.local.set({ goals: { screenMinutes: 'lots', breakMinutes: 45 } });
    expect(await readGoals()).toEqual({ ...DEFAULT_GOALS, breakMinutes: 45 });
  });
});
