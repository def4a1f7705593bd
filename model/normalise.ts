// Text normalisation: the first step of every judgement.
//
//   raw post ─▶ bounded prefix ─▶ markup stripped ─▶ entities decoded ─▶ NFKC + quote folding
//
// Only the first MAX_JUDGED_CHARS characters are judged. A feed post is rarely longer than
// ~2,000 characters, the cues live in the opening, and the cap keeps a 100 KB paste to the cost
// of a long post (bench: ~2,000 chars judged in tens of µs), so hostile input cannot stall a page.

export const MAX_JUDGED_CHARS = 3000;

const NEEDS_NFKC = /[\u00a0\u2000-\u200a\u2024-\u2026\u2100-\u214f\u2460-\u24ff\ufb00-\ufb06\uff00-\uffef]|\ud835/;
const CURLY = /[\u2018\u2019\u201b\u2032\u201c\u201d\u201e\u2033]/;

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'",
};

/** Cut to MAX_JUDGED_CHARS without splitting a surrogate pair. */
export function takePrefix(text: string): string {
  if (text.length <= MAX_JUDGED_CHARS) return text;
  let end = MAX_JUDGED_CHARS;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

export function normaliseText(raw: string): string {
  let t = takePrefix(typeof raw === 'string' ? raw : String(raw ?? ''));
  if (t.indexOf('<') !== -1) t = t.replace(/<\/?[a-zA-Z][^<>]{0,300}>/g, ' ');
  if (t.indexOf('&') !== -1) {
    t = t.replace(/&(#?[a-zA-Z0-9]{1,6});/g, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
  }
  // NFKC folds 𝐛𝐨𝐥𝐝 and ｆｕｌｌｗｉｄｔｈ letters, ligatures, odd spaces and "…" to plain text; it
  // runs only when such characters are present (most posts, even with emoji, skip it).
  if (NEEDS_NFKC.test(t)) t = t.normalize('NFKC');
  // Curly quotes are folded because in the training data they mark the source (12% of
  // GoEmotions, 0% of the generated posts), not the author.
  if (CURLY.test(t)) t = t.replace(/[\u2018\u2019\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"');
  return t;
}
