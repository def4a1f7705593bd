// Cues that are shapes rather than phrases: a headline that opens with a number ("17 things…"),
// and phone numbers or money amounts (the hooks of SMS scams and prize messages).

import { CUE_INDEX as C } from './cue-list';
import { saturate } from './saturate';
import { KIND_NUMBER, KIND_SYMBOL, KIND_WORD, type TokenBuffer } from './tokenise';

export function computePatternCues(t: string, b: TokenBuffer, cues: Float32Array): void {
  let first = -1;
  for (let i = 0; i < b.count; i++) if (b.kind[i]! <= KIND_SYMBOL) { first = i; break; }
  if (first >= 0 && b.kind[first] === KIND_NUMBER && b.kind[first + 1] === KIND_WORD && first + 1 < b.count) cues[C.listicle] = 1;
  let hooks = 0;
  for (let i = 0; i < b.count; i++) {
    const kind = b.kind[i]!;
    if (kind === KIND_SYMBOL) {
      const c = t.charCodeAt(b.start[i]!);
      if (c !== 37 && i + 1 < b.count && b.kind[i + 1] === KIND_NUMBER) hooks++; // $20, £500
    } else if (kind === KIND_NUMBER) {
      let digits = 0;
      for (let j = b.start[i]!; j < b.end[i]!; j++) { const c = t.charCodeAt(j); if (c >= 48 && c <= 57) digits++; }
      if (digits >= 7) hooks++; // phone numbers, short codes excluded
    }
  }
  cues[C.contact_money] = saturate(hooks);
}
