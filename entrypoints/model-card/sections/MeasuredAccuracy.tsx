import { CATEGORY_NAMES } from '../../../text/category-names';
import { message, type MessageKey } from '../../../text/i18n';
import { messageWith } from '../../../components/message-with';
import { MODEL_CARD } from '../model-card-text';

/** The card's columns, in plain words; any column not named here is shown under its own header. */
const COLUMN_NAMES: Record<string, MessageKey> = {
  'held-out source': 'modelCardColumnTestedOn',
  'pos / neg': 'modelCardColumnPostsOfKind',
  AUROC: 'modelCardColumnRanksRight',
  'recall @5% FPR': 'modelCardColumnCaughtAt5',
  'recall @1% FPR': 'modelCardColumnCaughtAt1',
};
const PREFERRED = Object.keys(COLUMN_NAMES);
const columnName = (header: string) => (COLUMN_NAMES[header] ? message(COLUMN_NAMES[header]) : header);

/** "0.912" as the person's locale writes it, same digits; source names and "500 / 800" stay as the card has them. */
function formatFigure(cell: string): string {
  if (!/^\d+\.\d+$/.test(cell)) return cell;
  const digits = cell.split('.')[1]!.length;
  return new Intl.NumberFormat(undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(cell));
}

const table = MODEL_CARD.accuracy;
/** A command line, the same in every language. */
const EVAL_COMMAND = 'npm run eval';

/**
 * The measured accuracy per label, read from docs/model-card.md at build time, never retyped. The
 * headings and explanations are the page's own (from _locales); the test sources are named as the
 * card names them, in English.
 */
export function MeasuredAccuracy() {
  const columns = table ? (PREFERRED.every((h) => table.headers.includes(h)) ? PREFERRED : table.headers) : [];
  return (
    <section class="card" aria-labelledby="accuracy-heading">
      <h2 id="accuracy-heading">{message('modelCardAccuracyHeading')}</h2>
      {!table ? (
        <p>{message('modelCardAccuracyMissing')}</p>
      ) : (
        <>
          <p>{message('modelCardAccuracyIntro')}</p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex lint/a11y/useSemanticElements: a scrolling region must take focus so the keyboard can scroll it (axe: scrollable-region-focusable) */}
          <div class="table-scroll" role="region" aria-labelledby="accuracy-heading" tabIndex={0}>
            <table class="accuracy">
              <thead>
                <tr>
                  <th scope="col">{message('modelCardColumnLabel')}</th>
                  {columns.map((h) => <th key={h} scope="col">{columnName(h)}</th>)}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.head}>
                    <th scope="row">{row.category ? CATEGORY_NAMES[row.category] : row.head}</th>
                    {columns.map((h) => <td key={h}>{formatFigure(row.cells[h] ?? '')}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <dl class="legend muted">
            <dt>{message('modelCardColumnRanksRight')}</dt>
            <dd>{message('modelCardRanksRightMeaning', [formatFigure('1.00'), formatFigure('0.50')])}</dd>
            {columns.includes('recall @5% FPR') && (
              <>
                <dt>{message('modelCardColumnCaughtAt5')}</dt>
                <dd>{message('modelCardCaughtMeaning')}</dd>
              </>
            )}
          </dl>
          <p class="muted">{messageWith('modelCardFiguresSource', <code>{EVAL_COMMAND}</code>)}</p>
        </>
      )}
    </section>
  );
}
