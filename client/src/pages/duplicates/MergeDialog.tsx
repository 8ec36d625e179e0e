/**
 * The side-by-side merge dialog: the records as columns, one row per field; the reader picks the
 * record to keep and, field by field, whose value it takes (preselected: the kept record's, else
 * the first that has one — what the server does without a choice).
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../edit/Dialog.tsx';
import type { ImportMatchKind } from '../../gql/graphql.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { MergePreviewQuery, MergeRecordsMutation } from './duplicates-queries.ts';

interface Props {
  kind: ImportMatchKind;
  ids: [string, string];
  onClose(): void;
  onMerged(result: { id: string; moved: number; combined: number }): void;
}

const has = (v: { value?: string | null; hidden: boolean }) => v.value != null || v.hidden;

export function MergeDialog({ kind, ids, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const preview = useQuery(MergePreviewQuery, { variables: { kind, ids } });
  const [merge, merging] = useMutation(MergeRecordsMutation);
  const [keep, setKeep] = useState(ids[0]);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const data = preview.data?.mergePreview;
  const fields = useMemo(() => data?.fields.filter((f) => f.values.some(has)) ?? [], [data]);
  const defaultFrom = (field: (typeof fields)[number]) =>
    (field.values.find((v) => v.recordId === keep && has(v)) ?? field.values.find(has))?.recordId;
  const chosen = (field: (typeof fields)[number]) => picked[field.field] ?? defaultFrom(field);

  async function submit() {
    const choices = fields.map((f) => ({ field: f.field, fromId: chosen(f)! })).filter((c) => c.fromId);
    const { data: done } = await merge({
      variables: { kind, keepId: keep, mergeIds: ids.filter((id) => id !== keep), choices },
    });
    if (done) onMerged(done.mergeRecords);
  }

  return (
    <Dialog title={t('duplicates.dialog.title')} subtitle={t(`duplicates.kinds.${kind}`)} onRequestClose={onClose}>
      {preview.error && <ErrorNotice error={preview.error} />}
      {data && (
        <div className="merge-body">
          <p className="import-hint">{t('duplicates.dialog.lead')}</p>
          <table className="merge-table" data-testid="merge-table">
            <thead>
              <tr>
                <th scope="col">{t('duplicates.dialog.field')}</th>
                {data.records.map((r) => (
                  <th key={r.id} scope="col">
                    <label>
                      <input
                        type="radio"
                        name="merge-keep"
                        checked={keep === r.id}
                        onChange={() => (setKeep(r.id), setPicked({}))}
                      />
                      {t('duplicates.dialog.keep', { name: r.name })}
                    </label>
                    <div className="import-where">
                      {r.id} · {t('duplicates.dialog.relationships', { count: r.relationships })}
                    </div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {fields.map((f) => (
                <tr key={f.field} data-field={f.field}>
                  <th scope="row">{t(`duplicates.fields.${f.field}`, { defaultValue: f.field })}</th>
                  {f.values.map((v) => (
                    <td key={v.recordId}>
                      <label>
                        <input
                          type="radio"
                          name={`merge-field-${f.field}`}
                          disabled={!has(v)}
                          checked={chosen(f) === v.recordId}
                          onChange={() => setPicked((now) => ({ ...now, [f.field]: v.recordId }))}
                        />
                        {v.hidden
                          ? t('duplicates.hiddenValue')
                          : v.value === 'true'
                            ? t('duplicates.yes')
                            : v.value === 'false'
                              ? t('duplicates.no')
                              : v.value != null && f.field === 'sector'
                                ? t(`sector.${v.value.toUpperCase()}`, { defaultValue: v.value })
                                : (v.value ?? '—')}
                      </label>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="import-hint">{t('duplicates.dialog.relationshipsMove')}</p>
          {merging.error && <ErrorNotice error={merging.error} />}
          <div className="import-row">
            <button
              type="button"
              className="button button-primary"
              disabled={merging.loading}
              onClick={() => void submit()}
            >
              {t('duplicates.dialog.merge')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('duplicates.dialog.cancel')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
