import { useEffect, useState } from 'preact/hooks';
import { ConfirmStep } from './ConfirmStep';
import { FieldMessage } from './FieldMessage';
import { formatCount } from '../text/format';
import { message, type MessageKey } from '../text/i18n';
import { messageWith } from './message-with';
import { parsePlainNumber } from '../text/plain-number';
import type { Ask } from '../text/retention-ask';

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

interface NumberDraftOptions {
  value: number;
  min: number;
  max: number;
  save(value: number): Promise<unknown>;
  /** The status after a save, given the number stored and the one before; "Saved." by default. */
  savedStatus?(saved: number, before: number): string;
  /**
   * Asked before saving a valid number: what to confirm first (a change that deletes data), or
   * null to save at once. Until the person confirms, nothing is stored.
   */
  askFirst?(value: number, before: number): Promise<Ask | null>;
}

/**
 * The draft of a number box: only a valid number is stored; while the box holds something else,
 * the stored value stays and the message says what would fit.
 */
function useNumberDraft({ value, min, max, save, savedStatus, askFirst }: NumberDraftOptions) {
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState<{ number: number; ask: Ask } | null>(null);
  useEffect(() => setDraft(String(value)), [value]);

  const isInRange = (text: string) => {
    const number = parsePlainNumber(text);
    return Number.isFinite(number) && number >= min && number <= max;
  };
  const commit = () => {
    const number = parsePlainNumber(draft);
    if (!isInRange(draft)) {
      setStatus('');
      // The unit stands beside the box; a word glued after a number would not translate.
      return setError(message('settingsNumberRange', [formatCount(min), formatCount(max), formatCount(value)]));
    }
    setError('');
    if (number === value) return;
    if (!askFirst) return store(number);
    askFirst(number, value).then(
      (ask) => (ask ? setPending({ number, ask }) : store(number)),
      (reason: unknown) => setError(message('settingsSaveFailed', [reason instanceof Error ? reason.message : String(reason)])),
    );
  };
  const store = (number: number) => {
    save(number).then(
      () => setStatus(savedStatus ? savedStatus(number, value) : message('settingsSaved')),
      (reason: unknown) => setError(message('settingsSaveFailed', [reason instanceof Error ? reason.message : String(reason)])),
    );
  };
  /** The confirmation's two ways out: store what was typed, or put the stored value back in the box. */
  const confirm = {
    yes() {
      if (pending) store(pending.number);
      setPending(null);
    },
    no() {
      if (pending) setStatus(pending.ask.cancelled);
      setDraft(String(value));
      setPending(null);
    },
  };
  /** What the box needs besides its id, bounds and description. */
  const input = {
    type: 'number' as const,
    value: draft,
    'aria-invalid': error ? ('true' as const) : undefined,
    onInput: (event: { currentTarget: HTMLInputElement }) => {
      setDraft(event.currentTarget.value);
      setStatus('');
      setPending(null); // a question about a number no longer in the box
      // Cleared as soon as the box holds a number that fits, not only when it is saved.
      if (isInRange(event.currentTarget.value)) setError('');
    },
    onChange: commit,
  };
  return { error, status, input, pending, confirm };
}

/** A number with its unit and an inline validation message (see useNumberDraft). */
export function NumberField({ id, label, unit, hint, value, min, max, step, save }: NumberFieldProps) {
  const { error, status, input } = useNumberDraft({ value, min, max, save });
  const describedBy = [hint ? `${id}-hint` : '', `${id}-message`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id} class="field__label">{label}</label>
      <div class="field__control">
        <input id={id} inputMode="decimal" min={min} max={max} step={step} aria-describedby={describedBy} {...input} />
        <span class="field__unit">{unit}</span>
      </div>
      {hint && <p id={`${id}-hint`} class="field__hint muted">{hint}</p>}
      <FieldMessage id={id} error={error} status={status} />
    </div>
  );
}

export interface SentenceNumberFieldProps extends NumberDraftOptions {
  id: string;
  /** A whole sentence whose $1 is the box ("Keep detailed history for $1 days"). */
  sentence: MessageKey;
  step: number;
}

/**
 * A number box inside its sentence, which wraps word by word around it as running text does;
 * checked and saved as NumberField is.
 */
export function SentenceNumberField({ id, sentence, value, min, max, step, save, savedStatus, askFirst }: SentenceNumberFieldProps) {
  const { error, status, input, pending, confirm } = useNumberDraft({ value, min, max, save, savedStatus, askFirst });
  return (
    <div class="field">
      {/* biome-ignore lint/a11y/noLabelWithoutControl: the input sits inside the sentence, placed by messageWith */}
      <label class="field__sentence">
        {messageWith(sentence, <input id={id} inputMode="numeric" min={min} max={max} step={step} aria-describedby={`${id}-message`} {...input} />)}
      </label>
      <FieldMessage id={id} error={error} status={status} />
      {pending && (
        <ConfirmStep title={pending.ask.title} confirmLabel={pending.ask.confirmLabel} onConfirm={confirm.yes} onCancel={confirm.no}>
          <p>{pending.ask.body}</p>
        </ConfirmStep>
      )}
    </div>
  );
}
