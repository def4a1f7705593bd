import { formatCount } from '../../text/format';
import { messagePlural, type PluralBase } from '../../text/i18n';
import type { Category } from '../../model/categories';
import { defineNudgeRule, type NudgeContext, type NudgeWords } from '../nudge';

/** Categories that work on the feelings; "likely AI" alone is not manipulation. */
type Manipulative = Exclude<Category, 'ai'>;
const MANIPULATIVE: readonly Category[] = ['outrage', 'fear', 'clickbait', 'fomo', 'scam', 'engagement_bait'];
const isManipulative = (category: Category): category is Manipulative => MANIPULATIVE.includes(category);
/** 4 in 10: well above what a calm feed shows (the model flags at ≤ 5 % false positives per head). */
const RUN = 4;
const WINDOW = 10;

/** One whole sentence per category, so each language can word "were rage bait" its own way. */
const SENTENCES: Record<Manipulative, { text: PluralBase; reason: PluralBase }> = {
  outrage: { text: 'nudgeManipulationRunOutrage', reason: 'nudgeManipulationRunWhyOutrage' },
  fear: { text: 'nudgeManipulationRunFear', reason: 'nudgeManipulationRunWhyFear' },
  clickbait: { text: 'nudgeManipulationRunClickbait', reason: 'nudgeManipulationRunWhyClickbait' },
  fomo: { text: 'nudgeManipulationRunFomo', reason: 'nudgeManipulationRunWhyFomo' },
  scam: { text: 'nudgeManipulationRunScam', reason: 'nudgeManipulationRunWhyScam' },
  engagement_bait: { text: 'nudgeManipulationRunEngagementBait', reason: 'nudgeManipulationRunWhyEngagementBait' },
};

export const manipulationRun = defineNudgeRule({
  id: 'manipulation-run',
  name: 'nudgeRuleNameManipulationRun',
  about: 'nudgeRuleAboutManipulationRun',
  evaluate(context: NudgeContext): NudgeWords | null {
    const recent = context.recentLabels.slice(0, WINDOW);
    if (recent.length < WINDOW) return null;
    const flagged = recent.filter((labels) => labels.some(isManipulative));
    if (flagged.length < RUN) return null;
    const counts = new Map<Manipulative, number>();
    for (const labels of flagged) for (const label of labels.filter(isManipulative)) counts.set(label, (counts.get(label) ?? 0) + 1);
    // Every flagged post has a manipulative label, so there is always a top category.
    const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (!top) return null;
    const [category, count] = top;
    const figures = [formatCount(flagged.length), formatCount(WINDOW)];
    const text = count === flagged.length ? SENTENCES[category].text : 'nudgeManipulationRunMixed';
    return {
      text: messagePlural(text, flagged.length, figures),
      reason: messagePlural(SENTENCES[category].reason, flagged.length, figures),
    };
  },
});
