import { describe, expect, it } from 'vitest';
import { planTypingScript } from './typing-script';

describe('the typing-anywhere script', () => {
  it.each([
    [{ isWanted: true, isPermitted: true, isRegistered: false }, 'register'],
    [{ isWanted: true, isPermitted: true, isRegistered: true }, 'nothing'],
    [{ isWanted: false, isPermitted: true, isRegistered: true }, 'unregister'],
    [{ isWanted: false, isPermitted: false, isRegistered: false }, 'nothing'],
    // The person took the permission back in the browser's settings: the setting shows it.
    [{ isWanted: true, isPermitted: false, isRegistered: false }, 'turn-setting-off'],
  ] as const)('%j → %s', (state, plan) => {
    expect(planTypingScript(state)).toBe(plan);
  });
});
