// Ranking metrics on held-out posts: AUROC (ties counted half), PR-AUC as average precision,
// and recall at a fixed false-positive rate (the share of positives caught when at most 1% or
// 5% of negatives are flagged).

export function auroc(scores: readonly number[], labels: readonly number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let pos = 0, neg = 0, rankSum = 0;
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j < idx.length && scores[idx[j]!] === scores[idx[i]!]) j++;
    const avgRank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (labels[idx[k]!] === 1) { rankSum += avgRank; pos++; } else neg++;
    i = j;
  }
  if (pos === 0 || neg === 0) return NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export function averagePrecision(scores: readonly number[], labels: readonly number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const total = labels.filter((l) => l === 1).length;
  if (total === 0) return NaN;
  let tp = 0, ap = 0;
  idx.forEach((i, rank) => { if (labels[i] === 1) { tp++; ap += tp / (rank + 1); } });
  return ap / total;
}

export function recallAtFpr(scores: readonly number[], labels: readonly number[], fpr: number): number {
  const neg = scores.filter((_, i) => labels[i] !== 1).sort((a, b) => b - a);
  const pos = scores.filter((_, i) => labels[i] === 1);
  if (neg.length === 0 || pos.length === 0) return NaN;
  const allowed = Math.floor(neg.length * fpr);
  const cut = neg[allowed] ?? -Infinity; // flag only scores strictly above the (allowed+1)-th negative
  return pos.filter((s) => s > cut).length / pos.length;
}
