// Loaders for each dataset in ../shared/data (formats in its README), deduplicated across sets
// by lowercase text so no post sits on both sides of a split.
//
//   pairs ─ ai-posts ─ qa ─ sms ─ headlines ─ tweets ─ goemotions ─▶ dedupe ─▶ Doc[]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv';
import { notManipulative, type Doc } from './corpus';
import { DATA_DIR } from './data-dir';
import type { Category } from '../model/categories';

export const DATA_FILES = [
  'generated/manipulation_pairs.jsonl', 'generated/ai_posts.jsonl', 'qa_chatgpt/SQuAD1_chatgpt.csv',
  'qa_chatgpt/TruthfulQA_chatgpt.csv', 'sms/uci_sms.tsv', 'clickbait/headlines.tsv', 'tweets/vader_tweets_2013.tsv',
  'goemotions/train.tsv', 'goemotions/dev.tsv', 'goemotions/labels.txt', 'lexicons/vader_lexicon.txt',
  'lexicons/vader_emoji_lexicon.txt', 'lexicons/afinn-165.txt', 'clickbait/hyperbolic.txt', 'clickbait/common_phrases.txt',
];

function read(path: string): string {
  return readFileSync(join(DATA_DIR, path), 'utf8');
}

function lines(path: string): string[] {
  return read(path).split('\n').filter((l) => l.trim() !== '');
}

// Generated AI posts whose mode is (or is not) engagement bait, for the engagement_bait head.
const BAIT_MODES = new Set(['engagement-bait-question']);
const CALM_MODES = new Set(['reply', 'assistant', 'casual', 'news-summary-post', 'tech-tip', 'reddit-advice-answer', 'customer-service-style-reply', 'review-blurb', 'travel-or-food-post']);

// A manipulative post written for one category is a confident negative for the categories
// it clearly is not (a flash-sale ad is not a scam; a scam text is not outrage). Overlapping
// pairs stay unlabelled: fear posts often use clickbait hooks, outrage posts ask to share.
const CLEARLY_NOT: Record<string, Category[]> = {
  outrage: ['clickbait', 'fomo', 'scam'],
  fear: ['fomo', 'scam'],
  clickbait: ['outrage', 'fomo', 'scam'],
  fomo: ['outrage', 'fear', 'scam'],
  scam: ['outrage', 'clickbait', 'engagement_bait'],
  engagement_bait: ['fear', 'fomo', 'scam'],
};

function loadPairs(): Doc[] {
  return lines('generated/manipulation_pairs.jsonl').map((l) => {
    const r = JSON.parse(l) as { category: Doc['detail']; manipulative: boolean; platform: string; text: string };
    const cat = r.category as Category;
    const labels: Doc['labels'] = r.manipulative ? { [cat]: 1 } : notManipulative();
    if (r.manipulative) for (const other of CLEARLY_NOT[cat] ?? []) labels[other] = 0;
    return { text: r.text, source: 'pairs', platform: r.platform, detail: r.category, labels };
  });
}

function loadAiPosts(): Doc[] {
  return lines('generated/ai_posts.jsonl').map((l) => {
    const r = JSON.parse(l) as { platform: string; mode: string; text: string };
    const labels: Doc['labels'] = { ai: 1 };
    if (BAIT_MODES.has(r.mode)) labels.engagement_bait = 1;
    if (CALM_MODES.has(r.mode)) labels.engagement_bait = 0;
    return { text: r.text, source: 'ai-posts', platform: r.platform, detail: r.mode, labels };
  });
}

function loadQa(): Doc[] {
  const docs: Doc[] = [];
  const calm = notManipulative(); // encyclopedic and QA text: no manipulation of any kind
  for (const r of parseCsv(read('qa_chatgpt/SQuAD1_chatgpt.csv'))) {
    // Human side: the Wikipedia passage (the human "answers" are 1-5 word spans, not prose).
    docs.push({ text: r.context ?? '', source: 'qa-squad', platform: 'qa', detail: 'human', labels: { ai: 0, ...calm } });
    docs.push({ text: r.chatgpt_answer ?? '', source: 'qa-squad', platform: 'qa', detail: 'chatgpt', labels: { ai: 1, ...calm } });
  }
  for (const r of parseCsv(read('qa_chatgpt/TruthfulQA_chatgpt.csv'))) {
    docs.push({ text: r['Best Answer'] ?? '', source: 'qa-truthfulqa', platform: 'qa', detail: 'human', labels: { ai: 0, ...calm } });
    docs.push({ text: r.chatgpt_answer ?? '', source: 'qa-truthfulqa', platform: 'qa', detail: 'chatgpt', labels: { ai: 1, ...calm } });
  }
  return docs;
}

function loadSms(): Doc[] {
  return lines('sms/uci_sms.tsv').slice(1).map((l) => {
    const [label, ...rest] = l.split('\t');
    const spam = label === 'spam';
    const labels: Doc['labels'] = spam ? { ai: 0, scam: 1 } : { ai: 0, ...notManipulative() };
    return { text: rest.join('\t'), source: 'sms', platform: 'sms', detail: spam ? 'spam' : 'ham', labels };
  });
}

function loadHeadlines(): Doc[] {
  return lines('clickbait/headlines.tsv').slice(1).map((l) => {
    const [label, ...rest] = l.split('\t');
    // News reports of wars and disasters are negative but not fear-mongering or rage bait:
    // labelling headlines 0 for both teaches that negative words alone are not manipulation.
    const labels: Doc['labels'] = { ai: 0, ...notManipulative(['clickbait']), clickbait: label === '1' ? 1 : 0 };
    return { text: rest.join('\t'), source: 'headlines', platform: 'news', detail: label === '1' ? 'clickbait' : 'news', labels };
  });
}

function loadTweets(): Doc[] {
  return lines('tweets/vader_tweets_2013.tsv').map((l) => {
    const text = l.split('\t').slice(2).join('\t');
    return { text, source: 'tweets', platform: 'twitter', detail: 'human', labels: { ai: 0, ...notManipulative(['outrage', 'fear']) } };
  });
}

// GoEmotions hides names as [NAME]; put real-looking names back so the placeholder cannot
// become a "human" marker.
const NAMES = ['Alex', 'Sam', 'Jordan', 'Taylor', 'Chris', 'Morgan', 'Jamie', 'Casey'];
const ANGER = new Set(['anger', 'disgust']);
const FEAR = new Set(['fear', 'nervousness']);

function loadGoEmotions(): Doc[] {
  const names = lines('goemotions/labels.txt').map((s) => s.trim());
  const docs: Doc[] = [];
  let k = 0;
  for (const file of ['goemotions/train.tsv', 'goemotions/dev.tsv']) {
    for (const l of lines(file)) {
      const [raw, ids] = l.split('\t');
      const emotions = (ids ?? '').split(',').map((i) => names[Number(i)] ?? '');
      const text = (raw ?? '').replace(/\[NAME\]/g, () => NAMES[k++ % NAMES.length]!).replace(/\[RELIGION\]/g, 'Catholic');
      const labels: Doc['labels'] = { ai: 0, ...notManipulative(['outrage', 'fear']) };
      labels.outrage = emotions.some((e) => ANGER.has(e)) ? 1 : emotions.includes('annoyance') ? undefined : 0;
      labels.fear = emotions.some((e) => FEAR.has(e)) ? 1 : 0;
      if (labels.outrage === undefined) delete labels.outrage;
      docs.push({ text, source: 'goemotions', platform: 'reddit', detail: file.includes('dev') ? 'dev' : 'train', labels });
    }
  }
  return docs;
}

export function loadCorpus(): Doc[] {
  const all = [...loadPairs(), ...loadAiPosts(), ...loadQa(), ...loadSms(), ...loadHeadlines(), ...loadTweets(), ...loadGoEmotions()];
  const seen = new Set<string>();
  return all.filter((d) => {
    const key = d.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (key.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function readDataFile(path: string): string {
  return read(path);
}
