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

export type CueScope = 'ai' | 'manipulation' | 'all';

export interface CueSpec {
  key: string;
  reason: string | null;
  /** which heads may use (and so explain with) this cue */
  scope: CueScope;
}

export const CUES = [
  // style
  { key: 'length', reason: null, scope: 'all' },
  { key: 'short', reason: null, scope: 'all' },
  { key: 'sentence_length', reason: 'long, even sentences', scope: 'ai' },
  { key: 'even_rhythm', reason: 'evenly paced sentences', scope: 'ai' },
  { key: 'vocabulary', reason: 'polished vocabulary', scope: 'ai' },
  { key: 'word_length', reason: null, scope: 'ai' },
  { key: 'commas', reason: 'carefully punctuated', scope: 'ai' },
  { key: 'em_dash', reason: 'em dashes', scope: 'ai' },
  { key: 'colon', reason: 'colons and semicolons', scope: 'ai' },
  { key: 'exclamation', reason: 'exclamation marks', scope: 'all' },
  { key: 'multi_punct', reason: "'!!' / '?!'", scope: 'all' },
  { key: 'question', reason: 'questions aimed at you', scope: 'all' },
  { key: 'caps_ratio', reason: 'ALL CAPS', scope: 'all' },
  { key: 'caps_words', reason: 'ALL CAPS', scope: 'all' },
  { key: 'lower_start', reason: null, scope: 'ai' },
  { key: 'lower_i', reason: null, scope: 'ai' },
  { key: 'slang', reason: null, scope: 'ai' },
  { key: 'no_apostrophe', reason: null, scope: 'ai' },
  { key: 'elongated', reason: null, scope: 'ai' },
  { key: 'ellipsis', reason: 'trailing dots…', scope: 'all' },
  { key: 'parentheses', reason: null, scope: 'ai' },
  { key: 'numbers', reason: 'numbers and figures', scope: 'all' },
  { key: 'second_person', reason: "speaks to 'you'", scope: 'all' },
  { key: 'list_layout', reason: 'list formatting', scope: 'manipulation' },
  { key: 'thread', reason: 'thread formatting', scope: 'manipulation' },
  { key: 'paragraphs', reason: null, scope: 'manipulation' },
  { key: 'emoji', reason: 'emoji', scope: 'manipulation' },
  { key: 'link', reason: 'a link', scope: 'manipulation' },
  { key: 'mention', reason: null, scope: 'manipulation' },
  { key: 'hashtag', reason: 'hashtags', scope: 'manipulation' },
  // valence (VADER, AFINN, VADER emoji)
  { key: 'positive_words', reason: 'gushing words', scope: 'all' },
  { key: 'negative_words', reason: 'negative words', scope: 'all' },
  { key: 'strong_negative', reason: 'harsh words', scope: 'all' },
  { key: 'emoji_mood', reason: 'emotive emoji', scope: 'manipulation' },
  // language-model prose
  { key: 'llm_phrase', reason: "reads like template prose: '%'", scope: 'ai' },
  { key: 'not_x_but_y', reason: "'not X, it's Y' construction", scope: 'ai' },
  { key: 'hedge', reason: "balanced, hedged wording: '%'", scope: 'ai' },
  { key: 'assistant_tone', reason: "helpful-assistant tone: '%'", scope: 'ai' },
  { key: 'setup_reveal', reason: "setup-and-reveal: '%'", scope: 'ai' },
  // outrage
  { key: 'anger', reason: "anger words: '%'", scope: 'manipulation' },
  { key: 'insult', reason: "name-calling: '%'", scope: 'manipulation' },
  { key: 'us_them', reason: "us-versus-them: '%'", scope: 'manipulation' },
  { key: 'share_demand', reason: "pushes you to share: '%'", scope: 'manipulation' },
  { key: 'moral', reason: "moral outrage: '%'", scope: 'manipulation' },
  // fear
  { key: 'fear', reason: "fear words: '%'", scope: 'manipulation' },
  { key: 'threat', reason: "threat to you or yours: '%'", scope: 'manipulation' },
  { key: 'catastrophe', reason: "catastrophising: '%'", scope: 'manipulation' },
  { key: 'conspiracy', reason: "'they don't want you to know'", scope: 'manipulation' },
  // clickbait
  { key: 'curiosity', reason: "curiosity gap: '%'", scope: 'manipulation' },
  { key: 'clickbait_phrase', reason: "clickbait phrasing: '%'", scope: 'manipulation' },
  { key: 'hyperbole', reason: "hyperbole: '%'", scope: 'manipulation' },
  { key: 'listicle', reason: 'numbered-list headline', scope: 'manipulation' },
  { key: 'teaser', reason: null, scope: 'manipulation' },
  // fomo
  { key: 'urgency', reason: "urgency: '%'", scope: 'manipulation' },
  { key: 'scarcity', reason: "scarcity: '%'", scope: 'manipulation' },
  { key: 'social_proof', reason: "social proof: '%'", scope: 'manipulation' },
  { key: 'discount', reason: "sales pressure: '%'", scope: 'manipulation' },
  // scam
  { key: 'prize', reason: "prize bait: '%'", scope: 'manipulation' },
  { key: 'account_alert', reason: "fake account alert: '%'", scope: 'manipulation' },
  { key: 'money_promise', reason: "money promise: '%'", scope: 'manipulation' },
  { key: 'off_platform', reason: "moves you off-platform: '%'", scope: 'manipulation' },
  { key: 'contact_money', reason: 'phone number or money amount', scope: 'manipulation' },
  { key: 'extortion', reason: "threat or romance script: '%'", scope: 'manipulation' },
  // engagement bait
  { key: 'engage_command', reason: "asks for comments or tags: '%'", scope: 'manipulation' },
  { key: 'challenge', reason: "bait challenge: '%'", scope: 'manipulation' },
  { key: 'bait_question', reason: "bait question: '%'", scope: 'manipulation' },
] as const satisfies readonly CueSpec[];

export function isCueForHead(cue: number, head: number): boolean {
  const scope = CUES[cue]!.scope;
  return scope === 'all' || (scope === 'ai') === (head === 0);
}

export type CueKey = (typeof CUES)[number]['key'];
export const CUE_COUNT = CUES.length;
export const CUE_INDEX = Object.fromEntries(CUES.map((c, i) => [c.key, i])) as Record<CueKey, number>;
