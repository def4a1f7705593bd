import { useEffect, useRef, useState } from 'preact/hooks';
import { siteOfUrl } from '../../../activity/site-of-url';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { adapterFor } from '../../../sites/index';
import type { RealignDb } from '../../../storage/db';
import { deleteDateRange, deleteEverything, deleteSite } from '../../../storage/delete-history';

type Kind = 'range' | 'site' | 'all';

/** Deletes everything, a range of days or one site, each after an in-page confirmation. */
export function DeleteData({ db, monday, sunday }: { db: RealignDb; monday: string; sunday: string }) {
  const [kind, setKind] = useState<Kind>('range');
  const [from, setFrom] = useState(monday);
  const [to, setTo] = useState(sunday);
  const [siteInput, setSiteInput] = useState('');
  const [isConfirming, setConfirming] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const startButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // Keyboard focus returns to where the person started once the confirmation closes.
  useEffect(() => {
    if (wasConfirming.current && !isConfirming) startButton.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  const host = siteOfUrl(siteInput.includes('://') ? siteInput.trim() : `https://${siteInput.trim()}/`);
  const problem = kind === 'range' ? (!from || !to ? 'Choose both days.' : from > to ? 'The first day is after the last.' : '') : kind === 'site' && !host ? 'Enter a site, like x.com.' : '';
  const what = kind === 'all' ? 'everything Realign has recorded' : kind === 'range' ? (from === to ? `the history of ${from}` : `the history from ${from} to ${to}`) : `everything about ${host}`;

  const confirm = async () => {
    setBusy(true);
    try {
      if (kind === 'all') await deleteEverything(db);
      else if (kind === 'range') await deleteDateRange(db, from, to);
      else if (host) await deleteSite(db, host, adapterFor(new URL(`https://${host}/`))?.id);
      setStatus(`Deleted ${what}.`);
    } catch (error) {
      setStatus(`Nothing was deleted: ${String(error)}`);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <div class="data-block">
      <h3 class="report__subheading">Delete</h3>
      <fieldset class="choice" disabled={isConfirming}>
        <legend>What to delete</legend>
        <label><input type="radio" name="delete-kind" checked={kind === 'range'} onChange={() => setKind('range')} /> A range of days</label>
        <label><input type="radio" name="delete-kind" checked={kind === 'site'} onChange={() => setKind('site')} /> One site</label>
        <label><input type="radio" name="delete-kind" checked={kind === 'all'} onChange={() => setKind('all')} /> Everything</label>
      </fieldset>
      {kind === 'range' && (
        <div class="field-row">
          <label>From <input type="date" value={from} max={to} disabled={isConfirming} onInput={(e) => setFrom(e.currentTarget.value)} /></label>
          <label>To <input type="date" value={to} min={from} disabled={isConfirming} onInput={(e) => setTo(e.currentTarget.value)} /></label>
        </div>
      )}
      {kind === 'site' && (
        <div class="field-row">
          <label>Site <input type="text" placeholder="x.com" value={siteInput} disabled={isConfirming} onInput={(e) => setSiteInput(e.currentTarget.value)} /></label>
        </div>
      )}
      {problem && <p class="muted small">{problem}</p>}
      {!isConfirming ? (
        <button ref={startButton} type="button" class="danger" disabled={!!problem || isBusy} onClick={() => { setStatus(''); setConfirming(true); }}>
          Delete…
        </button>
      ) : (
        <ConfirmStep title={`Delete ${what}?`} confirmLabel="Yes, delete" isBusy={isBusy} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)}>
          <p>
            This cannot be undone. {kind === 'site' ? 'Its time leaves every day’s totals; posts seen on it go too if Realign reads its feed. ' : ''}
            If you may want it back, export a JSON backup first. Your settings stay.
          </p>
        </ConfirmStep>
      )}
      <p class="muted small" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
