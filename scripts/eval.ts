// npm run eval: how the judgement holds up on sources it never saw, against the plain baseline.
// Every figure comes from leave-one-source-out scores (training/loso.ts); nothing here is in-sample.
// Takes several minutes: two recipes × one training per source (the shipped recipe's scores are
// reused from npm run train when the data and recipe have not changed).
import { CATEGORIES, HEAD_COUNT } from '../model/categories';
import { WEIGHTS } from '../model/weights.generated';
import type { Doc } from '../training/corpus';
import { DATA_DIR, hasData } from '../training/data-dir';
import { featurise } from '../training/linear-heads';
import { crossFitted, figuresByHead, macro, outOfSource } from '../training/loso';
import { auroc } from '../training/metrics';
import { readOutOfSource, writeOutOfSource } from '../training/oof-cache';
import { baseline, BASELINE_PENALTIES, SHIPPED, type NamedRecipe } from '../training/recipes';
import { isOrdinary, loadSources } from '../training/sources';
import { AI_MIN_WORDS, longEnough, words } from '../training/thresholds';

if (!hasData()) {
  console.error(`training data not found at ${DATA_DIR} (set REALIGN_DATA to its folder)`);
  process.exit(1);
}
const started = Date.now();
const log = (s: string): void => console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${s}`);
const docs = loadSources();
const H = HEAD_COUNT;

function scores(r: NamedRecipe): Float64Array {
  const cached = readOutOfSource(r, docs);
  if (cached) { log(`${r.name}: out-of-source scores from .cache (same data and recipe)`); return cached; }
  log(`${r.name}: leave-one-source-out`);
  const logits = outOfSource(docs, featurise(docs.map((d) => d.text), r.markers), r.recipe, log);
  writeOutOfSource(r, docs, logits);
  return logits;
}

// The baseline's one penalty, for all heads, is the one with the best mean macro AUROC over the heads.
const meanMacro = (logits: Float64Array): number => CATEGORIES.reduce((a, c) => a + macro(figuresByHead(docs, logits, c)), 0) / CATEGORIES.length;
let base: Float64Array = new Float64Array(0), bestPenalty = 0, bestMean = -1;
const tried: string[] = [];
for (const l2 of BASELINE_PENALTIES) {
  const logits = scores(baseline(l2));
  const mean = meanMacro(logits);
  tried.push(`${l2}: ${mean.toFixed(3)}`);
  if (mean > bestMean) { bestMean = mean; base = logits; bestPenalty = l2; }
}
const ours = scores(SHIPPED);
const fitted = ((): Float64Array => {
  const cached = readOutOfSource(SHIPPED, docs, 'cross-fitted');
  if (cached) { log('Realign: cross-fitted scores from .cache (same data and recipe)'); return cached; }
  log('Realign: cross-fitted (4 folds)');
  const logits = crossFitted(docs, featurise(docs.map((d) => d.text), SHIPPED.markers), SHIPPED.recipe, 4, log);
  writeOutOfSource(SHIPPED, docs, logits, 'cross-fitted');
  return logits;
})();
const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  –  ');
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const pad = (s: string, n: number): string => s.padEnd(n);

console.log('Leave-one-source-out AUROC: each source scored by weights trained on every other source.');
console.log(`Plain baseline penalty chosen by leave-one-source-out: L2 ${bestPenalty} (mean macro AUROC over heads: ${tried.join(', ')}).`);
console.log('Macro = mean over the sources that have posts of that kind; * = a source of positives only, ranked against every human source\'s negatives.\n');
console.log(`${pad('head', 16)}${pad('baseline', 10)}${pad('Realign', 10)}worst source (Realign)`);
for (const c of CATEGORIES) {
  const b = figuresByHead(docs, base, c), o = figuresByHead(docs, ours, c);
  const worst = [...o].sort((x, y) => x.auroc - y.auroc)[0];
  console.log(`${pad(c, 16)}${pad(f3(macro(b)), 10)}${pad(f3(macro(o)), 10)}${worst ? `${worst.source} ${f3(worst.auroc)}` : ''}`);
}
console.log('\nPer source (baseline → Realign):');
for (const c of CATEGORIES) {
  const b = figuresByHead(docs, base, c), o = figuresByHead(docs, ours, c);
  console.log(`  ${pad(c, 16)}${o.map((x, i) => `${x.source}${x.against === 'pooled' ? '*' : ''} ${f3(b[i]!.auroc)}→${f3(x.auroc)}`).join(', ')}`);
}

// Label rates at the shipped thresholds (model/weights.generated.ts), on out-of-source scores.
const some = WEIGHTS.cards.map((card) => card.some), strong = WEIGHTS.cards.map((card) => card.strong);
const enough = CATEGORIES.map((c) => Uint8Array.from(docs, (d) => (longEnough(d, c) ? 1 : 0)));
const labelled = (r: number, h: number): boolean => ours[r * H + h]! >= some[h]! && enough[h]![r] === 1;
const sources = [...new Set(docs.map((d) => d.source))];
console.log('\nOrdinary human posts labelled at the shipped thresholds, per source (goal: any label ≤ 2%, each head ≤ 1%):');
console.log(`  ${pad('source', 16)}${pad('posts', 8)}${pad('any', 8)}${CATEGORIES.map((c) => pad(c.slice(0, 9), 10)).join('')}`);
let allOrdinary = 0, allAny = 0;
for (const s of sources) {
  const rows = docs.flatMap((d, r) => (d.source === s && isOrdinary(d) ? [r] : []));
  if (rows.length < 100) continue;
  const any = rows.filter((r) => CATEGORIES.some((_, h) => labelled(r, h))).length;
  allOrdinary += rows.length; allAny += any;
  const perHead = CATEGORIES.map((_, h) => pad(pct(rows.filter((r) => labelled(r, h)).length / rows.length), 10)).join('');
  console.log(`  ${pad(s, 16)}${pad(String(rows.length), 8)}${pad(pct(any / rows.length), 8)}${perHead}`);
}
console.log(`  ${pad('all', 16)}${pad(String(allOrdinary), 8)}${pct(allAny / allOrdinary)}`);

console.log('\nPosts of each kind caught at the shipped thresholds, per source: some signs / strong signs.');
console.log('First from a source never seen in training (leave-one-source-out), then [in brackets] a new post from a source it has seen (4-fold cross-fitted).');
for (const [h, c] of CATEGORIES.entries()) {
  const parts: string[] = [];
  for (const s of sources) {
    const rows = docs.flatMap((d: Doc, r) => (d.source === s && d.labels[c] === 1 && enough[h]![r] === 1 ? [r] : []));
    if (rows.length < 10) continue;
    const at = (logits: Float64Array, t: number): string => pct(rows.filter((r) => logits[r * H + h]! >= t).length / rows.length);
    parts.push(`${s} ${at(ours, some[h]!)} / ${at(ours, strong[h]!)} [${at(fitted, some[h]!)} / ${at(fitted, strong[h]!)}] (${rows.length})`);
  }
  const card = WEIGHTS.cards[h]!;
  console.log(`  ${pad(c, 16)}${parts.join(', ') || 'no held-out positives'}`);
  console.log(`  ${pad('', 16)}ordinary posts labelled: ${pct(card.ordinaryRate.some)} (worst source ${pct(card.ordinaryRate.worstSome)}); strong: ${pct(card.ordinaryRate.strong)} (worst ${pct(card.ordinaryRate.worstStrong)}); caught, cross-fitted: ${pct(card.caught.some)} / ${pct(card.caught.strong)}`);
}

console.log('\nThe ai head by length (AUROC, all sources with both classes pooled, out-of-source):');
const bands: [string, number, number][] = [['< 15 words', 0, 15], ['15–29', 15, 30], ['30–59', 30, 60], ['60–119', 60, 120], ['≥ 120', 120, Infinity]];
for (const [name, lo, hi] of bands) {
  const rows = docs.flatMap((d, r) => (d.labels.ai !== undefined && words(d.text) >= lo && words(d.text) < hi ? [r] : []));
  const y = rows.map((r) => docs[r]!.labels.ai!);
  const pos = y.filter((v) => v === 1).length;
  const caught = rows.filter((r, i) => y[i] === 1 && ours[r * H]! >= some[0]!).length;
  console.log(`  ${pad(name, 12)} ${pad(`${pos} AI / ${rows.length - pos} human`, 24)} AUROC ${f3(auroc(rows.map((r) => ours[r * H]!), y))}` +
    (lo >= AI_MIN_WORDS ? `, caught ${pct(caught / Math.max(pos, 1))}` : ', never labelled (too short to tell)'));
}
