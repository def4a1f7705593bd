import { CATEGORY_NAMES } from '../../../text/category-names';
import { message, type MessageKey } from '../../../text/i18n';
import { MODEL_CARD } from '../model-card-text';

const LIMITS: [title: MessageKey, text: () => string][] = [
  ['modelCardLimitWordsTitle', () => message('modelCardLimitWordsText')],
  ['modelCardLimitTruthTitle', () => message('modelCardLimitTruthText')],
  ['modelCardLimitContextTitle', () => message('modelCardLimitContextText')],
  ['modelCardLimitAuthorTitle', () => message('modelCardLimitAuthorText', [CATEGORY_NAMES.ai])],
  ['modelCardLimitEnglishTitle', () => message('modelCardLimitEnglishText')],
];

/**
 * What the model cannot know: said plainly, because a label is a prompt to look twice, not a verdict.
 * The measured blind spots are quoted from docs/model-card.md, in English as written there.
 */
export function Limits() {
  const blindSpots = MODEL_CARD.blindSpots;
  return (
    <section class="card" aria-labelledby="limits-heading">
      <h2 id="limits-heading">{message('modelCardLimitsHeading')}</h2>
      <ul class="limits">
        {LIMITS.map(([title, text]) => (
          <li key={title}><strong>{message(title)}</strong> {text()}</li>
        ))}
      </ul>
      {blindSpots && (
        <details class="blind-spots">
          <summary>{message('modelCardBlindSpotsSummary')}</summary>
          <ul class="limits">
            {blindSpots.map((spot) => (
              <li key={spot.text}>{spot.title && <strong>{spot.title} </strong>}{spot.text}</li>
            ))}
          </ul>
        </details>
      )}
      <p class="muted">{message('modelCardNotHelpfulNote', [message('badgeNotHelpful')])}</p>
    </section>
  );
}
