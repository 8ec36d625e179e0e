/** The import report: what each file holds, then every problem with file, line and column. */
import { useTranslation } from 'react-i18next';
import type { RunImportMutation } from '../../gql/graphql.ts';
import type { Language } from '../../i18n/languages.ts';

type Report = RunImportMutation['runImport'];

export function ImportReportView({ report, language }: { report: Report; language: Language }) {
  const { t } = useTranslation();
  const errors = report.issues.filter((i) => i.severity === 'ERROR');
  return (
    <section className="import-report" aria-label={t('import.report.title')}>
      <p className={report.ok ? 'import-verdict import-ok' : 'import-verdict import-bad'} role="status">
        {verdict(report, t)}
      </p>
      {report.counts.length > 0 && (
        <table className="import-counts">
          <thead>
            <tr>
              <th>{t('import.report.section')}</th>
              <th>{t('import.report.rows')}</th>
              <th>{t('import.report.valid')}</th>
              <th>{t('import.report.withErrors')}</th>
              <th>{t('import.report.created')}</th>
              <th>{t('import.report.updated')}</th>
              <th>{t('import.report.unchanged')}</th>
              <th>{t('import.report.matched')}</th>
            </tr>
          </thead>
          <tbody>
            {report.counts.map((c) => (
              <tr key={c.section} data-section={c.section}>
                <th scope="row">{t(`import.sections.${c.section}`)}</th>
                <td>{c.rows}</td>
                <td>{c.valid}</td>
                <td>{c.skipped}</td>
                <td>{c.created}</td>
                <td>{c.updated}</td>
                <td>{c.unchanged}</td>
                <td>{c.matched}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.issues.length > 0 && (
        <ol className="import-issues" aria-label={t('import.report.problems', { count: errors.length })}>
          {report.issues.map((issue, i) => (
            <li
              key={i}
              className={`${issue.severity === 'ERROR' ? 'import-issue-error' : 'import-issue-warning'}${issue.causeFile != null ? ' import-issue-followon' : ''}`}
            >
              {issue.causeFile != null && <span aria-hidden="true">↳ </span>}
              <span className="import-where">
                {issue.file ?? '—'}
                {issue.line !== null && issue.line !== undefined && ` ${t('import.report.line', { line: issue.line })}`}
                {issue.column && ` [${issue.column}]`}
              </span>{' '}
              {issue.severity === 'WARNING' && <strong>{t('import.report.warning')} </strong>}
              {language === 'ja' ? issue.messageJa : issue.messageEn}
              {issue.causeFile != null && (
                <span className="import-where">
                  {' '}
                  {t('import.report.followsFrom', {
                    place:
                      `${issue.causeFile} ${issue.causeLine != null ? t('import.report.line', { line: issue.causeLine }) : ''}`.trim(),
                  })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {report.issueCount > report.issues.length && (
        <p>{t('import.report.more', { count: report.issueCount - report.issues.length })}</p>
      )}
      {report.files.length > 0 && (
        <p className="import-files">
          {report.files.map((f) => `${f.file} (${t(`import.encodings.${f.encoding.replace(/-/g, '_')}`)})`).join(' · ')}
        </p>
      )}
    </section>
  );
}

function verdict(report: Report, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (!report.ok) return t('import.report.rejected', { count: report.errorCount });
  if (report.committed) {
    return report.skippedRows > 0
      ? t('import.report.importedSkipping', { count: report.skippedRows })
      : t('import.report.imported');
  }
  return report.skippedRows > 0
    ? t('import.report.readySkipping', { count: report.skippedRows })
    : t('import.report.ready');
}
