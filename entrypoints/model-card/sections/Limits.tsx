import { MODEL_CARD } from '../model-card-text';

/** What the model cannot know: said plainly, because a label is a prompt to look twice, not a verdict. */
export function Limits() {
  const blindSpots = MODEL_CARD.blindSpots;
  return (
    <section class="card" aria-labelledby="limits-heading">
      <h2 id="limits-heading">What it cannot know</h2>
      <ul class="limits">
        <li><strong>Only the words.</strong> It cannot see images, video, memes or what a link leads to.</li>
        <li><strong>Not who is right.</strong> It judges how a post is written, not whether it is true. A calm lie passes; an angry truth gets a label.</li>
        <li><strong>Not the context.</strong> It misses sarcasm, jokes between friends, and posts that quote rage bait or scams in order to criticise them.</li>
        <li><strong>Not who wrote it.</strong> “Likely AI” means the text reads like generated text. Careful human writing can look the same, and edited AI text can pass.</li>
        <li><strong>English only.</strong> Posts in other languages get few labels, and those are less reliable.</li>
      </ul>
      {blindSpots && (
        <details class="blind-spots">
          <summary>Known blind spots, measured (from the model card)</summary>
          <ul class="limits">
            {blindSpots.map((spot, i) => (
              <li key={i}>{spot.title && <strong>{spot.title} </strong>}{spot.text}</li>
            ))}
          </ul>
        </details>
      )}
      <p class="muted">
        When a label is wrong, press “Not helpful” on it. That stays on this device and is counted below; Realign does not
        send it anywhere or retrain on it.
      </p>
    </section>
  );
}
