// Prints eval results as a Markdown table (pasted as-is into docs/model-card.md): each figure is
// "model (bag-of-words baseline)".

import type { CheckResult, Figures } from './evaluate';

const f = (x: number): string => (Number.isNaN(x) ? '–' : x.toFixed(3));
const pair = (r: CheckResult, k: keyof Figures): string => `${f(r.model[k])} (${f(r.baseline[k])})`;

export function formatTable(results: readonly CheckResult[]): string {
  const lines = [
    '| head | held-out source | pos / neg | AUROC | Δ AUROC | PR-AUC | recall @1% FPR | recall @5% FPR |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const delta = r.model.auroc - r.baseline.auroc;
    lines.push(`| ${r.check.head} | ${r.check.name} | ${r.positives} / ${r.negatives} | ${pair(r, 'auroc')} | ${delta >= 0 ? '+' : ''}${delta.toFixed(3)} | ${pair(r, 'prAuc')} | ${pair(r, 'recall1')} | ${pair(r, 'recall5')} |`);
  }
  return lines.join('\n');
}
