/**
 * The rule that keeps day rollups consistent when two histories meet (docs/export-format.md,
 * "Merging"). Rollups are kept forever, raw rows only for the retention period, so a rollup is
 * part raw-backed, part residual (what pruned rows once added). For every figure of a day:
 *
 *   merged = max(stored − stored raw, imported − imported raw) + raw of the merged rows
 *
 * Raw rows are merged by natural key, so time and posts both histories hold count once and those
 * only one holds add up; residuals cannot be matched row by row, so the larger is kept, never the
 * sum. The rule is idempotent (a second import finds stored − merged raw = the kept residual) and
 * on an empty profile gives back the imported rollup exactly.
 */
import type { DayRollup } from '../figures/day-rollup';
import { dayOfLedger, ledgerOf, type Ledger } from './day-ledger';

export interface DaySides {
  stored: DayRollup | undefined;
  imported: DayRollup | undefined;
  storedRaw: Ledger | undefined;
  importedRaw: Ledger | undefined;
  mergedRaw: Ledger | undefined;
}

export function mergeDay(date: string, sides: DaySides): DayRollup {
  const stored = ledgerOf(sides.stored);
  const imported = ledgerOf(sides.imported);
  const empty: Ledger = new Map();
  const storedRaw = sides.storedRaw ?? empty;
  const importedRaw = sides.importedRaw ?? empty;
  const mergedRaw = sides.mergedRaw ?? empty;
  const keys = new Set([...stored.keys(), ...imported.keys(), ...mergedRaw.keys()]);
  const merged: Ledger = new Map();
  for (const key of keys) {
    const storedResidual = Math.max(0, (stored.get(key) ?? 0) - (storedRaw.get(key) ?? 0));
    const importedResidual = Math.max(0, (imported.get(key) ?? 0) - (importedRaw.get(key) ?? 0));
    merged.set(key, Math.max(storedResidual, importedResidual) + (mergedRaw.get(key) ?? 0));
  }
  return dayOfLedger(date, merged);
}
