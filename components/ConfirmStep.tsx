import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { message } from '../text/i18n';

/**
 * An in-page confirmation for something that cannot be undone: a labelled group that takes focus
 * when it appears, says what will happen, and offers the action and a way back. Escape cancels.
 * (Not window.confirm: it cannot be styled, read well or tested, and some browsers suppress it.)
 */
export function ConfirmStep(props: { title: string; children: ComponentChildren; confirmLabel: string; onConfirm: () => void; onCancel: () => void; isBusy?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a question and its two answers, not form fields; a fieldset would announce a form
    <div
      ref={ref}
      class="confirm-step"
      role="group"
      aria-labelledby="confirm-title"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <p id="confirm-title" class="confirm-step__title">{props.title}</p>
      <div class="confirm-step__body">{props.children}</div>
      <div class="confirm-step__actions">
        <button type="button" class="danger" disabled={props.isBusy} onClick={props.onConfirm}>{props.confirmLabel}</button>
        <button type="button" onClick={props.onCancel}>{message('reportConfirmCancel')}</button>
      </div>
    </div>
  );
}
