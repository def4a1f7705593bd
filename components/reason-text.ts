/**
 * The model's reasons in the person's language. The model writes its reasons in English, and that
 * English is what is stored, counted in the rollups and exported (a data format), so a reason is
 * translated only when it is shown: the stored text is matched back to its template in
 * model/cue-list.ts, and that template's message is filled with the post's own words.
 *
 *   "urgency: 'ends tonight'" ─▶ template "urgency: '%'" ─▶ message('reasonUrgency', ['ends tonight'])
 *   "urgency"                 ─▶ the same template, no words ─▶ message('reasonUrgencyUnquoted')
 *   "an older model's reason" ─▶ no template ─▶ shown as stored
 *
 * Keys: `reason` + the cue's key in PascalCase (share_demand → reasonShareDemand), and
 * `…Unquoted` for a quoting template whose cue fired without words to quote.
 */
import { CUES } from '../model/cue-list';
import { splitReasonTemplate, WORDING_REASONS } from '../model/explain';
import { message, type MessageKey } from './i18n';

export interface ReasonMessage {
  /** The English template, '%' where the post's words go. */
  template: string;
  key: MessageKey;
}

const pascalCase = (snake: string) => snake.replace(/(?:^|_)([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Every reason the model can write, with its message; a text two cues share ("ALL CAPS") once, under the first. */
export const REASON_MESSAGES: readonly ReasonMessage[] = (() => {
  const all: ReasonMessage[] = [];
  const add = (template: string, key: string) => {
    if (!all.some((known) => known.template === template)) all.push({ template, key: key as MessageKey });
  };
  for (const cue of CUES) {
    if (cue.reason === null) continue;
    const key = `reason${pascalCase(cue.key)}`;
    add(cue.reason, key);
    const { bare, quoted } = splitReasonTemplate(cue.reason);
    if (quoted) add(bare, `${key}Unquoted`);
  }
  // 'reads like template prose' is also llm_phrase's text without words, so it keeps that key.
  add(WORDING_REASONS.ai, 'reasonTemplateProse');
  add(WORDING_REASONS.manipulation, 'reasonTypicalWording');
  return all;
})();

const WHOLE = new Map(REASON_MESSAGES.filter((r) => !r.template.includes('%')).map((r) => [r.template, r.key]));
/** Longest opening first, so one template's opening that starts another's cannot take its reasons. */
const QUOTING = REASON_MESSAGES.filter((r) => r.template.includes('%'))
  .map((r) => ({ ...splitReasonTemplate(r.template), key: r.key }))
  .sort((a, b) => b.before.length - a.before.length);

/** The message behind a stored English reason and the post's words in it; null for text no template wrote. */
export function recogniseReason(text: string): { key: MessageKey; words: string[] } | null {
  const whole = WHOLE.get(text);
  if (whole) return { key: whole, words: [] };
  for (const t of QUOTING) {
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
