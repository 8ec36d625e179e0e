/** The import report for a terminal: counts per section, then every problem on one line. */
import { formatIssue, type ImportReport } from '../features/data/import/index.ts';
import type { MatchProposal } from '../features/data/match/resolve.ts';
import { reasonWords } from '../features/data/match/reasons.ts';

export type Lang = 'ja' | 'en';

const SHOWN = 200;

const STATUS_WORDS: Record<MatchProposal['status'], [string, string]> = {
  sure: ['sure', '確実'],
  confirmed: ['confirmed', '同じと決定'],
  rejected: ['a different record', '別と決定'],
  undecided: ['to decide', '未決定'],
  unused: ['imported as new (--match sure)', '新規として取り込み（--match sure）'],
};

/** Every match but the sure ones, one line each; the sure ones counted. */
function printMatches(report: ImportReport, ja: boolean): void {
  const sure = report.matches.filter((m) => m.status === 'sure').length;
  if (sure > 0) console.log(ja ? `確実な一致: ${sure} 件` : `sure matches: ${sure}`);
  for (const m of report.matches.filter((x) => x.status !== 'sure')) {
    const where = `${m.file}${m.line === null ? '' : `:${m.line}`}`;
    const [en, jp] = STATUS_WORDS[m.status];
    const score = Math.round(m.score * 100);
    console.log(
      ja
        ? `${where} 「${m.name}」→「${m.targetName}」 ${score}%（${reasonWords(m.reasons, 'ja')}）: ${jp}`
        : `${where} "${m.name}" → "${m.targetName}" ${score}% (${reasonWords(m.reasons, 'en')}): ${en}`,
    );
  }
}

export function printReport(report: ImportReport, lang: Lang): void {
  const ja = lang === 'ja';
  for (const c of report.counts) {
    const matched = c.matched > 0 ? (ja ? `、一致 ${c.matched}` : `, ${c.matched} matched`) : '';
    const detail =
      c.created + c.updated + c.unchanged + c.matched > 0
        ? ja
          ? `（新規 ${c.created}、更新 ${c.updated}、変更なし ${c.unchanged}${matched}）`
          : ` (${c.created} new, ${c.updated} changed, ${c.unchanged} unchanged${matched})`
        : '';
    const skipped = c.skipped > 0 ? (ja ? `、エラー ${c.skipped} 行` : `, ${c.skipped} with errors`) : '';
    console.log(
      ja
        ? `${c.section}: ${c.valid}/${c.rows} 行${skipped}${detail}`
        : `${c.section}: ${c.valid}/${c.rows} rows${skipped}${detail}`,
    );
  }
  printMatches(report, ja);
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
