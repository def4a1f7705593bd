/**
 * The few plain sentences at the top of the weekly summary: what was made and consumed, screen
 * time against the week before, the biggest change in the information diet, and the nudges.
 * "You created 3 h 20 min and consumed 9 h. Outrage fell from 18% to 11% of what you saw."
 */
import { formatMinutes } from '../components/format-minutes';
import type { Category } from '../model/categories';
import type { DietRow, WeekFigures } from './week-figures';

/** Names inside a sentence (the labels' own names are title case). */
export const CATEGORY_IN_SENTENCE: Record<Category, string> = {
  ai: 'likely AI posts',
  outrage: 'outrage',
  fear: 'fear',
  clickbait: 'clickbait',
  fomo: 'ad pressure',
  scam: 'scams',
  engagement_bait: 'engagement bait',
};

/** A change under one percentage point, or under 5% of screen time, reads as "about the same". */
const SAME_SHARE = 0.01;
const SAME_TIME = 0.05;

export function summariseWeek(week: WeekFigures): string[] {
  if (week.isEmpty) return ['Nothing was recorded this week. Time and posts appear here as you browse with Realign.'];
  return [balanceSentence(week), screenSentence(week), dietSentence(week), nudgeSentence(week)].filter((s): s is string => s !== null);
}

function balanceSentence(week: WeekFigures): string | null {
  const { createMs, consumeMs, offlineCreateMs } = week;
  if (createMs === 0 && consumeMs === 0) return null;
  const offline = offlineCreateMs > 0 ? ` (${formatMinutes(offlineCreateMs)} of it offline)` : '';
  if (createMs === 0) return `You consumed ${formatMinutes(consumeMs)} and created nothing Realign could see.`;
  return `You created ${formatMinutes(createMs)}${offline} and consumed ${formatMinutes(consumeMs)}.`;
}

function screenSentence(week: WeekFigures): string | null {
  const { screenMs, previousScreenMs } = week;
  if (screenMs === 0) return null;
  const now = formatMinutes(screenMs);
  if (previousScreenMs === 0) return `Screen time was ${now}.`;
  const change = screenMs - previousScreenMs;
  if (Math.abs(change) < previousScreenMs * SAME_TIME) return `Screen time was ${now}, about the same as the week before.`;
  return `Screen time was ${now}, ${formatMinutes(Math.abs(change))} ${change < 0 ? 'less' : 'more'} than the week before.`;
}

function dietSentence(week: WeekFigures): string | null {
  if (week.postsSeen === 0) return null;
  const seen = `${week.postsSeen.toLocaleString('en')} ${week.postsSeen === 1 ? 'post' : 'posts'}`;
  const flagged = week.diet.filter((row) => row.flagged > 0 || (row.previousShare ?? 0) > 0);
  if (flagged.length === 0) return `None of the ${seen} you saw was flagged.`;
  const compared = flagged.filter((row): row is DietRow & { previousShare: number } => row.previousShare !== null);
  if (compared.length === 0) {
    const top = flagged[0]!;
    const be = top.category === 'ai' || top.category === 'scam' ? 'were' : 'was';
    return `${capitalise(CATEGORY_IN_SENTENCE[top.category])} ${be} ${percent(top.share)} of the ${seen} you saw.`;
  }
  const biggest = compared.reduce((a, b) => (Math.abs(b.share - b.previousShare) > Math.abs(a.share - a.previousShare) ? b : a));
  const name = capitalise(CATEGORY_IN_SENTENCE[biggest.category]);
  const be = biggest.category === 'ai' || biggest.category === 'scam' ? 'were' : 'was';
  if (Math.abs(biggest.share - biggest.previousShare) < SAME_SHARE) {
    return `${name} ${be} ${percent(biggest.share)} of what you saw, as the week before.`;
  }
  return `${name} ${biggest.share < biggest.previousShare ? 'fell' : 'rose'} from ${percent(biggest.previousShare)} to ${percent(biggest.share)} of what you saw.`;
}

function nudgeSentence(week: WeekFigures): string | null {
  const { taken, setAside } = week.nudges;
  if (taken === 0 && setAside === 0) return null;
  const nudges = (n: number) => `${n} ${n === 1 ? 'nudge' : 'nudges'}`;
  if (taken === 0) return `You set aside the ${nudges(setAside)} Realign offered.`;
  if (setAside === 0) return `You took ${taken === 1 ? 'the one nudge' : `all ${nudges(taken)}`} Realign offered.`;
  return `You took ${nudges(taken)} and set ${setAside} aside.`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
