/**
 * Matching on import, as the user sees it: sure matches (used, listed on request, each can still
 * be called a different record) and possible ones, each decided "same" or "different" (or all at
 * once); "check again" re-runs the check with the decisions.
 */
import { useTranslation } from 'react-i18next';
import type { ImportMatchKind, RunImportMutation } from '../../gql/graphql.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatNumber } from '../../ui/format.ts';

export type ImportMatchRow = RunImportMutation['runImport']['matches'][number];

/** The user's answers, by match (kind, row id and target: an answer about another target does not count). */
export type Decisions = ReadonlyMap<string, boolean>;

export const decisionKey = (m: { kind: ImportMatchKind; importedId: string; targetId: string }): string =>
  `${m.kind}\u0000${m.importedId}\u0000${m.targetId}`;

export function decisionList(decisions: Decisions) {
  return [...decisions].map(([key, same]) => {
    const [kind, importedId, targetId] = key.split('\u0000') as [ImportMatchKind, string, string];
    return { kind, importedId, targetId, same };
  });
}

interface Props {
  matches: readonly ImportMatchRow[];
  decisions: Decisions;
  language: Language;
  disabled: boolean;
  onDecide(changes: [key: string, same: boolean][]): void;
  onApply(): void;
}

const isPossible = (m: ImportMatchRow) => m.status !== 'SURE';

/** What the last check used: the record (true), a new one (false), or nothing yet. */
const reflected = (m: ImportMatchRow): boolean | undefined =>
  m.status === 'SURE' || m.status === 'CONFIRMED' ? true : m.status === 'REJECTED' ? false : undefined;

export function MatchesPanel({ matches, decisions, language, disabled, onDecide, onApply }: Props) {
  const { t } = useTranslation();
  if (matches.length === 0) return null;
  const possible = matches.filter(isPossible);
  const sure = matches.filter((m) => !isPossible(m));
  const waiting = possible.filter((m) => !decisions.has(decisionKey(m))).length;
  // Decided here but not yet checked: the report still shows the earlier status.
  const pending = matches.some((m) => {
    const d = decisions.get(decisionKey(m));
    return d !== undefined && d !== reflected(m);
  });
  return (
    <section className="import-matches" aria-labelledby="import-matches-title" data-testid="import-matches">
      <h3 id="import-matches-title">{t('import.matches.title')}</h3>
      <p className="import-hint">{t('import.matches.lead')}</p>
      {possible.length > 0 && (
        <>
          <p role="status">
            {t('import.matches.possible', { count: possible.length })}{' '}
            {waiting > 0 && <strong>{t('import.matches.waiting', { count: waiting })}</strong>}
          </p>
          <div className="import-row">
            <button
              type="button"
              disabled={disabled}
              onClick={() => onDecide(possible.map((m) => [decisionKey(m), true]))}
            >
              {t('import.matches.allSame')}
            </button>
            <button
              type="button"
              disabled={disabled}
              onClick={() => onDecide(possible.map((m) => [decisionKey(m), false]))}
            >
              {t('import.matches.allDifferent')}
            </button>
          </div>
          <MatchTable
            rows={possible}
            decisions={decisions}
            language={language}
            disabled={disabled}
            onDecide={onDecide}
          />
        </>
      )}
      {sure.length > 0 && (
        <details className="import-sure">
          <summary>
            {t('import.matches.sure', { count: sure.length })} {t('import.matches.showSure')}
          </summary>
          <MatchTable rows={sure} decisions={decisions} language={language} disabled={disabled} onDecide={onDecide} />
        </details>
      )}
      {pending && (
        <button type="button" className="button-primary" disabled={disabled || waiting > 0} onClick={onApply}>
          {t('import.matches.apply')}
        </button>
      )}
    </section>
  );
}

function MatchTable({
  rows,
  decisions,
  language,
  disabled,
  onDecide,
}: Omit<Props, 'matches' | 'onApply'> & { rows: readonly ImportMatchRow[] }) {
  const { t } = useTranslation();
  return (
    <table className="import-match-table">
      <thead>
        <tr>
          <th>{t('import.matches.row')}</th>
          <th>{t('import.matches.target')}</th>
          <th>{t('import.matches.score')}</th>
          <th>{t('import.matches.why')}</th>
          <th>{t('import.matches.decision')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => {
          const key = decisionKey(m);
          const decided = decisions.get(key) ?? reflected(m);
          const name = `match-${key}`;
          return (
            <tr key={key} data-match={m.importedId}>
              <td>
                <span className="import-match-kind">{t(`import.matches.kinds.${m.kind}`)}</span> {m.name}
                <span className="import-where">
                  {' '}
                  {m.file}
                  {m.line != null && ` ${t('import.report.line', { line: m.line })}`}
                </span>
              </td>
              <td>
                {m.targetName}
                {!m.targetStored && <span className="import-where"> {t('import.matches.inImport')}</span>}
              </td>
              <td>{formatNumber(Math.round(m.score * 100), language)}%</td>
              <td>{m.reasons.map((r) => t(`import.matches.reasons.${r}`)).join(language === 'ja' ? '、' : ', ')}</td>
              <td>
                <fieldset className="import-match-decision" disabled={disabled}>
                  <legend className="sr-only">{t('import.matches.decision')}</legend>
                  <label>
                    <input
                      type="radio"
                      name={name}
                      checked={decided === true}
                      onChange={() => onDecide([[key, true]])}
                    />
                    {t('import.matches.same')}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={name}
                      checked={decided === false}
                      onChange={() => onDecide([[key, false]])}
                    />
                    {t('import.matches.different')}
                  </label>
                </fieldset>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
