import type { SensitivityStep } from '../model/sensitivity-steps';
import { messageTable } from './i18n';

/**
 * How each step of the sensitivity dial is named, on the settings page and the model card
 * (public/_locales/<lang>/messages.json; English: 'Fewest labels' … 'Most labels').
 */
export const STEP_NAMES: Readonly<Record<SensitivityStep, string>> = messageTable({
  [-2]: 'settingsStepFewest',
  [-1]: 'settingsStepFewer',
  0: 'settingsStepMeasured',
  1: 'settingsStepMore',
  2: 'settingsStepMost',
});
