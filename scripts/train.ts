// npm run train: rebuild model/weights.generated.ts from ../shared/data (deterministic).
//
//   sources ─▶ grams ─┬─ leave-one-source-out scores ─▶ thresholds, score table
//                     ├─ cross-fitted scores ────────▶ share of each kind caught (head cards)
//                     └─ every source ───────────────▶ weights
import { hasData, DATA_DIR } from '../training/data-dir';
import { featurise } from '../training/linear-heads';
import { crossFitted, outOfSource, train, trainingRows } from '../training/loso';
import { SHIPPED } from '../training/recipes';
import { loadSources } from '../training/sources';
import { chooseThresholds } from '../training/thresholds';
import { buildWeightsFile, writeWeightsFile } from '../training/write-weights';
import { readOutOfSource, writeOutOfSource } from '../training/oof-cache';

if (!hasData()) {
  console.error(`training data not found at ${DATA_DIR} (set REALIGN_DATA to its folder)`);
  process.exit(1);
}
const started = Date.now();
const log = (s: string): void => console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${s}`);
const docs = loadSources();
log(`loaded ${docs.length} posts`);
const matrix = featurise(docs.map((d) => d.text), SHIPPED.markers);
// Held-out scores are reused from .cache when the posts and the recipe are the same (--fresh: never).
const fresh = process.argv.includes('--fresh');
const cached = (kind: string): Float64Array | null => (fresh ? null : readOutOfSource(SHIPPED, docs, kind));
let logits = cached('out-of-source');
if (logits) log('leave-one-source-out scores from .cache (same posts and recipe)');
else {
  log('leave-one-source-out scores for the thresholds:');
  logits = outOfSource(docs, matrix, SHIPPED.recipe, log);
  writeOutOfSource(SHIPPED, docs, logits);
}
let fitted = cached('cross-fitted');
if (fitted) log('cross-fitted scores from .cache (same posts and recipe)');
else {
  log('cross-fitted scores for the share of each kind caught:');
  fitted = crossFitted(docs, matrix, SHIPPED.recipe, 4, log);
  writeOutOfSource(SHIPPED, docs, fitted, 'cross-fitted');
}
const thresholds = chooseThresholds(docs, logits, fitted);
log(`ordinary posts with any label at the chosen thresholds: ${(thresholds.anyLabelRate * 100).toFixed(2)}%`);
const model = train(docs, matrix, Int32Array.from(trainingRows(docs)), SHIPPED.recipe);
const path = writeWeightsFile(buildWeightsFile(model, thresholds));
log(`wrote ${path}`);
