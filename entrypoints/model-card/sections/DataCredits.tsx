import { MODEL_CARD } from '../model-card-text';

/** What the model learned from, with each source's licence and credit (some licences ask for it). */
export function DataCredits() {
  const sources = MODEL_CARD.dataSources;
  if (!sources) return null;
  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">What it learned from</h2>
      <p class="muted">
        Only these sets trained the model that ships inside Realign. The data itself is not in the extension.
      </p>
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
