// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NUDGE_RULES } from '../../../nudges/rules';
import { readSwitchedOffNudges } from '../../../settings/nudge-prefs';
import { formatEnglish } from '../../../text/i18n';
import { NudgesSection } from './NudgesSection';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the settings page nudges section', () => {
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('offers a switch for every rule in the list, named and described by the rule, and stores one turned off', async () => {
    render(<NudgesSection />, root);
    await settle();
    const shown = NUDGE_RULES.map(({ id }) => {
      const box = root.querySelector<HTMLInputElement>(`#nudge-${id}`);
      return {
        isOn: box?.checked,
        name: root.querySelector(`label[for="nudge-${id}"]`)?.textContent,
        about: box && root.querySelector(`#${box.getAttribute('aria-describedby')}`)?.textContent,
      };
    });
    expect(shown).toEqual(NUDGE_RULES.map(({ name, about }) => ({ isOn: true, name: formatEnglish(name), about: formatEnglish(about) })));
    const last = NUDGE_RULES.at(-1)!;
    root.querySelector<HTMLInputElement>(`#nudge-${last.id}`)!.click();
    await settle();
    expect(await readSwitchedOffNudges()).toEqual([last.id]);
  });
});
