import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { startOfDayKey } from '../../../activity/local-day';
import { siteOfUrl } from '../../../activity/site-of-url';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { message } from '../../../text/i18n';
import { siteOfHost } from '../../../sites/registry';
import type { RealignDb } from '../../../storage/db';
import { deleteDateRange, deleteEverything, deleteSite } from '../../../storage/delete-history';

type Kind = 'range' | 'site' | 'all';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const formatDay = (date: string) => dayFormat.format(new Date(startOfDayKey(date)));

/** What is about to go, as the confirmation asks it and as the status reports it once gone. */
function describeDeletion(kind: Kind, from: string, to: string, host: string | null): { question: string; done: string } {
  if (kind === 'all') return { question: message('reportDeleteConfirmAll'), done: message('reportDeletedAll') };
  if (kind === 'site') return { question: message('reportDeleteConfirmSite', [host ?? '']), done: message('reportDeletedSite', [host ?? '']) };
  if (from === to) return { question: message('reportDeleteConfirmDay', [formatDay(from)]), done: message('reportDeletedDay', [formatDay(from)]) };
  const days = [formatDay(from), formatDay(to)];
  return { question: message('reportDeleteConfirmRange', days), done: message('reportDeletedRange', days) };
}

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
  // Keyboard focus returns to where the person started once the confirmation closes, in the same
  // commit that removes the confirmation (a plain effect waits for a frame, with focus on <body>).
  useLayoutEffect(() => {
    if (wasConfirming.current && !isConfirming) startButton.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  const host = siteOfUrl(siteInput.includes('://') ? siteInput.trim() : `https://${siteInput.trim()}/`);
  const problem =
    kind === 'range' ? (!from || !to ? message('reportDeleteNeedBothDays') : from > to ? message('reportDeleteRangeBackwards') : '') : kind === 'site' && !host ? message('reportDeleteNeedSite') : '';
  const what = problem ? null : describeDeletion(kind, from, to, host);

  const confirm = async () => {
    setBusy(true);
    try {
      if (kind === 'all') await deleteEverything(db);
      else if (kind === 'range') await deleteDateRange(db, from, to);
      else if (host) await deleteSite(db, host, siteOfHost(new URL(`https://${host}/`).hostname) ?? undefined);
      setStatus(what?.done ?? '');
    } catch (error) {
      setStatus(message('reportDeleteFailed', [String(error)]));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <div class="data-block">
      <h3 class="report__subheading">{message('reportDeleteHeading')}</h3>
      <fieldset class="choice" disabled={isConfirming}>
        <legend>{message('reportDeleteLegend')}</legend>
        <label><input type="radio" name="delete-kind" checked={kind === 'range'} onChange={() => setKind('range')} /> {message('reportDeleteRange')}</label>
        <label><input type="radio" name="delete-kind" checked={kind === 'site'} onChange={() => setKind('site')} /> {message('reportDeleteSite')}</label>
        <label><input type="radio" name="delete-kind" checked={kind === 'all'} onChange={() => setKind('all')} /> {message('reportDeleteAll')}</label>
      </fieldset>
      {kind === 'range' && (
        <div class="field-row">
          <label>{message('reportDeleteFrom')} <input type="date" value={from} max={to} disabled={isConfirming} onInput={(e) => setFrom(e.currentTarget.value)} /></label>
          <label>{message('reportDeleteTo')} <input type="date" value={to} min={from} disabled={isConfirming} onInput={(e) => setTo(e.currentTarget.value)} /></label>
        </div>
      )}
      {kind === 'site' && (
        <div class="field-row">
          <label>{message('reportDeleteSiteLabel')} <input type="text" placeholder={message('reportDeleteSitePlaceholder')} value={siteInput} disabled={isConfirming} onInput={(e) => setSiteInput(e.currentTarget.value)} /></label>
        </div>
      )}
      {problem && <p class="muted small">{problem}</p>}
      {!isConfirming ? (
        <button ref={startButton} type="button" class="danger" disabled={!!problem || isBusy} onClick={() => { setStatus(''); setConfirming(true); }}>
          {message('reportDeleteStart')}
        </button>
      ) : (
        <ConfirmStep title={what?.question ?? ''} confirmLabel={message('reportDeleteConfirmButton')} isBusy={isBusy} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)}>
          <p>{message(kind === 'site' ? 'reportDeleteWarningSite' : 'reportDeleteWarning')}</p>
        </ConfirmStep>
      )}
      <p class="muted small" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
