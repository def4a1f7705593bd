/**
 * The few plain sentences at the top of the weekly summary: what was made and consumed, screen
 * time against the week before, the biggest change in the information diet, and the nudges.
 * "You created 3 h 20 min and consumed 9 h. Outrage fell from 18% to 11% of what you saw."
 * Each sentence is one message in _locales, whole, so a translation can order it as its language does.
 */
import { formatCount } from '../text/format';
import { formatMinutes } from '../text/format-minutes';
import { message, messagePlural, type MessageKey } from '../text/i18n';
import { once } from '../text/once';
import type { Category } from '../model/categories';
import type { DietRow, WeekFigures } from './week-figures';

interface DietSentences {
  share: MessageKey;
  steady: MessageKey;
  fell: MessageKey;
  rose: MessageKey;
}

/** A sentence per category and kind: the category's word must agree with the verb ("Scams were", "Fear was"). */
const DIET_SENTENCES: Record<Category, DietSentences> = {
  ai: { share: 'summaryDietShareAi', steady: 'summaryDietSteadyAi', fell: 'summaryDietFellAi', rose: 'summaryDietRoseAi' },
  outrage: { share: 'summaryDietShareOutrage', steady: 'summaryDietSteadyOutrage', fell: 'summaryDietFellOutrage', rose: 'summaryDietRoseOutrage' },
  fear: { share: 'summaryDietShareFear', steady: 'summaryDietSteadyFear', fell: 'summaryDietFellFear', rose: 'summaryDietRoseFear' },
  clickbait: { share: 'summaryDietShareClickbait', steady: 'summaryDietSteadyClickbait', fell: 'summaryDietFellClickbait', rose: 'summaryDietRoseClickbait' },
  fomo: { share: 'summaryDietShareFomo', steady: 'summaryDietSteadyFomo', fell: 'summaryDietFellFomo', rose: 'summaryDietRoseFomo' },
  scam: { share: 'summaryDietShareScam', steady: 'summaryDietSteadyScam', fell: 'summaryDietFellScam', rose: 'summaryDietRoseScam' },
  engagement_bait: {
    share: 'summaryDietShareEngagementBait',
    steady: 'summaryDietSteadyEngagementBait',
    fell: 'summaryDietFellEngagementBait',
    rose: 'summaryDietRoseEngagementBait',
  },
};

/**
 * How the week's screen time compares with the week before (its same days while the week is in
 * progress): nothing to compare with, about the same (within SAME_TIME), less or more. The
 * sentence here and the weekly page's caption word the same comparison.
 */
export type ScreenChange = { kind: 'alone' | 'same'; byMs: 0 } | { kind: 'less' | 'more'; byMs: number };

/** Words for each kind of ScreenChange, for a whole week and for the week so far. */
export type ScreenWords = Record<ScreenChange['kind'], MessageKey>;

const SCREEN_WHOLE_WEEK: ScreenWords = { alone: 'summaryScreen', same: 'summaryScreenSame', less: 'summaryScreenLess', more: 'summaryScreenMore' };
const SCREEN_SO_FAR: ScreenWords = { alone: 'summaryScreenSoFar', same: 'summaryScreenSameSoFar', less: 'summaryScreenLessSoFar', more: 'summaryScreenMoreSoFar' };

/** A change under one percentage point, or under 5% of screen time, reads as "about the same". */
const SAME_SHARE = 0.01;
const SAME_TIME = 0.05;

export function summariseWeek(week: WeekFigures): string[] {
  if (week.isEmpty) return [message('summaryEmptyWeek')];
  return [balanceSentence(week), screenSentence(week), dietSentence(week), nudgeSentence(week)].filter((s): s is string => s !== null);
}

function balanceSentence(week: WeekFigures): string | null {
  const { createMs, consumeMs, offlineCreateMs } = week;
  if (createMs === 0 && consumeMs === 0) return null;
  if (createMs === 0) return message('summaryConsumedOnly', [formatMinutes(consumeMs)]);
  if (offlineCreateMs > 0) return message('summaryCreatedOfflineConsumed', [formatMinutes(createMs), formatMinutes(offlineCreateMs), formatMinutes(consumeMs)]);
  return message('summaryCreatedConsumed', [formatMinutes(createMs), formatMinutes(consumeMs)]);
}

export function screenChange({ screenMs, previousScreenMs }: Pick<WeekFigures, 'screenMs' | 'previousScreenMs'>): ScreenChange {
  if (previousScreenMs === 0) return { kind: 'alone', byMs: 0 };
  const change = screenMs - previousScreenMs;
  if (Math.abs(change) < previousScreenMs * SAME_TIME) return { kind: 'same', byMs: 0 };
  return { kind: change < 0 ? 'less' : 'more', byMs: Math.abs(change) };
}

function screenSentence(week: WeekFigures): string | null {
  if (week.screenMs === 0) return null;
  const { kind, byMs } = screenChange(week);
  const words = week.soFar ? SCREEN_SO_FAR : SCREEN_WHOLE_WEEK;
  return message(words[kind], byMs > 0 ? [formatMinutes(week.screenMs), formatMinutes(byMs)] : [formatMinutes(week.screenMs)]);
}

function dietSentence(week: WeekFigures): string | null {
  if (week.postsSeen === 0) return null;
  const flagged = week.diet.filter((row) => row.flagged > 0 || (row.previousShare ?? 0) > 0);
  if (flagged.length === 0) return messagePlural('summaryNoneFlagged', week.postsSeen, [formatCount(week.postsSeen)]);
  const compared = flagged.filter((row): row is DietRow & { previousShare: number } => row.previousShare !== null);
  if (compared.length === 0) {
    const top = flagged[0]!;
    const posts = messagePlural('commonPostCount', week.postsSeen, [formatCount(week.postsSeen)]);
    return message(DIET_SENTENCES[top.category].share, [percent(top.share), posts]);
  }
  const biggest = compared.reduce((a, b) => (Math.abs(b.share - b.previousShare) > Math.abs(a.share - a.previousShare) ? b : a));
  const sentences = DIET_SENTENCES[biggest.category];
  if (Math.abs(biggest.share - biggest.previousShare) < SAME_SHARE) return message(sentences.steady, [percent(biggest.share)]);
  return message(biggest.share < biggest.previousShare ? sentences.fell : sentences.rose, [percent(biggest.previousShare), percent(biggest.share)]);
}

function nudgeSentence(week: WeekFigures): string | null {
  const { taken, setAside } = week.nudges;
  if (taken === 0 && setAside === 0) return null;
  if (taken === 0) return messagePlural('summaryNudgesSetAsideAll', setAside, [formatCount(setAside)]);
  if (setAside === 0) return messagePlural('summaryNudgesTookAll', taken, [formatCount(taken)]);
  return messagePlural('summaryNudgesTookSome', taken, [formatCount(taken), formatCount(setAside)]);
}

const percentFormat = once(() => new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 }));

/** "18%", as the person's locale writes a percentage. */
export function percent(share: number): string {
  return percentFormat().format(share);
}
