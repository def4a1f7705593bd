/**
 * How each category of flagged post is shown: not at all, with a label, blurred until clicked,
 * or hidden behind a one-line stub. Defaults label everything and hide nothing: the person
 * decides what to blur or hide.
 */
import { defineSetting } from './define-setting';
import { CATEGORIES, type Category } from '../model/categories';

export const LABEL_MODES = ['off', 'label', 'blur', 'hide'] as const;
export type LabelMode = (typeof LABEL_MODES)[number];
export type LabelModes = Record<Category, LabelMode>;

export const DEFAULT_LABEL_MODES: LabelModes = {
  ai: 'label',
  outrage: 'label',
  fear: 'label',
  clickbait: 'label',
  fomo: 'label',
  scam: 'label',
  engagement_bait: 'label',
};

function isLabelMode(value: unknown): value is LabelMode {
  return typeof value === 'string' && (LABEL_MODES as readonly string[]).includes(value);
}

/** Each category's stored mode, or its default where the stored value is missing or corrupt. */
export function cleanLabelModes(value: unknown): LabelModes {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(
    CATEGORIES.map((category) => {
      const mode = stored[category];
      return [category, isLabelMode(mode) ? mode : DEFAULT_LABEL_MODES[category]];
    }),
  ) as LabelModes;
}

export const labelModes = defineSetting<LabelModes, Partial<LabelModes>>({
  key: 'labelModes',
  fallback: {},
  check: cleanLabelModes,
  page: { name: 'settingsNameLabelModes', section: 'labels', shape: 'record' },
});
export const { item: labelModesItem, read: readLabelModes } = labelModes;

export async function setLabelMode(category: Category, mode: LabelMode): Promise<void> {
  await labelModes.write({ ...(await readLabelModes()), [category]: mode });
}

const STRENGTH: Record<LabelMode, number> = { off: 0, label: 1, blur: 2, hide: 3 };

/** A post flagged for several categories is shown in the strongest of their modes. */
export function strongestMode(modes: LabelModes, labels: readonly Category[]): LabelMode {
  return labels.reduce<LabelMode>((strongest, category) => {
    const mode = modes[category];
    return STRENGTH[mode] > STRENGTH[strongest] ? mode : strongest;
  }, 'off');
}
