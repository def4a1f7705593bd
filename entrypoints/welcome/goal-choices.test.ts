import { describe, expect, it } from 'vitest';
import { cleanGoals, DEFAULT_GOALS, type Goals } from '../../settings/goals';
import { choicesWith, describeGoalValue, GOAL_CHOICES } from './goal-choices';

describe('the goal choices on the welcome page', () => {
  it('offer every default, so the defaults are what is selected on a first run', () => {
    for (const key of Object.keys(DEFAULT_GOALS) as (keyof Goals)[]) {
      expect(GOAL_CHOICES[key].map((choice) => choice.value)).toContain(DEFAULT_GOALS[key]);
    }
  });

  it('offer only values the settings accept', () => {
    for (const key of Object.keys(GOAL_CHOICES) as (keyof Goals)[]) {
      for (const { value } of GOAL_CHOICES[key]) expect(cleanGoals({ [key]: value })[key]).toBe(value);
    }
  });

  it('keep a stored value that is not a round one, in order', () => {
    const choices = choicesWith(GOAL_CHOICES.screenMinutes, 150, (v) => describeGoalValue('screenMinutes', v));
    expect(choices.map((c) => c.value)).toEqual([60, 120, 150, 180, 240, 300, 360, 480]);
    expect(choices.find((c) => c.value === 150)?.text).toBe('2 h 30 min');
    expect(choicesWith(GOAL_CHOICES.lateNightHour, 23, String)).toEqual(GOAL_CHOICES.lateNightHour);
  });
});
