// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { goalAlerts, readGoalAlerts } from '../settings/goal-alerts';
import { readTypingEverywhere, typingEverywhere } from '../settings/typing-everywhere';
import { readWeeklyReminder, setWeeklyReminder } from '../settings/weekly-reminder';
import { PermissionToggle } from './PermissionToggle';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the permission toggle', () => {
  let root: HTMLElement;
  let asked: unknown[];
  let givenBack: unknown[];
  let willAllow: boolean;

  beforeEach(() => {
    fakeBrowser.reset();
    asked = [];
    givenBack = [];
    fakeBrowser.permissions.request = async (permissions) => {
      asked.push(permissions);
      return willAllow;
    };
    fakeBrowser.permissions.remove = async (permissions) => {
      givenBack.push(permissions);
      return true;
    };
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  async function shown(setting: typeof goalAlerts) {
    render(<PermissionToggle setting={setting} />, root);
    await settle();
    const box = root.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    const status = () => root.querySelector('[role=status]')!.textContent;
    return { box, status, label: root.querySelector('label')!.textContent };
  }

  it('asks for the permission from the click, and stores on only when the browser allows it', async () => {
    const { box, status, label } = await shown(goalAlerts);
    expect(label).toBe("Tell me when I pass my screen-time goal or a site's daily limit");
    willAllow = false;
    box.click();
    expect(box.checked).toBe(false); // put back at once: the box shows what is stored
    await settle();
    expect(asked).toEqual([{ permissions: ['notifications'] }]);
    expect(await readGoalAlerts()).toBe(false);
    expect(status()).not.toBe('');
    willAllow = true;
    box.click();
    await settle();
    expect(await readGoalAlerts()).toBe(true);
    expect(box.checked).toBe(true);
  });

  it('gives the permission back when turned off, unless another setting still uses it', async () => {
    willAllow = true;
    await setWeeklyReminder({ isOn: true });
    const { box, status } = await shown(goalAlerts);
    box.click();
    await settle();
    const saidOn = status();
    box.click();
    await settle();
    expect(await readGoalAlerts()).toBe(false);
    expect(givenBack).toEqual([]); // the weekly reminder keeps it
    const saidKept = status();
    await setWeeklyReminder({ isOn: false });
    box.click();
    await settle();
    box.click();
    await settle();
    expect(givenBack).toEqual([{ permissions: ['notifications'] }]);
    expect(new Set([saidOn, saidKept, status()]).size).toBe(3);
    expect((await readWeeklyReminder()).isOn).toBe(false);
  });

  it('stores typing on any site the same way, with its own permission', async () => {
    willAllow = true;
    const { box } = await shown(typingEverywhere);
    box.click();
    await settle();
    expect(await readTypingEverywhere()).toBe(true);
    box.click();
    await settle();
    expect(await readTypingEverywhere()).toBe(false);
    expect(givenBack).toEqual([{ permissions: ['scripting'], origins: ['https://*/*', 'http://*/*'] }]);
  });
});
