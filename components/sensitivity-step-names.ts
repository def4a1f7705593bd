import type { SensitivityStep } from '../settings/sensitivity-steps';
import { message, type MessageKey } from './i18n';

/** Where each name lives in public/_locales/<lang>/messages.json (English: 'Fewest labels' … 'Most labels'). */
const MESSAGE_KEYS: Record<SensitivityStep, MessageKey> = {
  [-2]: 'settingsStepFewest',
  [-1]: 'settingsStepFewer',
  0: 'settingsStepMeasured',
  1: 'settingsStepMore',
  2: 'settingsStepMost',
};

/** How each step of the sensitivity dial is named, on the settings page and the model card. */
export const STEP_NAMES = Object.fromEntries(
  Object.entries(MESSAGE_KEYS).map(([step, key]) => [step, message(key)]),
) as Record<SensitivityStep, string>;
