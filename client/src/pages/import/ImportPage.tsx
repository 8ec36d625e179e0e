/**
 * The import page (`/import?preset=kintone`): choose whom the import is for (an organisation the
 * account owns, or the whole network for administrators), pick or drop files, choose what they are,
 * check them (a dry run: the report lists every problem with its line), then import; and export
 * downloads.
 */
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useAccount } from '../../account/account.ts';
import { useTranslation } from 'react-i18next';
import type { ImportPreset, RunImportMutation } from '../../gql/graphql.ts';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import type { PageProps } from '../page-props.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { FilePicker } from './FilePicker.tsx';
import {
  ImportProgressQuery,
  ImportStatsQuery,
  InterruptedImportsQuery,
  RunImportMutation as RunImport,
  UploadChunkMutation,
} from './import-queries.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { decisionList, MatchesPanel, type Decisions } from './MatchesPanel.tsx';
import { dataScopes } from './scopes.ts';
import { uploadFiles } from './upload.ts';
import { navigate, pagePath } from '../../view/pages.ts';
import '../../styles/import.css';

type Report = RunImportMutation['runImport'];
type Phase =
  | { status: 'idle' }
  | { status: 'uploading'; sent: number; total: number }
  | { status: 'checking' }
  | { status: 'checked'; uploadId: string; report: Report }
  | { status: 'importing'; uploadId: string; report: Report; done: number; total: number }
  | { status: 'done'; report: Report }
  | { status: 'failed'; error: unknown };

const PRESETS: ('' | ImportPreset)[] = ['', 'KINTONE', 'SALESFORCE', 'LINKEDIN'];

function readPreset(): '' | ImportPreset {
  const value = (new URLSearchParams(window.location.search).get('preset') ?? '').toUpperCase();
  return PRESETS.includes(value as ImportPreset) ? (value as ImportPreset) : '';
}

function writePreset(preset: string): void {
  const params = new URLSearchParams(window.location.search);
  if (preset) params.set('preset', preset.toLowerCase());
  else params.delete('preset');
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
}

export function ImportPage({ language }: PageProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [files, setFiles] = useState<File[]>([]);
  const [preset, setPreset] = useState(readPreset);
  const [me, setMe] = useState('');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [phase, setPhase] = useState<Phase>({ status: 'idle' });
  const { account } = useAccount();
  const scopes = useMemo(() => dataScopes(account), [account]);
  const [chosenScope, setScope] = useState<string | null>(null);
  const scope = scopes.find((s) => s.id === chosenScope) ?? scopes[0];
  const organisationId = scope?.id || null;
  const [sendChunk] = useMutation(UploadChunkMutation);
  const [runImport] = useMutation(RunImport);
  const stats = useQuery(ImportStatsQuery);
  const interrupted = useQuery(InterruptedImportsQuery, { variables: { organisationId }, skip: !scope });
  useEffect(() => writePreset(preset), [preset]);

  const [decisions, setDecisions] = useState<Decisions>(new Map());
  const options = (dryRun: boolean) => ({
    dryRun,
    skipInvalid,
    preset: preset || null,
    me: me.trim() || null,
    match: 'ASK' as const,
    decisions: decisionList(decisions),
  });
  const reset = () => (setPhase({ status: 'idle' }), setDecisions(new Map()));

  async function recheck(uploadId: string) {
    try {
      setPhase({ status: 'checking' });
      const { data } = await runImport({ variables: { uploadId, options: options(true), organisationId } });
      setPhase({ status: 'checked', uploadId, report: data!.runImport });
    } catch (error) {
      setPhase({ status: 'failed', error });
    }
  }

  async function check() {
    try {
      setPhase({ status: 'uploading', sent: 0, total: 1 });
      const uploadId = await uploadFiles(
        files,
        async (id, fileName, base64) => {
          const { data } = await sendChunk({ variables: { uploadId: id, fileName, base64, organisationId } });
          return data!.uploadImportChunk.id;
        },
        (sent, total) => setPhase({ status: 'uploading', sent, total }),
      );
      setPhase({ status: 'checking' });
      const { data } = await runImport({ variables: { uploadId, options: options(true), organisationId } });
      setPhase({ status: 'checked', uploadId, report: data!.runImport });
    } catch (error) {
      setPhase({ status: 'failed', error });
    }
  }

  async function commit(uploadId: string, report: Report) {
    setPhase({ status: 'importing', uploadId, report, done: 0, total: 0 });
    const timer = setInterval(() => {
      void client
        .query({ query: ImportProgressQuery, variables: { uploadId, organisationId }, fetchPolicy: 'no-cache' })
        .then(({ data }) => {
          const p = data?.importProgress;
          if (p) setPhase((now) => (now.status === 'importing' ? { ...now, done: p.done, total: p.total } : now));
        })
        .catch(() => {});
    }, 500);
    try {
      const { data } = await runImport({ variables: { uploadId, options: options(false), organisationId } });
      setPhase({ status: 'done', report: data!.runImport });
      await client.refetchQueries({ include: 'active' });
    } catch (error) {
      setPhase({ status: 'failed', error });
    } finally {
      clearInterval(timer);
    }
  }

  const busy = phase.status === 'uploading' || phase.status === 'checking' || phase.status === 'importing';
  const report = 'report' in phase ? phase.report : null;
  return (
    <div className="page import-page">
      <h1>{t('import.title')}</h1>
      <p className="import-lead">{t('import.lead')}</p>
      {stats.data && (
        <p className="import-stats" data-testid="import-stats">
          {t('import.inDatabase', {
            people: formatNumber(stats.data.stats.people, language),
            organisations: formatNumber(stats.data.stats.organisations, language),
            skills: formatNumber(stats.data.stats.skills, language),
            projects: formatNumber(stats.data.stats.projects, language),
            ties: formatNumber(stats.data.stats.ties, language),
          })}
        </p>
      )}
      {interrupted.data?.interruptedImports.map((run) => (
        <p key={run.id} className="notice import-interrupted" role="alert" data-testid="import-interrupted">
          {t('import.interrupted', {
            source: run.source,
            done: formatNumber(run.done, language),
            total: formatNumber(run.total, language),
            started: formatDateTime(run.started, language),
          })}
        </p>
      ))}
      {!scope && account && (
        <p className="notice" data-testid="import-no-rights">
          {t('import.scope.none')}
        </p>
      )}
      {scope && (
        <section className="import-card" aria-labelledby="import-title">
          <h2 id="import-title">{t('import.importTitle')}</h2>
          <div className="import-row">
            <label>
              {t('import.scope.label')}
              <select value={scope.id} disabled={busy} onChange={(e) => (setScope(e.target.value), reset())}>
                {scopes.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.id ? (s.name ?? s.id) : t('import.scope.whole')}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="import-hint">{t(scope.id ? 'import.scope.organisationHint' : 'import.scope.wholeHint')}</p>
          <FilePicker
            files={files}
            disabled={busy}
            onChange={(picked) => {
              setFiles(picked);
              reset();
            }}
          />
          <div className="import-row">
            <label>
              {t('import.preset')}
              <select
                value={preset}
                disabled={busy}
                onChange={(e) => (setPreset(e.target.value as '' | ImportPreset), reset())}
              >
                {PRESETS.map((p) => (
                  <option key={p} value={p}>
                    {t(`import.presets.${p || 'BUNDLE'}`)}
                  </option>
                ))}
              </select>
            </label>
            {preset === 'LINKEDIN' && (
              <label>
                {t('import.me')}
                <input
                  value={me}
                  disabled={busy}
                  onChange={(e) => (setMe(e.target.value), reset())}
                  placeholder="p001"
                />
              </label>
            )}
            <label className="import-check">
              <input
                type="checkbox"
                checked={skipInvalid}
                disabled={busy}
                onChange={(e) => (setSkipInvalid(e.target.checked), reset())}
              />
              {t('import.skipInvalid')}
            </label>
          </div>
          <p className="import-hint">{t(`import.presetHints.${preset || 'BUNDLE'}`)}</p>
          <div className="import-row">
            <button
              type="button"
              className="button-primary"
              disabled={busy || files.length === 0}
              onClick={() => void check()}
            >
              {t('import.check')}
            </button>
            {phase.status === 'checked' && phase.report.ok && (
              <button
                type="button"
                className="button-primary"
                onClick={() => void commit(phase.uploadId, phase.report)}
              >
                {t('import.commit')}
              </button>
            )}
          </div>
          <PhaseLine phase={phase} />
          {phase.status === 'failed' && <ErrorNotice error={phase.error} />}
          {report && (
            <MatchesPanel
              matches={report.matches}
              decisions={decisions}
              language={language}
              disabled={busy || phase.status !== 'checked'}
              onDecide={(changes) => setDecisions((now) => new Map([...now, ...changes]))}
              onApply={() => phase.status === 'checked' && void recheck(phase.uploadId)}
            />
          )}
          {report && <ImportReportView report={report} language={language} />}
        </section>
      )}
      {account?.administrator && (
        <p>
          <a
            href={pagePath('duplicates')}
            onClick={(e) => {
              e.preventDefault();
              navigate('duplicates');
            }}
          >
            {t('import.duplicatesLink')}
          </a>
        </p>
      )}
      <ExportPanel language={language} scopes={scopes} />
    </div>
  );
}

function PhaseLine({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  if (phase.status === 'uploading') {
    return (
      <progress className="import-progress" max={phase.total} value={phase.sent} aria-label={t('import.uploading')} />
    );
  }
  if (phase.status === 'checking') return <p role="status">{t('import.checking')}</p>;
  if (phase.status === 'importing') {
    return (
      <div role="status">
        <p>{t('import.importing')}</p>
        <progress
          className="import-progress"
          max={phase.total || 1}
          value={phase.done}
          aria-label={t('import.importing')}
        />
      </div>
    );
  }
  return null;
}
