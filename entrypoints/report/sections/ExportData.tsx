import { useState } from 'preact/hooks';
import { addDays } from '../../../activity/local-day';
import { message, type MessageKey } from '../../../text/i18n';
import { csvTables } from '../../../summary/csv-tables';
import { historyMarkdown, weekMarkdown } from '../../../summary/markdown-report';
import type { WeekFigures } from '../../../summary/week-figures';
import { zipStore } from '../../../summary/zip-store';
import type { RealignDb } from '../../../storage/db';
import { buildExport } from '../../../backup/export';
import type { ExportScope } from '../../../schema/export-format';
import { downloadFile } from '../download';

type Format = 'json' | 'markdown' | 'csv';
const STATUS: Record<Format, { preparing: MessageKey; done: MessageKey }> = {
  json: { preparing: 'exportPreparingJson', done: 'exportDoneJson' },
  markdown: { preparing: 'exportPreparingMarkdown', done: 'exportDoneMarkdown' },
  csv: { preparing: 'exportPreparingCsv', done: 'exportDoneCsv' },
};

/** Downloads the week shown or everything, as JSON (the backup), Markdown or CSV tables in a zip. */
export function ExportData({ db, week, range }: { db: RealignDb; week: WeekFigures; range: string }) {
  const [scopeKind, setScopeKind] = useState<'week' | 'all'>('week');
  const [status, setStatus] = useState('');
  // One export at a time: a second click while a year is being read would start it again.
  const [isBusy, setBusy] = useState(false);
  const sunday = addDays(week.monday, 6);
  const scope: ExportScope = scopeKind === 'all' ? { kind: 'all' } : { kind: 'range', from: week.monday, to: sunday };
  // File names stay English and ASCII: they are read by file systems and scripts as much as by people.
  const stem = scopeKind === 'all' ? `realign-all-${new Date().toISOString().slice(0, 10)}` : `realign-week-${week.monday}`;

  const run = async (format: Format, make: () => Promise<void>) => {
    if (isBusy) return;
    setBusy(true);
    setStatus(message(STATUS[format].preparing));
    try {
      await make();
      setStatus(message(STATUS[format].done));
    } catch (error) {
      setStatus(message('exportFailed', [String(error)]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card no-print" aria-labelledby="export-heading">
      <h2 id="export-heading">{message('exportHeading')}</h2>
      <fieldset class="choice">
        <legend>{message('exportWhatLegend')}</legend>
        <label><input type="radio" name="export-scope" checked={scopeKind === 'week'} onChange={() => setScopeKind('week')} /> {message('exportScopeWeek')}</label>
        <label><input type="radio" name="export-scope" checked={scopeKind === 'all'} onChange={() => setScopeKind('all')} /> {message('exportScopeAll')}</label>
      </fieldset>
      <div class="button-row">
        <button type="button" class="primary" disabled={isBusy} onClick={() => void run('json', async () => downloadFile(`${stem}.json`, JSON.stringify(await buildExport(db, scope)), 'application/json'))}>
          {message('exportJson')}
        </button>
        <button
          type="button"
          disabled={isBusy}
          onClick={() =>
            void run('markdown', async () =>
              downloadFile(`${stem}.md`, scopeKind === 'week' ? weekMarkdown(week, range) : historyMarkdown(await buildExport(db, scope)), 'text/markdown'),
            )
          }
        >
          {message('exportMarkdown')}
        </button>
        <button type="button" disabled={isBusy} onClick={() => void run('csv', async () => downloadFile(`${stem}-csv.zip`, zipStore(csvTables(await buildExport(db, scope))), 'application/zip'))}>
          {message('exportCsv')}
        </button>
      </div>
      <p class="muted small">{message('exportHint')}</p>
      <p class="muted small" role="status" aria-live="polite">{status}</p>
    </section>
  );
}
