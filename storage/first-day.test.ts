import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDb } from './db';
import { firstRecordedDay } from './first-day';
import { seedHistory } from '../backup/import-test-kit';

describe('the first recorded day', () => {
  it('is none on a fresh install, and the earliest day once there is history', async () => {
    const db = openDb(`first-day-${Math.random()}`);
    expect(await firstRecordedDay(db)).toBeNull();
    await seedHistory(db, 10, 2);
    expect(await firstRecordedDay(db)).toBe('2026-11-14');
    await db.delete();
  });
});
