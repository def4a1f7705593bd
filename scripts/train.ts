// npm run train: rebuild model/weights.generated.ts from ../shared/data (deterministic).
import { loadLexicon } from '../model/load-model';
import { buildLexicon } from '../training/build-lexicon';
import { hasData, DATA_DIR } from '../training/data-dir';
import { loadCorpus } from '../training/load-data';
import { trainShippedModel } from '../training/train-model';
import { buildWeightsFile, writeWeightsFile } from '../training/write-weights';

if (!hasData()) {
  console.error(`training data not found at ${DATA_DIR} (set REALIGN_DATA to its folder)`);
  process.exit(1);
}
const started = Date.now();
const log = (s: string): void => console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${s}`);
const docs = loadCorpus();
log(`loaded ${docs.length} posts`);
const lexiconFile = buildLexicon();
const { heads } = trainShippedModel(docs, loadLexicon(lexiconFile), log);
const path = writeWeightsFile(buildWeightsFile(heads, lexiconFile));
log(`wrote ${path}`);
