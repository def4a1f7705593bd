/**
 * The one line under a field or a small form: what was saved (muted, a status) or why not (red and
 * bold, an alert), never both. Its id is `${id}-message`, for the box's aria-describedby.
 * Every form on the welcome and settings pages reports through this, so an error looks the same
 * everywhere; each form clears its error as soon as the box it is about is edited.
 */
export function FieldMessage({ id, error, status }: { id: string; error: string; status: string }) {
  return (
    <p
      id={`${id}-message`}
      class={error ? 'field__message field__message--error' : 'field__message muted'}
      role={error ? 'alert' : 'status'}
      aria-live="polite"
    >
      {error || status}
    </p>
  );
}
