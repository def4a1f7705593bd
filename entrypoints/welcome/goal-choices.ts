/**
 * The choices the welcome page offers for each goal: a few round values, so a first choice is one
 * click. Any value in settings/goals.ts's range can still be set on the settings page; a value
 * already stored that is not a round one is offered too, so opening this page never changes it.
 */
import { formatMinutes } from '../../components/format-minutes';
import { message } from '../../components/i18n';
import type { Goals } from '../../settings/goals';

export interface Choice {
  value: number;
  text: string;
}

const duration = (minutes: number) => formatMinutes(minutes * 60_000);

/** Worded when read: a page's modules load before its messages are sure to be there (messagesReady). */
export const GOAL_CHOICES: Readonly<Record<keyof Goals, Choice[]>> = {
  get screenMinutes() {
    return [60, 120, 180, 240, 300, 360, 480].map((m) => ({ value: m, text: duration(m) }));
  },
  get createPerConsume() {
    return [
      { value: 0, text: message('goalCreateNone') },
      { value: 0.25, text: message('goalCreateQuarter') },
      { value: 0.5, text: message('goalCreateHalf') },
      { value: 1, text: message('goalCreateSame') },
      { value: 2, text: message('goalCreateDouble') },
    ];
  },
  get breakMinutes() {
    return [30, 45, 60, 90, 120, 180].map((m) => ({ value: m, text: duration(m) }));
  },
  get lateNightHour() {
    return [20, 21, 22, 23].map((h) => ({ value: h, text: message('clockHour', [String(h)]) }));
  },
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
      return duration(value);
    case 'createPerConsume':
      return message('goalCreateTimes', [String(value)]);
    case 'lateNightHour':
      return message('clockHour', [String(value)]);
  }
}
