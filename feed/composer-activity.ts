/**
 * Notices that the person is typing in a composer (a post, a reply, a comment) and tells the
 * background, so that time counts as creating. It never reads what is typed, nor which key:
 * only that a key went down or the text changed in an editable box.
 *
 *   keydown / input (capture, anywhere in the page) ─▶ in a textarea or contenteditable?
 *     ─▶ first beat at once, then at most one every 5 s ─▶ beat()
 *
 * 5 s: often enough for the background's 15 s hold (activity/tracker.ts COMPOSING_HOLD_MS) to
 * survive two lost beats, rare enough to cost nothing while typing.
 */
export const HEARTBEAT_EVERY_MS = 5_000;

export interface ComposerActivityDeps {
  /** The page's document (or any root events bubble to). */
  target: Pick<Document, 'addEventListener' | 'removeEventListener'>;
  now(): number;
  beat(): void;
}

/** Search boxes and single-line fields are not composing; text areas and rich editors are. */
export function isComposer(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as Element;
  if (element.tagName === 'TEXTAREA') return true;
  const editable = element.closest('[contenteditable]');
  return editable !== null && editable.getAttribute('contenteditable') !== 'false';
}

/** Starts listening; returns a function that stops. */
export function watchComposerActivity(deps: ComposerActivityDeps): () => void {
  let lastBeat = -Infinity;
  const onTyping = (event: Event) => {
    // composedPath()[0]: the real target inside an open shadow root (some editors live in one).
    if (!isComposer(event.composedPath()[0] ?? event.target)) return;
    const now = deps.now();
    if (now - lastBeat < HEARTBEAT_EVERY_MS) return;
    lastBeat = now;
    deps.beat();
  };
  const options = { capture: true, passive: true };
  deps.target.addEventListener('keydown', onTyping, options);
  deps.target.addEventListener('input', onTyping, options);
  return () => {
    deps.target.removeEventListener('keydown', onTyping, options);
    deps.target.removeEventListener('input', onTyping, options);
  };
}
