import { message } from '../../text/i18n';
import { oneIn } from '../../text/one-in';
import { STEP_NAMES } from '../../text/sensitivity-step-names';
import { DEFAULT_THRESHOLDS } from '../../model';
import type { Category } from '../../model/categories';
import { isSensitivityStep, SENSITIVITY_STEPS, setSensitivity, shareLabelled, shiftThreshold, type SensitivityStep } from '../../settings/sensitivity';

/**
 * Five steps from "fewest labels" to "most labels". It says what the step means as measured: how
 * many ordinary posts, by people, from sources the model never saw, would get the label.
 */
export function SensitivityDial({ category, step }: { category: Category; step: SensitivityStep }) {
  const id = `sensitivity-${category}`;
  const threshold = oneIn(shareLabelled(shiftThreshold(DEFAULT_THRESHOLDS[category], step)));
  const change = (value: number) => {
    if (isSensitivityStep(value)) void setSensitivity(category, value);
  };
  return (
    <div class="label-row__dial">
      <label for={id} id={`${id}-label`} class="field__label">{message('settingsSensitivity')}</label>
      <input
        id={id}
        type="range"
        min={SENSITIVITY_STEPS[0]}
        max={SENSITIVITY_STEPS[SENSITIVITY_STEPS.length - 1]}
        step={1}
        value={step}
        aria-labelledby={`${id}-label label-${category}-name`}
        aria-valuetext={message('settingsSensitivityValueText', [STEP_NAMES[step], threshold])}
        aria-describedby={`${id}-value`}
        onInput={(event) => change(Number(event.currentTarget.value))}
      />
      <div class="dial-ends muted" aria-hidden="true">
        <span>{message('settingsSensitivityFewer')}</span>
        <span>{message('settingsSensitivityMore')}</span>
      </div>
      <p id={`${id}-value`} class="dial-value">
        <strong>{STEP_NAMES[step]}</strong> <span class="muted">{message('settingsSensitivityFrom', [threshold])}</span>
      </p>
    </div>
  );
}
