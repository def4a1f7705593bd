import { message } from '../../../text/i18n';
import { MODEL_CARD } from '../model-card-text';

/**
 * What the model learned from, with each source's licence and credit (some licences ask for it).
 * Names, uses and licences are quoted from docs/model-card.md as their authors wrote them.
 */
export function DataCredits() {
  const sources = MODEL_CARD.dataSources;
  if (!sources) return null;
  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{message('modelCardDataHeading')}</h2>
      <p class="muted">{message('modelCardDataIntro')}</p>
      <ul class="data-credits">
        {sources.map((source) => (
          <li key={source.data}>
            <strong>{source.data}</strong>
            <span class="muted"> — {source.usedFor}. </span>
            <span>{source.licence}.</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
