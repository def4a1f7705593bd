// npm run eval: cross-source figures per head, model vs bag-of-words baseline (see training/folds.ts).
import { loadLexicon } from '../model/load-model';
import { buildLexicon } from '../training/build-lexicon';
import { DATA_DIR, hasData } from '../training/data-dir';
import { evaluateAll } from '../training/evaluate';
import { loadCorpus } from '../training/load-data';
import { formatTable } from '../training/report-table';
import { formatShortcutCheck } from '../training/shortcut-check';
import { CATEGORIES } from '../model/categories';
import { judgeWithModel } from '../model/judge';
import { loadModel } from '../model/load-model';
import { WEIGHTS } from '../model/weights.generated';
import { blindSpots, formatLabelRates, judgeUnderBothRules, labelRates } from '../training/label-rates';

if (!hasData()) {
  console.error(`training data not found at ${DATA_DIR} (set REALIGN_DATA to its folder)`);
  process.exit(1);
}
const started = Date.now();
const log = (s: string): void => console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${s}`);
const docs = loadCorpus();
const lexicon = loadLexicon(buildLexicon());
const results = evaluateAll(docs, lexicon, log);
console.log('Cross-source evaluation: each figure is model (bag-of-words baseline), on posts from a source the weights never saw.\n');
console.log(formatTable(results));
console.log('\n' + formatShortcutCheck(docs, lexicon));

// Labels as judge() gives them with the shipped weights: the own-cue rule against the rule before it.
const shipped = loadModel(WEIGHTS);
const judged = judgeUnderBothRules(docs, (t) => judgeWithModel(shipped, t), (t) => judgeWithModel(shipped, t, undefined, false));
const rates = labelRates(docs, CATEGORIES, judged);
console.log('\nLabels as shipped (weights and thresholds of model/weights.generated.ts), on the posts they were trained on (in-sample):');
console.log('with the own-cue rule, with any reason (the rule before it), and a plain score threshold set to the rule\'s false-label rate.\n');
console.log(formatLabelRates(rates));
console.log('\nBlind spots (model card), same posts and rules:\n');
console.log(blindSpots(docs, judged));
