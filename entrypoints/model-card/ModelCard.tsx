import { BrandHeader } from '../../components/BrandHeader';
import { openDb } from '../../storage/db';
import { DataCredits } from './sections/DataCredits';
import { LabelMeanings } from './sections/LabelMeanings';
import { Limits } from './sections/Limits';
import { MeasuredAccuracy } from './sections/MeasuredAccuracy';
import { YourFeedback } from './sections/YourFeedback';

const db = openDb();

/** "How Realign judges posts": the model card in plain words, for the person whose feed it labels. */
export function ModelCard() {
  return (
    <div class="model-card">
      <BrandHeader title="How Realign judges posts">
        <p class="muted brand-header__sub">
          <a href="/options.html#labels">Label settings</a>
        </p>
      </BrandHeader>
      <main class="model-card__main">
        <section class="card" aria-labelledby="how-heading">
          <h2 id="how-heading">In short</h2>
          <p>
            A small model inside the extension reads the text of each post, on this device, and nothing else: no images,
            no video, no account history, nothing sent anywhere. For each of seven kinds of post it gives a score from
            0 to 100%. A post is labelled when its score passes that kind's threshold and the model can name the cues
            behind it, such as anger words, a countdown or “share if you agree”; it never labels a post it cannot explain.
            The badge shows those cues and the score.
          </p>
          <p>
            Scores are calibrated as if posts of each kind were as common as ordinary ones. Real feeds hold far fewer, so
            read 80% as “this looks much more like that kind than like an ordinary post”, not as “8 in 10 such posts are
            scams”.
          </p>
          <p>
            The thresholds were chosen on posts held back from training, so that at most 5 in 100 ordinary posts overall,
            and at most 10 in 100 from any single source, got each label. Your sensitivity dial in the settings moves them.
          </p>
        </section>
        <LabelMeanings />
        <MeasuredAccuracy />
        <Limits />
        <YourFeedback db={db} />
        <DataCredits />
      </main>
    </div>
  );
}
