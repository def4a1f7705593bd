import { useState } from 'preact/hooks';
import { formatCount } from '../../../text/format';
import { message } from '../../../text/i18n';
import type { RealignDb } from '../../../storage/db';
import { IMPORT_LIMITS } from '../../../schema/export-format';
import { importBackup, type ImportStep } from '../../../backup/import';
import type { ImportRefusal } from '../../../backup/import-refusal';
import { wordImportRefusal } from './import-refusal-text';
import { wordImportResult } from './import-result-text';

type Outcome = { ok: true; text: string } | { ok: false; text: string; detail?: string } | null;
/** Reading, checking, merging: the bar moves by stage (each is one long step the browser cannot split). */
type Progress = { stage: 'reading' } | ImportStep;
const STAGE_SHARE: Record<Progress['stage'], number> = { reading: 0.1, checking: 0.35, merging: 0.7 };

/** Reads a JSON backup and merges it into the history; a refused file says why and changes nothing. */
export function ImportData({ db }: { db: RealignDb }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const isBusy = progress !== null;

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setProgress({ stage: 'reading' });
    setOutcome(null);
    try {
      // The size is known before reading: a file too big is refused without loading it.
      if (file.size > IMPORT_LIMITS.fileSize) {
        setOutcome(refusedOutcome({ code: 'too-big', path: '', size: file.size, limit: IMPORT_LIMITS.fileSize }));
        return;
      }
      const result = await importBackup(db, await file.text(), undefined, Date.now(), setProgress);
      setOutcome(result.ok ? { ok: true, text: wordImportResult(file.name, result) } : refusedOutcome(result.refusal));
    } catch (error) {
      setOutcome({ ok: false, text: message('importFailed', [String(error)]) });
    } finally {
      setProgress(null);
      input.value = '';
    }
  };

  return (
    <div class="data-block">
      <h3 class="report__subheading">{message('importHeading')}</h3>
      <p class="muted small">{message('importIntro')}</p>
      <label class="file-pick">
        <span>{message('importPick')}</span>
        <input type="file" accept="application/json,.json" disabled={isBusy} onChange={(event) => void importFile(event.currentTarget)} />
      </label>
      <div aria-live="polite">
        {progress && (
          <div class="import-progress">
            <progress max={1} value={STAGE_SHARE[progress.stage]} aria-labelledby="import-progress-text" />
            <p id="import-progress-text" class="muted small">
              {progress.stage === 'merging'
                ? message('importMerging', [formatCount(progress.days), formatCount(progress.rows)])
                : message(progress.stage === 'reading' ? 'importReading' : 'importChecking')}
            </p>
          </div>
        )}
        {outcome?.ok && <p class="notice notice--ok" role="status">{outcome.text}</p>}
        {outcome && !outcome.ok && (
          <div class="notice notice--error" role="alert">
            <p>{outcome.text}</p>
            {outcome.detail && (
              <details>
                <summary>{message('importDetails')}</summary>
                <p class="notice__detail">{outcome.detail}</p>
              </details>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

/** A refused file: what is wrong in the person's words first, the place in the file behind "Details". */
function refusedOutcome(refusal: ImportRefusal): Outcome {
  const { headline, detail } = wordImportRefusal(refusal);
  return { ok: false, text: headline, detail };
}
