// Every readable cue the model can use, in weight order. A cue is a hand-made feature whose
// positive contribution can be shown to a person as a reason. `reason` may contain '%', replaced
// by the words of the post that matched (e.g. "urgency: 'ends tonight'"). A null reason marks a
// feature that may score but is never shown (length and human-style signals: telling someone a
// post is AI "because it is long" would be neither fair nor useful).
//
// `scope`: style-of-writing cues feed only the `ai` head, manipulation phrase families only the
// six manipulation heads, a few (length, caps, exclamation, valence) all of them. Links,
// @mentions, hashtags, emoji and line layout are held out of the `ai` head.
// In the training data they mark the source, not the author (emoji in 71% of generated posts vs
// 1.7% of GoEmotions; @mentions in 53% of 2013 tweets vs 0% of generated posts; no human text
// has line breaks at all), so a model that used them would fail on real feeds.

import type { Category } from './categories';

export type CueScope = 'ai' | 'manipulation' | 'all';

export interface CueSpec {
  key: string;
  reason: string | null;
  /** which heads may use (and so explain with) this cue */
  scope: CueScope;
  /**
   * Prior knowledge as a sign constraint, for the heads in scope (for 'all' cues: the six
   * manipulation heads). +1: may only count for the label (a share demand is never evidence
   * *against* outrage), −1: only against, 0: free. Without it the clickbait head learned
   * "exclamation marks mean not clickbait" from headlines, which have none (AUROC 0.35 on
   * written posts, cue weights alone); likewise links, '…', questions and line breaks.
   */
  sign: -1 | 0 | 1;
}

export const CUES = [
  // style
  { key: 'length', reason: null, scope: 'all', sign: 0 },
  { key: 'short', reason: null, scope: 'all', sign: 0 },
  { key: 'sentence_length', reason: 'long, even sentences', scope: 'ai', sign: 0 },
  { key: 'even_rhythm', reason: 'evenly paced sentences', scope: 'ai', sign: 1 },
  { key: 'vocabulary', reason: 'polished vocabulary', scope: 'ai', sign: 0 },
  { key: 'word_length', reason: null, scope: 'ai', sign: 0 },
  { key: 'commas', reason: 'carefully punctuated', scope: 'ai', sign: 0 },
  { key: 'em_dash', reason: 'em dashes', scope: 'ai', sign: 1 },
  { key: 'colon', reason: 'colons and semicolons', scope: 'ai', sign: 0 },
  { key: 'exclamation', reason: 'exclamation marks', scope: 'all', sign: 1 },
  { key: 'multi_punct', reason: "'!!' / '?!'", scope: 'all', sign: 1 },
  { key: 'question', reason: 'questions aimed at you', scope: 'all', sign: 1 },
  { key: 'caps_ratio', reason: 'ALL CAPS', scope: 'all', sign: 1 },
  { key: 'caps_words', reason: 'ALL CAPS', scope: 'all', sign: 1 },
  { key: 'lower_start', reason: null, scope: 'ai', sign: -1 },
  { key: 'lower_i', reason: null, scope: 'ai', sign: -1 },
  { key: 'slang', reason: null, scope: 'ai', sign: -1 },
  { key: 'no_apostrophe', reason: null, scope: 'ai', sign: -1 },
  { key: 'elongated', reason: null, scope: 'ai', sign: -1 },
  { key: 'ellipsis', reason: 'trailing dots…', scope: 'all', sign: 1 },
  { key: 'parentheses', reason: null, scope: 'ai', sign: 0 },
  { key: 'numbers', reason: 'numbers and figures', scope: 'all', sign: 0 },
  { key: 'second_person', reason: "speaks to 'you'", scope: 'all', sign: 0 },
  { key: 'list_layout', reason: 'list formatting', scope: 'manipulation', sign: 1 },
  { key: 'thread', reason: 'thread formatting', scope: 'manipulation', sign: 1 },
  { key: 'paragraphs', reason: null, scope: 'manipulation', sign: 1 },
  { key: 'emoji', reason: 'emoji', scope: 'manipulation', sign: 1 },
  { key: 'link', reason: 'a link', scope: 'manipulation', sign: 1 },
  { key: 'mention', reason: null, scope: 'manipulation', sign: 0 },
  { key: 'hashtag', reason: 'hashtags', scope: 'manipulation', sign: 0 },
  // valence (VADER, AFINN, VADER emoji)
  { key: 'positive_words', reason: 'gushing words', scope: 'all', sign: 0 },
  { key: 'negative_words', reason: 'negative words', scope: 'all', sign: 1 },
  { key: 'strong_negative', reason: 'harsh words', scope: 'all', sign: 1 },
  { key: 'emoji_mood', reason: 'emotive emoji', scope: 'manipulation', sign: 1 },
  { key: 'absolutes', reason: "sweeping absolutes: '%'", scope: 'manipulation', sign: 1 },
  { key: 'measured', reason: null, scope: 'manipulation', sign: -1 },
  // language-model prose
  { key: 'llm_phrase', reason: "reads like template prose: '%'", scope: 'ai', sign: 1 },
  { key: 'not_x_but_y', reason: "'not X, it's Y' construction", scope: 'ai', sign: 1 },
  { key: 'hedge', reason: "balanced, hedged wording: '%'", scope: 'ai', sign: 1 },
  { key: 'assistant_tone', reason: "helpful-assistant tone: '%'", scope: 'ai', sign: 1 },
  { key: 'setup_reveal', reason: "setup-and-reveal: '%'", scope: 'ai', sign: 1 },
  // outrage
  { key: 'anger', reason: "anger words: '%'", scope: 'manipulation', sign: 1 },
  { key: 'insult', reason: "name-calling: '%'", scope: 'manipulation', sign: 1 },
  { key: 'us_them', reason: "us-versus-them: '%'", scope: 'manipulation', sign: 1 },
  { key: 'share_demand', reason: "pushes you to share: '%'", scope: 'manipulation', sign: 1 },
  { key: 'moral', reason: "moral outrage: '%'", scope: 'manipulation', sign: 1 },
  // fear
  { key: 'fear', reason: "fear words: '%'", scope: 'manipulation', sign: 1 },
  { key: 'threat', reason: "threat to you or yours: '%'", scope: 'manipulation', sign: 1 },
  { key: 'catastrophe', reason: "catastrophising: '%'", scope: 'manipulation', sign: 1 },
  { key: 'conspiracy', reason: "'they don't want you to know'", scope: 'manipulation', sign: 1 },
  // clickbait
  { key: 'curiosity', reason: "curiosity gap: '%'", scope: 'manipulation', sign: 1 },
  { key: 'clickbait_phrase', reason: "clickbait phrasing: '%'", scope: 'manipulation', sign: 1 },
  { key: 'hyperbole', reason: "hyperbole: '%'", scope: 'manipulation', sign: 1 },
  { key: 'listicle', reason: 'numbered-list headline', scope: 'manipulation', sign: 1 },
  { key: 'teaser', reason: null, scope: 'manipulation', sign: 1 },
  { key: 'superlative', reason: "superlatives: '%'", scope: 'manipulation', sign: 1 },
  // fomo
  { key: 'urgency', reason: "urgency: '%'", scope: 'manipulation', sign: 1 },
  { key: 'scarcity', reason: "scarcity: '%'", scope: 'manipulation', sign: 1 },
  { key: 'social_proof', reason: "social proof: '%'", scope: 'manipulation', sign: 1 },
  { key: 'discount', reason: "sales pressure: '%'", scope: 'manipulation', sign: 1 },
  // scam
  { key: 'prize', reason: "prize bait: '%'", scope: 'manipulation', sign: 1 },
  { key: 'account_alert', reason: "fake account alert: '%'", scope: 'manipulation', sign: 1 },
  { key: 'money_promise', reason: "money promise: '%'", scope: 'manipulation', sign: 1 },
  { key: 'off_platform', reason: "moves you off-platform: '%'", scope: 'manipulation', sign: 1 },
  { key: 'contact_money', reason: 'phone number or money amount', scope: 'manipulation', sign: 1 },
  { key: 'extortion', reason: "threat or romance script: '%'", scope: 'manipulation', sign: 1 },
  // engagement bait
  { key: 'engage_command', reason: "asks for comments or tags: '%'", scope: 'manipulation', sign: 1 },
  { key: 'challenge', reason: "bait challenge: '%'", scope: 'manipulation', sign: 1 },
  { key: 'bait_question', reason: "bait question: '%'", scope: 'manipulation', sign: 1 },
] as const satisfies readonly CueSpec[];

/**
 * The cues that can stand behind a manipulation label on their own: each kind's own phrase
 * families, as grouped above. Cues any kind may use (ALL CAPS, exclamation marks, negative words,
 * emoji, a link, 'you') still add to a score and may be shown beside these, but a label resting
 * on them alone named the wrong kind: a flash sale labelled a scam for "ALL CAPS, urgency", an
 * angry post labelled fear for "negative words". The hashed wording each head learned is its own
 * as well. The `ai` head's reasons are all its own (see scope).
 */
export const OWN_CUES = {
  outrage: ['anger', 'insult', 'us_them', 'share_demand', 'moral'],
  fear: ['fear', 'threat', 'catastrophe', 'conspiracy'],
  clickbait: ['curiosity', 'clickbait_phrase', 'hyperbole', 'listicle', 'superlative'],
  fomo: ['urgency', 'scarcity', 'social_proof', 'discount'],
  scam: ['prize', 'account_alert', 'money_promise', 'off_platform', 'contact_money', 'extortion'],
  engagement_bait: ['engage_command', 'challenge', 'bait_question', 'share_demand'],
} as const satisfies Record<Exclude<Category, 'ai'>, readonly CueKey[]>;

export function isCueForHead(cue: number, head: number): boolean {
  const scope = CUES[cue]!.scope;
  return scope === 'all' || (scope === 'ai') === (head === 0);
}

/** Sign constraint of a cue for one head (see CueSpec.sign). */
export function cueSignForHead(cue: number, head: number): number {
  const spec = CUES[cue]!;
  if (!isCueForHead(cue, head)) return 0;
  return spec.scope === 'all' && head === 0 ? 0 : spec.sign;
}

export type CueKey = (typeof CUES)[number]['key'];
export const CUE_COUNT = CUES.length;
export const CUE_INDEX = Object.fromEntries(CUES.map((c, i) => [c.key, i])) as Record<CueKey, number>;
