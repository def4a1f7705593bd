import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanLabelModes, DEFAULT_LABEL_MODES, readLabelModes, setLabelMode, strongestMode } from './label-modes';

describe('label modes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('label every category by default', async () => {
    expect(await readLabelModes()).toEqual(DEFAULT_LABEL_MODES);
  });

  it('store a change for one category and keep the others', async () => {
    await setLabelMode('scam', 'hide');
    expect(await readLabelModes()).toEqual({ ...DEFAULT_LABEL_MODES, scam: 'hide' });
  });

  it('fall back to the default for a corrupt value, per category', () => {
    expect(cleanLabelModes({ scam: 'explode', fear: 'blur', nonsense: 'hide' })).toEqual({ ...DEFAULT_LABEL_MODES, fear: 'blur' });
    expect(cleanLabelModes('hide everything')).toEqual(DEFAULT_LABEL_MODES);
  });

  it('show a post in the strongest mode among its labels', () => {
    const modes = { ...DEFAULT_LABEL_MODES, outrage: 'blur' as const, ai: 'off' as const };
    expect(strongestMode(modes, ['ai', 'outrage'])).toBe('blur');
    expect(strongestMode(modes, ['ai'])).toBe('off');
    expect(strongestMode(modes, [])).toBe('off');
  });
});
