import { CATEGORY_NAMES } from '../../components/category-names';
import type { Category } from '../../model/categories';
import type { Nudge, NudgeContext } from '../nudge';

/** Categories that work on the feelings; "likely AI" alone is not manipulation. */
const MANIPULATIVE: readonly Category[] = ['outrage', 'fear', 'clickbait', 'fomo', 'scam', 'engagement_bait'];
/** 4 in 10: well above what a calm feed shows (the model flags at ≤ 5 % false positives per head). */
const RUN = 4;
const WINDOW = 10;

const PHRASES: Record<Category, string> = {
  ai: 'likely AI-written',
  outrage: 'rage bait',
  fear: 'fear-mongering',
  clickbait: 'clickbait',
  fomo: 'ad pressure',
  scam: 'scams',
  engagement_bait: 'engagement bait',
};

export function manipulationRun(context: NudgeContext): Nudge | null {
  const recent = context.recentLabels.slice(0, WINDOW);
  if (recent.length < WINDOW) return null;
  const flagged = recent.filter((labels) => labels.some((label) => MANIPULATIVE.includes(label)));
  if (flagged.length < RUN) return null;
  const counts = new Map<Category, number>();
  for (const labels of flagged) for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const [top] = [...counts.entries()].filter(([c]) => MANIPULATIVE.includes(c)).sort((a, b) => b[1] - a[1]);
  const what = top && top[1] === flagged.length ? PHRASES[top[0]] : 'manipulative';
  return {
    rule: 'manipulation-run',
    text: `${flagged.length} of your last ${WINDOW} posts were ${what}. Take a breather?`,
    reason: `Realign labelled ${flagged.length} of the last ${WINDOW} posts you saw as ${
      top ? `${CATEGORY_NAMES[top[0]].toLowerCase()} or similar` : 'manipulative'
    }. A run like that tends to leave people tense.`,
  };
}
