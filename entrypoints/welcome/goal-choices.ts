/**
 * The choices the welcome page offers for each goal: a few round values, so a first choice is one
 * click. Any value in settings/goals.ts's range can still be set on the settings page; a value
 * already stored that is not a round one is offered too, so opening this page never changes it.
 */
import type { Goals } from '../../settings/goals';

export interface Choice {
  value: number;
  text: string;
}

const hours = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`);

export const GOAL_CHOICES: Record<keyof Goals, Choice[]> = {
  screenMinutes: [60, 120, 180, 240, 300, 360, 480].map((m) => ({ value: m, text: hours(m) })),
  createPerConsume: [
    { value: 0, text: 'No goal' },
    { value: 0.25, text: 'A quarter as much as I consume' },
    { value: 0.5, text: 'Half as much as I consume' },
    { value: 1, text: 'As much as I consume' },
    { value: 2, text: 'Twice as much as I consume' },
  ],
  breakMinutes: [30, 45, 60, 90, 120, 180].map((m) => ({ value: m, text: m < 60 ? `${m} min` : hours(m) })),
  lateNightHour: [20, 21, 22, 23].map((h) => ({ value: h, text: `${h}:00` })),
};

/** The round choices, with the stored value added in order where it is not one of them. */
export function choicesWith(choices: readonly Choice[], current: number, describe: (value: number) => string): Choice[] {
  if (choices.some((choice) => choice.value === current)) return [...choices];
  return [...choices, { value: current, text: describe(current) }].sort((a, b) => a.value - b.value);
}

export function describeGoalValue(key: keyof Goals, value: number): string {
  switch (key) {
    case 'screenMinutes':
    case 'breakMinutes':
      return hours(value);
    case 'createPerConsume':
      return `${value} × what I consume`;
    case 'lateNightHour':
      return `${value}:00`;
  }
}
