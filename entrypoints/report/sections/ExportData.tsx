import { useState } from 'preact/hooks';
import { addDays } from '../../../activity/local-day';
import { csvTables } from '../../../summary/csv-tables';
import { historyMarkdown, weekMarkdown } from '../../../summary/markdown-report';
import type { WeekFigures } from '../../../summary/week-figures';
import { zipStore } from '../../../summary/zip-store';
import type { RealignDb } from '../../../storage/db';
import { buildExport } from '../../../storage/export';
import type { ExportScope } from '../../../storage/export-format';
import { downloadFile } from '../download';

/** Downloads the week shown or everything, as JSON (the backup), Markdown or CSV tables in a zip. */
export function ExportData({ db, week, title }: { db: RealignDb; week: WeekFigures; title: string }) {
  const [scopeKind, setScopeKind] = useState<'week' | 'all'>('week');
  const [status, setStatus] = useState('');
  const sunday = addDays(week.monday, 6);
  const scope: ExportScope = scopeKind === 'all' ? { kind: 'all' } : { kind: 'range', from: week.monday, to: sunday };
  const stem = scopeKind === 'all' ? `realign-all-${new Date().toISOString().slice(0, 10)}` : `realign-week-${week.monday}`;

  const run = async (what: string, make: () => Promise<void>) => {
    setStatus(`Preparing ${what}…`);
    try {
      await make();
      setStatus(`${what} handed to your browser to save.`);
    } catch (error) {
      setStatus(`Could not export: ${String(error)}`);
    }
  };

  return (
    <section class="card no-print" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <fieldset class="choice">
        <legend>What to export</legend>
        <label><input type="radio" name="export-scope" checked={scopeKind === 'week'} onChange={() => setScopeKind('week')} /> This week</label>
        <label><input type="radio" name="export-scope" checked={scopeKind === 'all'} onChange={() => setScopeKind('all')} /> Everything</label>
      </fieldset>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => void run('JSON backup', async () => downloadFile(`${stem}.json`, JSON.stringify(await buildExport(db, scope)), 'application/json'))}>
          Export JSON
        </button>
        <button
          type="button"
          onClick={() =>
            void run('Markdown report', async () =>
              downloadFile(`${stem}.md`, scopeKind === 'week' ? weekMarkdown(week, title) : historyMarkdown(await buildExport(db, scope)), 'text/markdown'),
            )
          }
        >
          Export Markdown
        </button>
        <button type="button" onClick={() => void run('CSV tables', async () => downloadFile(`${stem}-csv.zip`, zipStore(csvTables(await buildExport(db, scope))), 'application/zip'))}>
          Export CSV
        </button>
      </div>
      <p class="muted small">
        JSON is a complete backup that Realign can import again. CSV comes as a zip of three tables: days, sites and posts seen.
      </p>
      <p class="muted small" role="status" aria-live="polite">{status}</p>
    </section>
  );
}
