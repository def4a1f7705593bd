// The phrase table: every cue phrase (hand-written lists plus the data-derived lists shipped in
// the weights) keyed by its token-hash chain, so matching needs no strings and usually one table
// lookup per token: a chain is only extended while it is still the prefix of some phrase.
//
// Entry value layout (one number per key):
//   bit 0        prefix of a longer phrase
//   bits 1..21   up to three cue indices, 7 bits each, stored as index + 1 (0 = none)

import { hashPhrase } from './hash';
import { IntTable } from './int-table';
import { CUE_COUNT, CUE_INDEX, type CueKey } from './cue-list';
import { PHRASES } from './phrase-lists';
import { hashPhraseTokens, NUMBER_HASH } from './tokenise';

export const MAX_PHRASE_TOKENS = 6;
export const PREFIX_BIT = 1;

export type PhraseTable = IntTable;

function addCue(table: PhraseTable, key: number, cue: number): void {
  const v = table.get(key, 0);
  for (let slot = 0; slot < 3; slot++) {
    const shift = 1 + slot * 7;
    const existing = (v >>> shift) & 127;
    if (existing === cue + 1) return;
    if (existing === 0) { table.set(key, v | ((cue + 1) << shift)); return; }
  }
}

/** Add one phrase given as token hashes (prefix entries included). */
export function addPhraseHashes(table: PhraseTable, hashes: readonly number[], cue: number): void {
  if (hashes.length === 0 || hashes.length > MAX_PHRASE_TOKENS || cue < 0 || cue >= CUE_COUNT) return;
  for (let len = 1; len < hashes.length; len++) {
    const k = hashPhrase(hashes.slice(0, len));
    table.set(k, table.get(k, 0) | PREFIX_BIT);
  }
  addCue(table, hashPhrase(hashes), cue);
}

/** Token hashes of a written phrase; the placeholder NUM stands for any number. */
export function phraseToHashes(phrase: string): number[] {
  const words = phrase.split(' ');
  const out: number[] = [];
  for (const w of words) {
    if (w === 'NUM') out.push(NUMBER_HASH);
    else if (w === 'NUM%') out.push(NUMBER_HASH, ...hashPhraseTokens('%'));
    else out.push(...hashPhraseTokens(w));
  }
  return out;
}

export function buildHandPhraseTable(): PhraseTable {
  const table: PhraseTable = new IntTable(4096);
  for (const [key, list] of Object.entries(PHRASES)) {
    const cue = CUE_INDEX[key as CueKey];
    for (const phrase of list ?? []) addPhraseHashes(table, phraseToHashes(phrase), cue);
  }
  return table;
}

/** Decode the cue indices stored in an entry. */
export function cuesOf(entry: number, out: number[]): number {
  let n = 0;
  for (let slot = 0; slot < 3; slot++) {
    const c = (entry >>> (1 + slot * 7)) & 127;
    if (c !== 0) out[n++] = c - 1;
  }
  return n;
}
