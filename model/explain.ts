// Reasons a person can read, for the labelled heads only. A reason is shown only when a real,
// positive contribution to that head's score stands behind it: at least MIN_REASON_LOGIT of
// logit (≈ the score moving from 50% to 57%). Cues sharing a text ("ALL CAPS" from both the caps
// ratio and the caps count) are merged, then ordered by contribution.

import { CATEGORIES } from './categories';
import { CUE_COUNT, CUE_INDEX, CUES, OWN_CUES } from './cue-list';
import type { Features } from './features';
import type { Model } from './load-model';
import { ngramLogit } from './score';

export const MIN_REASON_LOGIT = 0.3;
export const MAX_REASONS_PER_LABEL = 3;
const MAX_QUOTE_CHARS = 32;
/**
 * The hashed n-grams have no single name; when their share is positive it is the wording as a
 * whole, so say that: the `ai` head (0) in its own words, the manipulation heads alike.
 */
export const WORDING_REASONS = { ai: 'reads like template prose', manipulation: 'wording typical of such posts' } as const;

/** A reason template split at its '%': the text around the quoted words, and the text without them. */
export interface ReasonTemplate { before: string; after: string; bare: string; quoted: boolean }

export function splitReasonTemplate(reason: string): ReasonTemplate {
  const at = reason.indexOf('%');
  if (at < 0) return { before: reason, after: '', bare: reason, quoted: false };
  return { before: reason.slice(0, at), after: reason.slice(at + 1), bare: reason.replace(/:? ?'%'/, ''), quoted: true };
}

/** Per head, per cue: 1 where the cue is one of that kind's own (OWN_CUES); every cue for `ai`. */
const OWN: Uint8Array[] = CATEGORIES.map((category) => {
  const own = new Uint8Array(CUE_COUNT);
  if (category === 'ai') own.fill(1);
  else for (const key of OWN_CUES[category]) own[CUE_INDEX[key]] = 1;
  return own;
});

// Reason templates split once at load, so explaining costs a slice and a concatenation.
const TEMPLATES: (ReasonTemplate | null)[] = CUES.map((c) => (c.reason === null ? null : splitReasonTemplate(c.reason)));

function reasonText(f: Features, cue: number): string | null {
  const t = TEMPLATES[cue];
  if (!t) return null;
  if (!t.quoted) return t.before;
  if (f.matches.tokens[cue]! === 0) return t.bare;
  const s = f.matches.start[cue]!;
  const quote = f.text.slice(s, Math.min(f.matches.end[cue]!, s + MAX_QUOTE_CHARS)).toLowerCase();
  return t.before + quote + t.after;
}

/**
 * Reasons for one head, strongest first, as [text, contribution] pairs; none unless at least one
 * of them is the kind's own (OWN_CUES, or the wording the head learned), so a label never rests
 * on cues every kind shares. (`requireOwn` false: the rule before it, for `npm run eval`'s comparison.)
 */
export function explainHead(f: Features, m: Model, head: number, requireOwn = true): [string, number][] {
  const found: [string, number][] = [];
  const add = (text: string, contribution: number): void => {
    for (const r of found) if (r[0] === text) { r[1] += contribution; return; }
    found.push([text, contribution]);
  };
  const o = head * CUE_COUNT;
  const own = OWN[head]!;
  let hasOwn = false;
  for (let c = 0; c < CUE_COUNT; c++) {
    const x = f.cues[c]!;
    if (x === 0) continue;
    const contribution = m.cueWeights[o + c]! * x;
    if (contribution <= 0 || TEMPLATES[c] === null) continue;
    add(reasonText(f, c)!, contribution);
    if (own[c] === 1 && contribution >= MIN_REASON_LOGIT) hasOwn = true;
  }
  const wording = ngramLogit[head]!;
  if (wording > 0) add(head === 0 ? WORDING_REASONS.ai : WORDING_REASONS.manipulation, wording);
  if (wording >= MIN_REASON_LOGIT) hasOwn = true;
  if (requireOwn && !hasOwn) return [];
  return found.filter((r) => r[1] >= MIN_REASON_LOGIT).sort((a, b) => b[1] - a[1]).slice(0, MAX_REASONS_PER_LABEL);
}
