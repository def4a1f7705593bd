import type { IntentionAnswer } from '../intention/intention';
import { messageTable } from './i18n';

/** How each intention check answer is named in the weekly summary and its Markdown export. */
export const INTENTION_NAMES: Readonly<Record<IntentionAnswer, string>> = messageTable({
  'catch-up': 'intentionCatchUp',
  reply: 'intentionReply',
  'look-up': 'intentionLookUp',
  unwind: 'intentionUnwind',
  skip: 'reportIntentionsSkipped',
});
