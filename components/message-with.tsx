import { type ComponentChildren, Fragment } from 'preact';
import { message, type MessageKey } from '../text/i18n';

/** Private-use characters stand in for the elements: no message or substitution contains them. */
const marker = (i: number) => String.fromCharCode(0xe000 + i);
const MARKERS = /([\ue000-\ue0ff])/;

/**
 * A whole sentence from _locales with elements inside it ("Taken <strong>3</strong>"), so the
 * translation decides where the figure or the link goes. Each element takes the place of one
 * substitution ($1, $2…) of `key`, in order. The pieces are keyed by their place in the sentence,
 * which a translation fixes.
 */
export function messageWith(key: MessageKey, ...parts: readonly ComponentChildren[]): ComponentChildren[] {
  const text = message(key, parts.map((_, i) => marker(i)));
  return text
    .split(MARKERS)
    .filter((piece) => piece !== '')
    // biome-ignore lint/suspicious/noArrayIndexKey: a piece's place in the sentence is what it is; the translation fixes the order
    .map((piece, place) => <Fragment key={place}>{MARKERS.test(piece) ? parts[piece.charCodeAt(0) - 0xe000] : piece}</Fragment>);
}
