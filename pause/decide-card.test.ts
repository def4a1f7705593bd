import { describe, expect, it } from 'vitest';
import type { Category } from '../model/categories';
import { decidePauseCard, emptyPauseState, noteCardShown, noteChoice, type PauseInput } from './decide-card';

const MIN = 60_000;
const T0 = 1_800_000_000_000;
const DAY = '2027-01-15';
const calm: Category[][] = Array.from({ length: 10 }, () => []);
const heated: Category[][] = [...Array.from({ length: 7 }, (): Category[] => ['outrage']), [], [], []];
const input = (over: Partial<PauseInput> = {}): PauseInput => ({
  now: T0,
  day: DAY,
  tabId: 7,
  site: 'x',
  minuteOfDay: 14 * 60,
  stretchMs: 25 * MIN,
  recentLabels: calm,
  prefs: { isStretchOn: true, isProvocationOn: true, thresholdMinutes: 20, offSites: [], quietHours: null },
  state: emptyPauseState(DAY),
  ...over,
});

describe('when the pause card appears', () => {
  it('never on a site where the person turned cards off; other sites still get theirs', () => {
    const prefs = { isStretchOn: true, isProvocationOn: true, thresholdMinutes: 20, offSites: ['x' as const], quietHours: null };
    expect(decidePauseCard(input({ prefs, recentLabels: heated }))).toBeNull();
    expect(decidePauseCard(input({ prefs, site: 'reddit' }))?.trigger).toBe('stretch');
  });

  it('never in quiet hours, across midnight, and again from the minute they end', () => {
    const prefs = { isStretchOn: true, isProvocationOn: true, thresholdMinutes: 20, offSites: [], quietHours: { fromMinute: 22 * 60, toMinute: 7 * 60 } };
    expect(decidePauseCard(input({ prefs, minuteOfDay: 22 * 60, recentLabels: heated }))).toBeNull();
    expect(decidePauseCard(input({ prefs, minuteOfDay: 0 }))).toBeNull();
    expect(decidePauseCard(input({ prefs, minuteOfDay: 7 * 60 - 1 }))).toBeNull();
    expect(decidePauseCard(input({ prefs, minuteOfDay: 7 * 60 }))?.trigger).toBe('stretch');
    expect(decidePauseCard(input({ prefs, minuteOfDay: 22 * 60 - 1 }))?.trigger).toBe('stretch');
    const lunch = { ...prefs, quietHours: { fromMinute: 12 * 60, toMinute: 13 * 60 } };
    expect(decidePauseCard(input({ prefs: lunch, minuteOfDay: 12 * 60 + 30 }))).toBeNull();
    expect(decidePauseCard(input({ prefs: lunch, minuteOfDay: 14 * 60 }))?.trigger).toBe('stretch');
  });

  it('after the stretch passes the threshold, and explains itself the first time', () => {
    expect(decidePauseCard(input())).toEqual({ trigger: 'stretch', stretchMs: 25 * MIN, run: null, isFirst: true });
    expect(decidePauseCard(input({ stretchMs: 19 * MIN }))).toBeNull();
    expect(decidePauseCard(input({ prefs: { isStretchOn: true, isProvocationOn: true, thresholdMinutes: 30, offSites: [], quietHours: null } }))).toBeNull();
  });

  it('after a run of provoking posts, saying both figures when the stretch is also long', () => {
    const card = decidePauseCard(input({ recentLabels: heated }));
    expect(card).toMatchObject({ trigger: 'provocation', stretchMs: 25 * MIN, run: { flagged: 7, window: 10, counts: { outrage: 7 } } });
    expect(decidePauseCard(input({ recentLabels: heated, stretchMs: 2 * MIN }))?.trigger).toBe('provocation');
  });

  it('never for a trigger the person turned off', () => {
    expect(decidePauseCard(input({ prefs: { isStretchOn: false, isProvocationOn: true, thresholdMinutes: 20, offSites: [], quietHours: null } }))).toBeNull();
    const noRun = { isStretchOn: false, isProvocationOn: false, thresholdMinutes: 20, offSites: [], quietHours: null };
    expect(decidePauseCard(input({ recentLabels: heated, prefs: noRun }))).toBeNull();
  });

  it('at most once per 20 minutes in a tab; another tab may show one', () => {
    const state = noteCardShown(emptyPauseState(DAY), 7, T0, DAY);
    expect(decidePauseCard(input({ state, now: T0 + 19 * MIN }))).toBeNull();
    expect(decidePauseCard(input({ state, now: T0 + 20 * MIN }))).toMatchObject({ trigger: 'stretch', isFirst: false });
    expect(decidePauseCard(input({ state, tabId: 8, now: T0 + MIN }))).not.toBeNull();
  });

  it('at most 4 times a day, counting again from local midnight', () => {
    let state = emptyPauseState(DAY);
    for (let i = 0; i < 4; i++) state = noteCardShown(state, i, T0, DAY);
    expect(decidePauseCard(input({ state, tabId: 99 }))).toBeNull();
    expect(decidePauseCard(input({ state, tabId: 99, day: '2027-01-16' }))).not.toBeNull();
    expect(noteCardShown(state, 5, T0, '2027-01-16').shownToday).toBe(1);
  });

  it('"Keep scrolling" quiets every tab for 20 minutes', () => {
    const state = noteChoice(emptyPauseState(DAY), 'keep-scrolling', T0, DAY);
    expect(decidePauseCard(input({ state, tabId: 8, now: T0 + 19 * MIN }))).toBeNull();
    expect(decidePauseCard(input({ state, tabId: 8, now: T0 + 20 * MIN }))).not.toBeNull();
  });

  it('"Pause cards for today" holds until local midnight', () => {
    const state = noteChoice(emptyPauseState(DAY), 'pause-today', T0, DAY);
    expect(decidePauseCard(input({ state, now: T0 + 6 * 60 * MIN }))).toBeNull();
    expect(decidePauseCard(input({ state, day: '2027-01-16' }))).not.toBeNull();
  });

  it('forgets tabs whose gap has passed, so the state stays small', () => {
    const early = noteCardShown(emptyPauseState(DAY), 1, T0, DAY);
    expect(Object.keys(noteCardShown(early, 2, T0 + 21 * MIN, DAY).lastShownByTab)).toEqual(['2']);
  });
});
