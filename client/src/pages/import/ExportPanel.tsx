/**
 * Downloads of everything, or of one organisation's part, in an open format. Administrators pick
 * any organisation with the editor's kind-restricted type-ahead (name, kana or romaji), or none for
 * everything; owners choose among the organisations they own; other accounts are told who exports.
 */
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RefPicker } from '../../edit/RefPicker.tsx';
import type { ExportFormat } from '../../gql/graphql.ts';
import type { Language } from '../../i18n/languages.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import '../../styles/edit.css';
import { ExportDataQuery } from './import-queries.ts';
import type { DataScope } from './scopes.ts';
import { fromBase64 } from './upload.ts';

const FORMATS: ExportFormat[] = ['CSV_ZIP', 'JSON', 'GRAPHML', 'GEXF'];

export function ExportPanel({ language, scopes }: { language: Language; scopes: DataScope[] }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [format, setFormat] = useState<ExportFormat>('CSV_ZIP');
  const everything = scopes.some((s) => s.id === '');
  const [picked, setOrg] = useState<{ id: string; name: string | null }>({ id: '', name: null });
  // Owners export one of their organisations; the first until they choose another.
  const org = everything ? picked : (scopes.find((s) => s.id === picked.id) ?? scopes[0] ?? picked);
  const [state, setState] = useState<{ status: 'idle' | 'working' } | { status: 'failed'; error: unknown }>({
    status: 'idle',
  });

  async function download() {
    setState({ status: 'working' });
    try {
      const { data } = await client.query({
        query: ExportDataQuery,
        variables: { format, organisationId: org.id || null },
        fetchPolicy: 'no-cache',
      });
      const file = data!.exportData;
      const url = URL.createObjectURL(new Blob([fromBase64(file.contentBase64)], { type: file.mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ status: 'idle' });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }

  if (scopes.length === 0) {
    return (
      <section className="import-card" aria-labelledby="export-title">
        <h2 id="export-title">{t('import.export.title')}</h2>
        <p className="import-hint">{t('import.export.none')}</p>
      </section>
    );
  }
  return (
    <section className="import-card" aria-labelledby="export-title">
      <h2 id="export-title">{t('import.export.title')}</h2>
      <p className="import-hint">{t('import.export.hint')}</p>
      <div className="import-row">
        <label>
          {t('import.export.format')}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`import.export.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {!everything && (
          <label>
            {t('import.export.ownOrganisation')}
            <select
              data-testid="export-own-organisation"
              value={org.id}
              onChange={(e) => setOrg({ id: e.target.value, name: null })}
            >
              {scopes.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name ?? s.id}
                </option>
              ))}
            </select>
          </label>
        )}
        {everything && (
          <div className="import-export-org">
            <RefPicker
              id="export-organisation"
              kind="ORGANISATION"
              label={t('import.export.organisation')}
              language={language}
              value={org.id}
              valueLabel={org.name}
              required={false}
              invalid={false}
              describedBy="export-organisation-hint"
              onChange={(id, name) => setOrg({ id, name })}
            />
          </div>
        )}
        <button
          type="button"
          className="button-primary"
          onClick={() => void download()}
          disabled={state.status === 'working'}
        >
          {state.status === 'working' ? t('import.export.working') : t('import.export.download')}
        </button>
      </div>
      <p id="export-organisation-hint" className="import-hint">
        {t(org.id ? 'import.export.organisationPicked' : 'import.export.organisationHint')}
      </p>
      {state.status === 'failed' && <ErrorNotice error={state.error} compact />}
    </section>
  );
}
