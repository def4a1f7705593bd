// Reasons a person can read, for the labelled heads only. A reason is shown only when a real,
// positive contribution to that head's score stands behind it: at least MIN_REASON_LOGIT of
// logit (≈ the score moving from 50% to 57%). Cues sharing a text ("ALL CAPS" from both the caps
// ratio and the caps count) are merged, then ordered by contribution.

import { CUE_COUNT, CUES } from './cue-list';
import type { Features } from './features';
import type { Model } from './load-model';
import { ngramLogit } from './score';

export const MIN_REASON_LOGIT = 0.3;
export const MAX_REASONS_PER_LABEL = 3;
const MAX_QUOTE_CHARS = 32;

function quote(f: Features, cue: number): string {
  const s = f.matches.start[cue]!, e = f.matches.end[cue]!;
  const q = f.text.slice(s, Math.min(e, s + MAX_QUOTE_CHARS)).toLowerCase();
  return q.length > 0 ? q : '…';
}

function reasonText(f: Features, cue: number): string | null {
  const r = CUES[cue]!.reason;
  if (r === null) return null;
  if (!r.includes('%')) return r;
  return f.matches.tokens[cue]! > 0 ? r.replace('%', quote(f, cue)) : r.replace(/:? ?'%'/, '');
}

/** Reasons for one head, strongest first, as [text, contribution] pairs. */
export function explainHead(f: Features, m: Model, head: number): [string, number][] {
  const merged = new Map<string, number>();
  const o = head * CUE_COUNT;
  for (let c = 0; c < CUE_COUNT; c++) {
    const x = f.cues[c]!;
    if (x === 0) continue;
    const contribution = m.cueWeights[o + c]! * x;
    if (contribution <= 0) continue;
    const text = reasonText(f, c);
    if (text !== null) merged.set(text, (merged.get(text) ?? 0) + contribution);
  }
  // The hashed n-grams have no single name; when their share is large and positive for the
  // `ai` head it is the wording as a whole, so say that.
  if (head === 0 && ngramLogit[0]! > 0) merged.set('reads like template prose', ngramLogit[0]!);
  else if (head !== 0 && ngramLogit[head]! > 0) merged.set('wording typical of such posts', ngramLogit[head]!);
  return [...merged.entries()]
    .filter(([, v]) => v >= MIN_REASON_LOGIT)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_REASONS_PER_LABEL);
}
