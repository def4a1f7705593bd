// AUROC on held-out posts: the chance that a post of the kind scores above an ordinary one (ties counted half).

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
