import { useState } from 'preact/hooks';
import { formatCount } from '../../../components/format';
import type { RealignDb } from '../../../storage/db';
import { IMPORT_LIMITS } from '../../../storage/export-format';
import { importBackup, type ImportCounts } from '../../../storage/import';

type Outcome = { ok: true; text: string } | { ok: false; text: string } | null;

/** Reads a JSON backup and merges it into the history; a refused file says why and changes nothing. */
export function ImportData({ db }: { db: RealignDb }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [isBusy, setBusy] = useState(false);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      // The size is known before reading: a file too big is refused without loading it.
      if (file.size > IMPORT_LIMITS.fileSize) {
        setOutcome({ ok: false, text: `Nothing was imported: the file is ${Math.round(file.size / 1024 / 1024)} MB; an import takes at most ${IMPORT_LIMITS.fileSize / 1024 / 1024} MB.` });
        return;
      }
      const result = await importBackup(db, await file.text());
      setOutcome(result.ok ? { ok: true, text: describeImport(file.name, result) } : { ok: false, text: result.message });
    } catch (error) {
      setOutcome({ ok: false, text: `Nothing was imported: ${String(error)}` });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <div class="data-block">
      <h3 class="report__subheading">Import</h3>
      <p class="muted small">
        A JSON export from Realign, from this browser or another. It is checked in full first and merged into your history: nothing is counted twice, and
        importing the same file again changes nothing.
      </p>
      <label class="file-pick">
        <span>Import a JSON backup</span>
        <input type="file" accept="application/json,.json" disabled={isBusy} onChange={(event) => void importFile(event.currentTarget)} />
      </label>
      <div aria-live="polite">
        {isBusy && <p class="muted small">Checking the file…</p>}
        {outcome?.ok && <p class="notice notice--ok" role="status">{outcome.text}</p>}
        {outcome && !outcome.ok && <p class="notice notice--error" role="alert">{outcome.text}</p>}
      </div>
    </div>
  );
}

function describeImport(name: string, counts: ImportCounts): string {
  const parts = [
    `${formatCount(counts.daysNew)} new ${counts.daysNew === 1 ? 'day' : 'days'}`,
    `${formatCount(counts.daysUpdated)} updated`,
    counts.postsSeen > 0 ? `${formatCount(counts.postsSeen)} posts seen added or updated` : '',
    counts.manualEntries > 0 ? `${formatCount(counts.manualEntries)} entries made by hand` : '',
  ].filter(Boolean);
  const nothing = counts.daysNew === 0 && counts.daysUpdated === 0 && counts.segments === 0 && counts.postsSeen === 0 && counts.manualEntries === 0 && counts.nudges === 0 && counts.feedback === 0;
  return nothing ? `Imported ${name}: your history already held everything in it.` : `Imported ${name} (${formatCount(counts.daysInFile)} days): ${parts.join(', ')}.`;
}
