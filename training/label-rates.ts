// How the shipped model labels posts, as judge() does (threshold, then reasons), per head:
//
//   caught        share of the posts a source marks as that kind that get the label
//   false labels  share of the posts a source marks as not that kind that get it anyway
//
// with the own-cue rule (a label needs one of its kind's own cues, model/cue-list.ts OWN_CUES)
// and with the rule before it (any reason), and what a plain score threshold alone would catch
// at the rule's false-label rate. On the corpus the weights were trained on, so the figures are
// in-sample: they compare the two rules with each other, not with the world.

import type { Category } from '../model/categories';
import type { Judgement } from '../model/judge';
import type { Doc } from './corpus';

export interface LabelRates {
  category: Category;
  positives: number;
  negatives: number;
  caught: number;
  falseLabels: number;
  caughtAnyReason: number;
  falseAnyReason: number;
  /** Caught by `score ≥ t` alone, with t set so that as many negatives pass as under the rule. */
  caughtByThreshold: number;
}

type Judge = (text: string) => Judgement;

/** Each post judged under both rules, once, in the order of `docs`: what the tables below read. */
export interface BothRules { own: Judgement; any: Judgement }

export function judgeUnderBothRules(docs: readonly Doc[], ownRule: Judge, anyReason: Judge): BothRules[] {
  return docs.map((doc) => ({ own: ownRule(doc.text), any: anyReason(doc.text) }));
}

export function labelRates(docs: readonly Doc[], categories: readonly Category[], judged: readonly BothRules[]): LabelRates[] {
  return categories.map((category) => {
    const positives: number[] = [], negatives: number[] = [];
    let caught = 0, falseLabels = 0, caughtAny = 0, falseAny = 0;
    docs.forEach((doc, i) => {
      const label = doc.labels[category];
      if (label === undefined) return;
      const { own, any } = judged[i]!;
      const byRule = own.labels.includes(category), byAny = any.labels.includes(category);
      if (label === 1) {
        positives.push(own.scores[category]);
        caught += +byRule; caughtAny += +byAny;
      } else {
        negatives.push(own.scores[category]);
        falseLabels += +byRule; falseAny += +byAny;
      }
    });
    negatives.sort((a, b) => b - a);
    // The score that exactly `falseLabels` negatives exceed; ties count against the threshold.
    const bar = negatives[falseLabels] ?? -Infinity;
    const share = (n: number, of: number) => (of === 0 ? Number.NaN : n / of);
    return {
      category,
      positives: positives.length,
      negatives: negatives.length,
      caught: share(caught, positives.length),
      falseLabels: share(falseLabels, negatives.length),
      caughtAnyReason: share(caughtAny, positives.length),
      falseAnyReason: share(falseAny, negatives.length),
      caughtByThreshold: share(positives.filter((s) => s > bar).length, positives.length),
    };
  });
}

const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);

export function formatLabelRates(rows: readonly LabelRates[]): string {
  const lines = [
    '| head | pos / neg | caught | false labels | caught, any reason | false labels, any reason | caught by a threshold alone at the same false rate |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(`| ${r.category} | ${r.positives} / ${r.negatives} | ${pct(r.caught)} | ${pct(r.falseLabels)} | ${pct(r.caughtAnyReason)} | ${pct(r.falseAnyReason)} | ${pct(r.caughtByThreshold)} |`);
  }
  return lines.join('\n');
}

/**
 * The model card's blind spots, counted the same way under both rules: ordinary posts (no kind
 * marked present by their source) labelled outrage or fear, per source; the written pressure ads
 * labelled scam; and how many labelled posts carry two manipulation labels or more.
 */
export function blindSpots(docs: readonly Doc[], judged: readonly BothRules[]): string {
  const manipulation = (j: Judgement) => j.labels.filter((label) => label !== 'ai');
  const alarmed = (j: Judgement) => j.labels.includes('outrage') || j.labels.includes('fear');
  const sources = new Map<string, [number, number, number]>();
  let ads = 0, adsScam = 0, adsScamAny = 0, labelled = 0, several = 0, severalAny = 0;
  for (const [i, doc] of docs.entries()) {
    const { own, any } = judged[i]!;
    if (Object.values(doc.labels).every((label) => label !== 1)) {
      const row = sources.get(doc.source) ?? [0, 0, 0];
      sources.set(doc.source, [row[0] + 1, row[1] + +alarmed(own), row[2] + +alarmed(any)]);
    }
    if (doc.source === 'pairs' && doc.labels.fomo === 1) {
      ads++; adsScam += +own.labels.includes('scam'); adsScamAny += +any.labels.includes('scam');
    }
    if (manipulation(any).length > 0 || manipulation(own).length > 0) {
      labelled++; several += +(manipulation(own).length >= 2); severalAny += +(manipulation(any).length >= 2);
    }
  }
  const lines = ['| ordinary posts of | labelled outrage or fear | any reason |', '|---|---|---|'];
  for (const [source, [n, own, any]] of sources) lines.push(`| ${source} (${n}) | ${pct(own / n)} | ${pct(any / n)} |`);
  lines.push('', `Written pressure ads labelled scam: ${adsScam} of ${ads} (any reason: ${adsScamAny}).`);
  lines.push(`Posts with a manipulation label that carry two or more: ${several} of ${labelled} (any reason: ${severalAny}).`);
  return lines.join('\n');
}
