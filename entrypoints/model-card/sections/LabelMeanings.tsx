import { CATEGORY_DESCRIPTIONS } from '../../../text/category-descriptions';
import { CATEGORY_NAMES } from '../../../text/category-names';
import { message } from '../../../text/i18n';
import { STEP_NAMES } from '../../../text/sensitivity-step-names';
import { useSetting } from '../../../components/use-setting';
import { DEFAULT_THRESHOLDS, HEAD_CARDS } from '../../../model';
import { oneIn } from '../../../text/one-in';
import { CATEGORIES, type Category } from '../../../model/categories';
import { readSensitivity, sensitivityItem, shareLabelled, shiftThreshold } from '../../../settings/sensitivity';
import { MODEL_CARD } from '../model-card-text';

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const percent = (p: number) => percentFormat.format(p);
/** "the text was likely written…" → "The text was likely written….". */
const asSentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

/**
 * The card's own words and example cues where it has them (docs/model-card.md, the technical
 * card: quoted in English as written there), else the description from _locales.
 */
const meaningOf = (category: Category) => {
  const fromCard = MODEL_CARD.meanings?.[category];
  return { flags: fromCard ? asSentence(fromCard.flags) : CATEGORY_DESCRIPTIONS[category], cues: fromCard?.cues ?? '' };
};

/** Each label, what it means, and what its threshold meant in testing (as measured, and as dialled). */
export function LabelMeanings() {
  const sensitivity = useSetting(readSensitivity, sensitivityItem);
  return (
    <section class="card" aria-labelledby="labels-heading">
      <h2 id="labels-heading">{message('modelCardLabelsHeading')}</h2>
      <dl class="meanings">
        {CATEGORIES.map((category) => {
          const step = sensitivity?.[category] ?? 0;
          const { flags, cues } = meaningOf(category);
          const card = HEAD_CARDS[category];
          const measured = oneIn(card.ordinaryRate.some);
          const caught = percent(card.caught.some);
          return (
            <div key={category} class="meanings__item">
              <dt>{CATEGORY_NAMES[category]}</dt>
              <dd>
                {flags}
                {cues && <span class="meanings__cues"> {message('modelCardCues', [cues])}</span>}
                <span class="meanings__threshold muted">
                  {step === 0
                    ? message('modelCardThreshold', [measured, caught])
                    : message('modelCardThresholdDialled', [measured, caught, STEP_NAMES[step], oneIn(shareLabelled(shiftThreshold(DEFAULT_THRESHOLDS[category], step)))])}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
