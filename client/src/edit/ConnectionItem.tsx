/**
 * One relationship in the connections list: the other end's name, its properties in words, and
 * Edit / Remove. Removing asks first, in place.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../graph/names.ts';
import type { Language } from '../i18n/languages.ts';
import { textIn } from '../i18n/text-in.ts';
import { Dots } from '../ui/Dots.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { formatDate, formatPeriod } from '../ui/format.ts';
import type { ConnectionRow } from './connections.ts';
import { KindIcon } from '../ui/KindIcon.tsx';

interface Props {
  row: ConnectionRow;
  language: Language;
  editable: boolean;
  confirming: boolean;
  removeError: unknown;
  onEdit(): void;
  onRemove(): void;
  onConfirmRemove(): void;
  onCancel(): void;
  /** The edit form, when this row is being changed. */
  children?: ReactNode;
}

function useSummary(row: ConnectionRow, language: Language): { meta: string | null; level: number | null } {
  const { t } = useTranslation();
  const s = row.stored;
  const date = (value: unknown) => (typeof value === 'string' ? formatDate(value, language) : null);
  const join = (...parts: (string | null)[]) => parts.filter(Boolean).join(language === 'ja' ? '・' : ' · ') || null;
  switch (row.rel) {
    case 'membership':
      return {
        meta: join(
          (s.role as string | null) ?? null,
          s.since || s.until
            ? formatPeriod(s.since as string | null, s.until as string | null, language, t('details.ongoing'))
            : null,
        ),
        level: null,
      };
    case 'participation':
      return { meta: (s.role as string | null) ?? null, level: null };
    case 'projectOrganisation':
      return { meta: t(`details.role.${String(s.role)}`), level: null };
    case 'tie':
      return {
        meta: join(
          s.lastContact ? t('details.lastContact', { date: date(s.lastContact) }) : null,
          // The page's language, else the other one (a summary line: the form shows both).
          textIn(s.context as string | null, s.contextEn as string | null, language)?.text ?? null,
        ),
        level: Number(s.strength),
      };
    case 'skillHolding':
      return { meta: null, level: Number(s.level) };
    case 'need':
      return { meta: null, level: Number(s.priority) };
  }
}

export function ConnectionItem(props: Props) {
  const { row, language, confirming } = props;
  const { t } = useTranslation();
  const name = nameIn(row.other.names, language);
  const { meta, level } = useSummary(row, language);
  return (
    <li className="edit-row">
      <div className="edit-row-main">
        <KindIcon kind={row.other.kind} size={14} />
        <span className="edit-row-text">
          <span className="edit-row-name">{name}</span>
          {meta && <span className="edit-row-meta">{meta}</span>}
        </span>
        {level !== null && <Dots value={level} label={t(`edit.levelLabel.${row.rel}`, { value: level })} />}
        {!confirming && !props.children && (
          <span className="edit-row-actions">
            {props.editable && (
              <button
                type="button"
                className="button-link"
                aria-label={t('edit.row.editLabel', { name })}
                onClick={props.onEdit}
              >
                {t('edit.row.edit')}
              </button>
            )}
            <button
              type="button"
              className="button-link edit-danger-link"
              aria-label={t('edit.row.removeLabel', { name })}
              onClick={props.onRemove}
            >
              {t('edit.row.remove')}
            </button>
          </span>
        )}
      </div>
      {confirming && (
        <div className="edit-confirm-inline" role="group" aria-label={t('edit.row.removeLabel', { name })}>
          <span>{t(`edit.rel.${row.rel}.removeQuestion`, { name })}</span>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('edit.cancel')}
          </button>
          <button type="button" className="button button-danger" autoFocus onClick={props.onConfirmRemove}>
            {t('edit.row.remove')}
          </button>
          {props.removeError !== null && <ErrorNotice error={props.removeError} compact />}
        </div>
      )}
      {props.children}
    </li>
  );
}
