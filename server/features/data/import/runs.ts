/**
 * Import runs: a large import (more than ATOMIC_LIMIT writes) commits batch by batch, so a killed
 * process leaves part of it written. Each such import records a run whose count of rows written
 * moves in the same transaction as the batch, so "stopped at row N of M" is exact. A run that has
 * not moved for minutes is shown as interrupted (API, explorer, CLI) until the same bundle is
 * imported again, which finishes it.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../../db/driver.ts';
import type { InputFile } from './sources.ts';

export interface InterruptedImport {
  id: string;
  /** The imported files' names. */
  source: string;
  done: number;
  total: number;
  started: string;
}

/** A run that has not moved for this long has no process behind it. */
export const STALE_SECONDS = 120;

/** What makes two imports the same: their files (names and bytes) and how they are read. */
export function fingerprintOf(files: readonly InputFile[], options: object): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(file.name).update('\0').update(file.bytes).update('\0');
  }
  hash.update(JSON.stringify(options));
  return hash.digest('hex');
}

export const newRunId = (): string => randomUUID();

export const sourceOf = (files: readonly InputFile[]): string =>
  files
    .map((f) => f.name.replace(/^.*[\\/]/, ''))
    .join(', ')
    .slice(0, 300);

/** Interrupted runs: all of them, or those of one organisation's imports. */
export async function interruptedImports(
  db: Db,
  staleSeconds = STALE_SECONDS,
  organisation: string | null = null,
): Promise<InterruptedImport[]> {
  const rows = await db.read((tx) => tx.run('import-runs-interrupted', { staleSeconds, organisation }));
  return rows.map((r) => ({
    id: String(r.id),
    source: String(r.source),
    done: Number(r.done),
    total: Number(r.total),
    started: String(r.started),
  }));
}

/** One line per interrupted run, in English and Japanese, for the CLI and logs. */
export function describeInterrupted(run: InterruptedImport, lang: 'en' | 'ja'): string {
  return lang === 'ja'
    ? `${run.source} のインポートは ${run.total} 行中 ${run.done} 行で止まっています（${run.started.slice(0, 16)} 開始）。同じファイルでもう一度実行すると完了します。`
    : `the import of ${run.source} stopped at row ${run.done} of ${run.total} (started ${run.started.slice(0, 16)}); run it again with the same files to finish it`;
}
