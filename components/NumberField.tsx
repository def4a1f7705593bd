import { useEffect, useState } from 'preact/hooks';
import { formatCount } from './format';
import { message } from './i18n';

export interface NumberFieldProps {
  id: string;
  label: string;
  /** Said after the box: "minutes", ":00". */
  unit: string;
  /** One line under the field, saying what the number does. */
  hint?: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** Stores a valid number; a rejected promise shows its message. */
  save(value: number): Promise<unknown>;
}

/**
 * A number with its unit and an inline validation message. Only a valid number is stored; while
 * the box holds something else, the stored value stays and the message says what would fit.
 */
export function NumberField({ id, label, unit, hint, value, min, max, step, save }: NumberFieldProps) {
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => setDraft(String(value)), [value]);

  const commit = () => {
    const number = draft.trim() === '' ? Number.NaN : Number(draft);
    if (!Number.isFinite(number) || number < min || number > max) {
      setStatus('');
      // The unit stands beside the box; a word glued after a number would not translate.
      return setError(message('settingsNumberRange', [formatCount(min), formatCount(max), formatCount(value)]));
    }
    setError('');
    if (number === value) return;
    save(number).then(
      () => setStatus(message('settingsSaved')),
      (reason: unknown) => setError(message('settingsSaveFailed', [reason instanceof Error ? reason.message : String(reason)])),
    );
  };
  const describedBy = [hint ? `${id}-hint` : '', `${id}-message`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id} class="field__label">{label}</label>
      <div class="field__control">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(event) => {
            setDraft(event.currentTarget.value);
            setStatus('');
          }}
          onChange={commit}
        />
        <span class="field__unit">{unit}</span>
      </div>
      {hint && <p id={`${id}-hint`} class="field__hint muted">{hint}</p>}
      <p id={`${id}-message`} class={error ? 'field__message field__message--error' : 'field__message muted'} role={error ? 'alert' : 'status'}>
        {error || status}
      </p>
    </div>
  );
}
