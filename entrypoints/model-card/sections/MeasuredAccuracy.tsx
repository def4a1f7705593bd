import { CATEGORY_NAMES } from '../../../components/category-names';
import { MODEL_CARD } from '../model-card-text';

/** The card's columns, in plain words; any column not named here is shown under its own header. */
const COLUMN_NAMES: Record<string, string> = {
  'held-out source': 'Tested on',
  'pos / neg': 'Posts of this kind / others',
  AUROC: 'Ranks them right',
  'recall @5% FPR': 'Caught, at 5 false alarms in 100',
  'recall @1% FPR': 'Caught, at 1 false alarm in 100',
};
const PREFERRED = Object.keys(COLUMN_NAMES);

const table = MODEL_CARD.accuracy;

/** The measured accuracy per label, read from docs/model-card.md at build time, never retyped. */
export function MeasuredAccuracy() {
  const columns = table ? (PREFERRED.every((h) => table.headers.includes(h)) ? PREFERRED : table.headers) : [];
  return (
    <section class="card" aria-labelledby="accuracy-heading">
      <h2 id="accuracy-heading">How often it is right</h2>
      {!table ? (
        <p>
          The measured figures are not written down yet (they will be in the model card, docs/model-card.md, and shown
          here). Until then, treat every label as unproven.
        </p>
      ) : (
        <>
          <p>
            Each label was tested on posts from a source the model never saw in training, which is closer to meeting a new
            feed than testing on more of the same.
          </p>
          <div class="table-scroll" role="region" aria-labelledby="accuracy-heading" tabIndex={0}>
            <table class="accuracy">
              <thead>
                <tr>
                  <th scope="col">Label</th>
                  {columns.map((h) => <th key={h} scope="col">{COLUMN_NAMES[h] ?? h}</th>)}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{row.category ? CATEGORY_NAMES[row.category] : row.head}</th>
                    {columns.map((h) => <td key={h}>{row.cells[h] ?? ''}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <dl class="legend muted">
            <dt>Ranks them right</dt>
            <dd>How often a post of this kind scores higher than an ordinary one (AUROC): 1.00 always, 0.50 a coin toss.</dd>
            <dt>Caught, at 5 false alarms in 100</dt>
            <dd>The share of posts of this kind it labels when the threshold lets 5 in 100 ordinary posts through as well.</dd>
          </dl>
          <p class="muted">
            Figures from the model card (docs/model-card.md), measured with <code>npm run eval</code>. It also compares the
            model with a plain word-count baseline; only the model's figures are shown here.
          </p>
        </>
      )}
    </section>
  );
}
