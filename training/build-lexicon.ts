// Builds the shipped lexicon tables from the data's lexicons (VADER, VADER emoji, AFINN-165,
// the Stop Clickbait hyperbole and phrase lists), encoded the way weights.generated.ts stores
// them. Words are stored as hashes only: the model needs to look words up, never to list them.

import { encodeBase64 } from '../model/base64';
import { CUE_INDEX } from '../model/cue-list';
import { hashWord } from '../model/hash';
import { phraseToHashes } from '../model/phrase-table';
import { VALENCE_SCALE, type WeightsFile } from '../model/weights-format';
import { readDataFile } from './load-data';

function u32(values: readonly number[]): string {
  const bytes = new Uint8Array(values.length * 4);
  values.forEach((v, i) => { bytes[i * 4] = v & 255; bytes[i * 4 + 1] = (v >>> 8) & 255; bytes[i * 4 + 2] = (v >>> 16) & 255; bytes[i * 4 + 3] = (v >>> 24) & 255; });
  return encodeBase64(bytes);
}

function i8(values: readonly number[]): string {
  return encodeBase64(Uint8Array.from(values.map((v) => Math.max(-127, Math.min(127, Math.round(v))) & 255)));
}

function readWordValence(): Map<string, number> {
  const valence = new Map<string, number>();
  // AFINN first (−5..5 rescaled to VADER's −4..4), then VADER wins where both rate a word.
  for (const l of readDataFile('lexicons/afinn-165.txt').split('\n')) {
    const [w, s] = l.split('\t');
    if (w && s && !w.includes(' ')) valence.set(w.toLowerCase(), Number(s) * 0.8);
  }
  for (const l of readDataFile('lexicons/vader_lexicon.txt').split('\n')) {
    const [w, s] = l.split('\t');
    if (w && s && /^[a-z][a-z']*$/i.test(w)) valence.set(w.toLowerCase(), Number(s));
  }
  return valence;
}

export function buildLexicon(): WeightsFile['lexicon'] {
  const valence = readWordValence();
  const words = [...valence.entries()].filter(([, v]) => Math.abs(v) >= 0.5);
  // An emoji's valence is the mean VADER valence of the words in its description.
  const emoji: [number, number][] = [];
  for (const l of readDataFile('lexicons/vader_emoji_lexicon.txt').split('\n')) {
    const [e, desc] = l.split('\t');
    if (!e || !desc) continue;
    const cp = e.codePointAt(0)!;
    const vs = desc.toLowerCase().split(/[^a-z']+/).map((w) => valence.get(w)).filter((v): v is number => v !== undefined);
    if (vs.length > 0 && [...e].length === 1) emoji.push([cp, (vs.reduce((a, b) => a + b, 0) / vs.length) * VALENCE_SCALE]);
  }
  const phrases: [number[], number][] = [];
  for (const w of readDataFile('clickbait/hyperbolic.txt').split('\n')) {
    // Words only: the list also holds "what?", which made every "what" hyperbole.
    if (/^[a-z][a-z-]*$/i.test(w.trim())) phrases.push([phraseToHashes(w.trim().toLowerCase()), CUE_INDEX.hyperbole]);
  }
  // Only the specific common phrases (3+ words): "of the", "in a" carry no clickbait signal.
  for (const p of readDataFile('clickbait/common_phrases.txt').split('\n')) {
    const clean = p.trim().toLowerCase().replace(/ ' /g, "'").replace(/ ’ /g, "'").replace(/<d>/g, 'NUM');
    if (clean.includes('<') || clean.split(' ').length < 3) continue;
    phrases.push([phraseToHashes(clean), CUE_INDEX.clickbait_phrase]);
  }
  const usable = phrases.filter(([h]) => h.length > 0 && h.length <= 6);
  return {
    words: u32(words.map(([w]) => hashWord(w))),
    wordValence: i8(words.map(([, v]) => v * VALENCE_SCALE)),
    emoji: u32(emoji.map(([cp]) => cp)),
    emojiValence: i8(emoji.map(([, v]) => v)),
    phraseHashes: u32(usable.flatMap(([h]) => h)),
    phraseLengths: i8(usable.map(([h]) => h.length)),
    phraseCues: i8(usable.map(([, c]) => c)),
  };
}
