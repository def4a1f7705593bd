import { BrandHeader } from '../../components/BrandHeader';
import { message } from '../../text/i18n';
import { openDb } from '../../storage/db';
import { CatchChart } from './sections/CatchChart';
import { DataCredits } from './sections/DataCredits';
import { LabelMeanings } from './sections/LabelMeanings';
import { Limits } from './sections/Limits';
import { MeasuredAccuracy } from './sections/MeasuredAccuracy';
import { YourFeedback } from './sections/YourFeedback';

const db = openDb();

/**
 * "How Realign judges posts": the model card in plain words, for the person whose feed it labels.
 * The page's own words come from _locales; what it quotes from docs/model-card.md (label meanings,
 * blind spots, test sources, data credits) is the technical card itself, kept in English as written.
 */
export function ModelCard() {
  return (
    <div class="model-card">
      <BrandHeader title={message('modelCardTitle')}>
        <p class="muted brand-header__sub">
          <a href="/options.html#labels">{message('modelCardLabelSettings')}</a>
        </p>
      </BrandHeader>
      <main class="model-card__main">
        {/* A chart first (issue 17): what each label catches and how often it is wrong; details below. */}
        <CatchChart />
        <section class="card" aria-labelledby="how-heading">
          <h2 id="how-heading">{message('modelCardInShortHeading')}</h2>
          <p>{message('modelCardInShortModel')}</p>
          <p>{message('modelCardInShortCalibration')}</p>
          <p>{message('modelCardInShortThresholds')}</p>
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
