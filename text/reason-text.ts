/**
 * The model's reasons in the person's language. The model writes its reasons in English, and that
 * English is what is stored, counted in the rollups and exported (a data format), so a reason is
 * translated only when it is shown: the stored text is matched back to its kind's template in
 * model/explain.ts, and that template's message is filled with the post's own words.
 *
 *   "wording typical of scams: 'confirm your account'" ─▶ message('reasonWordingScam', ['confirm your account'])
 *   "an older model's reason"                          ─▶ no template ─▶ shown as stored
 */
import { CATEGORIES } from '../model/categories';
import { REASON_TEMPLATES } from '../model/explain';
import { message, type MessageKey } from './i18n';

export interface ReasonMessage {
  /** The English template, '%' where the post's words go. */
  template: string;
  key: MessageKey;
}

const pascalCase = (snake: string) => snake.replace(/(?:^|_)([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Every reason the model can write, with its message: `reasonWording` + the kind in PascalCase. */
export const REASON_MESSAGES: readonly ReasonMessage[] = CATEGORIES.map((c) => ({
  template: REASON_TEMPLATES[c],
  key: `reasonWording${pascalCase(c)}` as MessageKey,
}));

const TEMPLATES = REASON_MESSAGES.map((r) => {
  const at = r.template.indexOf('%');
  return { before: r.template.slice(0, at), after: r.template.slice(at + 1), key: r.key };
});

/** The message behind a stored English reason and the post's words in it; null for text no template wrote. */
export function recogniseReason(text: string): { key: MessageKey; words: string[] } | null {
  for (const t of TEMPLATES) {
    if (text.length > t.before.length + t.after.length && text.startsWith(t.before) && text.endsWith(t.after)) {
      return { key: t.key, words: [text.slice(t.before.length, text.length - t.after.length)] };
    }
  }
  return null;
}

/** A stored reason as the person should read it: translated when it is one of the model's, else as stored. */
export function localReason(text: string): string {
  const found = recogniseReason(text);
  return found ? message(found.key, found.words) : text;
}
