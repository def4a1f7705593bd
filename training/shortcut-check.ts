// Does the ai head lean on links, @mentions, hashtags or emoji? On the held-out Twitter check,
// score the test tweets three ways: as written; with all four stripped; and swapped (human
// tweets given a hashtag and emoji, AI tweets stripped of theirs). A model that used them as
// an authorship shortcut would lose AUROC on the swapped set; the baseline is shown beside.

import { BUCKETS } from '../model/ngrams';
import type { Lexicon } from '../model/phrase-cues';
import { featuriseBagOfWords } from './bag-of-words';
import type { Doc } from './corpus';
import { featuriseModel, type FeatureMatrix } from './feature-matrix';
import { CHECKS } from './folds';
import { DEFAULT_TRAIN, logitOf, trainHead, type TrainOptions } from './logistic';
import { auroc } from './metrics';
import { weighRows } from './sample-weights';
import { labelledRows, optionsFor } from './train-model';

const SHORTCUTS = /(https?:\/\/\S+|www\.\S+|[@#][\w]+|[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}]\uFE0F?)/gu;
const strip = (t: string): string => t.replace(SHORTCUTS, ' ').replace(/\s+/g, ' ').trim();

function aurocOn(docs: readonly Doc[], texts: string[], featurise: (t: string[]) => FeatureMatrix, o: TrainOptions, train: number[], test: number[]): number[] {
  const m = featurise(docs.map((d) => d.text));
  const head = trainHead(m, train, train.map((r) => docs[r]!.labels.ai!), weighRows(docs, train, 'ai'), o);
  const labels = test.map((r) => docs[r]!.labels.ai!);
  const variants = [test.map((r) => docs[r]!.text), test.map((r) => strip(docs[r]!.text)), texts];
  return variants.map((v) => {
    const vm = featurise(v);
    return auroc(v.map((_, i) => logitOf(vm, i, head)), labels);
  });
}

export function formatShortcutCheck(docs: readonly Doc[], lexicon: Lexicon): string {
  const check = CHECKS.find((c) => c.head === 'ai' && c.name.startsWith('Twitter'))!;
  const train = labelledRows(docs, 'ai', (d) => !check.heldOut(d, 0));
  const test = labelledRows(docs, 'ai', (d) => check.heldOut(d, 0));
  const swapped = test.map((r) => (docs[r]!.labels.ai === 1 ? strip(docs[r]!.text) : `${docs[r]!.text} #blessed 🙌✨`));
  const ours = aurocOn(docs, swapped, (t) => featuriseModel(t, lexicon, BUCKETS), optionsFor('ai'), train, test);
  const base = aurocOn(docs, swapped, featuriseBagOfWords, DEFAULT_TRAIN, train, test);
  const row = (name: string, i: number): string => `| ${name} | ${ours[i]!.toFixed(3)} | ${base[i]!.toFixed(3)} |`;
  return [
    'Shortcut check, ai head, held-out Twitter posts (AUROC):',
    '',
    '| test posts | model | bag-of-words |',
    '|---|---|---|',
    row('as written', 0),
    row('links, @mentions, hashtags, emoji stripped', 1),
    row('swapped: human given "#blessed 🙌✨", AI stripped', 2),
  ].join('\n');
}
