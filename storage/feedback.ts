/** "Not helpful" on a label, kept on this device: how often each category's labels miss. */
import { CATEGORIES, type Category } from '../model/categories';
import type { FeedbackRow } from '../figures/rows';
import type { RealignDb } from './db';

export async function recordNotHelpful(db: RealignDb, feedback: Omit<FeedbackRow, 'id'>): Promise<void> {
  await db.feedback.add(feedback);
}

/** How many labels of each category the person marked "not helpful". */
export async function countNotHelpful(db: RealignDb): Promise<Record<Category, number>> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  await db.feedback.each((row) => {
    counts[row.category] += 1;
  });
  return counts;
}
