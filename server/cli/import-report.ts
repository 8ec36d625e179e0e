/** The import report for a terminal: counts per section, then every problem on one line. */
import { formatIssue, type ImportReport } from '../features/data/import/index.ts';

export type Lang = 'ja' | 'en';

const SHOWN = 200;

export function printReport(report: ImportReport, lang: Lang): void {
  const ja = lang === 'ja';
  for (const c of report.counts) {
    const nodes = c.created + c.updated + c.unchanged > 0;
    const detail = nodes
      ? ja
        ? `（新規 ${c.created}、更新 ${c.updated}、変更なし ${c.unchanged}）`
        : ` (${c.created} new, ${c.updated} changed, ${c.unchanged} unchanged)`
      : '';
    const skipped = c.skipped > 0 ? (ja ? `、エラー ${c.skipped} 行` : `, ${c.skipped} with errors`) : '';
    console.log(
      ja
        ? `${c.section}: ${c.valid}/${c.rows} 行${skipped}${detail}`
        : `${c.section}: ${c.valid}/${c.rows} rows${skipped}${detail}`,
    );
  }
  for (const item of report.issues.slice(0, SHOWN)) console.log(formatIssue(item, lang));
  if (report.issues.length > SHOWN) {
    const rest = report.issues.length - SHOWN;
    console.log(ja ? `…ほか ${rest} 件（--json ですべて表示）` : `…and ${rest} more (--json shows all)`);
  }
  console.log(summary(report, ja));
}

function summary(report: ImportReport, ja: boolean): string {
  if (!report.ok) {
    return ja
      ? `エラーが ${report.errorCount} 件あるため、何も書き込みませんでした。`
      : `${report.errorCount} error(s): nothing was written.`;
  }
  if (report.dryRun) {
    return ja ? `確認のみ（--dry-run）: 何も書き込みませんでした。` : 'Dry run: nothing was written.';
  }
  const skipped =
    report.skippedRows > 0
      ? ja
        ? `（${report.skippedRows} 行をスキップ）`
        : ` (${report.skippedRows} rows skipped)`
      : '';
  return ja ? `インポートしました${skipped}。` : `Imported${skipped}.`;
}
