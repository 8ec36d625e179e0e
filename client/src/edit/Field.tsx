/**
 * One form field from its spec: a label, the control, an optional hint and the error, tied
 * together with aria-describedby / aria-invalid so a screen reader reads the error on focus.
 */
import { useTranslation } from 'react-i18next';
import { SECTORS } from '../graph/palette.ts';
import type { Language } from '../i18n/languages.ts';
import type { FieldMessage } from './client-checks.ts';
import type { FieldSpec } from './form-model.ts';
import { RefPicker } from './RefPicker.tsx';
import { useMessage } from './use-message.ts';

interface Props {
  formId: string;
  field: FieldSpec;
  value: string | boolean;
  error: FieldMessage | null;
  language: Language;
  onChange(value: string | boolean): void;
  /** ref fields: the picked node's name, and keys never offered. */
  refLabel?: string | null;
  onRefLabel?(label: string | null): void;
  exclude?: readonly string[];
  autoFocus?: boolean;
  /** Editing a stored node: write-only fields say that a blank keeps the stored value. */
  editing?: boolean;
}

const OPTIONS: Partial<Record<FieldSpec['type'], readonly string[]>> = {
  sector: SECTORS,
  visibility: ['PUBLIC', 'ORGANISATION', 'PRIVATE'],
  projectRole: ['LEAD', 'PARTNER'],
  stoRole: ['', 'STO', 'STO_CANDIDATE'],
};

/** Fields whose hint says something the label cannot. */
const HINTS = new Set([
  'nameKana',
  'email',
  'discoverable',
  'takingRequests',
  'hoursPerMonth',
  'stoCapacity',
  'prefecture',
  'strength',
  'level',
  'priority',
  'visibility',
  'bioEn',
  'descriptionEn',
  'contextEn',
]);

type ControlAria = Record<string, string | boolean | undefined>;

/** The input itself, by field type (text, number, date, choice). */
function Control({
  field,
  text,
  aria,
  onChange,
}: {
  field: FieldSpec;
  text: string;
  aria: ControlAria;
  onChange(value: string): void;
}) {
  const { t } = useTranslation();

  const options = OPTIONS[field.type];
  if (options) {
    return (
      <select {...aria} value={text} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`edit.option.${field.type}.${o || 'none'}`)}
          </option>
        ))}
      </select>
    );
  }
  switch (field.type) {
    case 'textarea':
      return <textarea {...aria} rows={3} value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'level':
    case 'integer':
      return (
        <input
          {...aria}
          className="edit-level"
          type="number"
          inputMode="numeric"
          min={field.range?.[0] ?? 1}
          max={field.range?.[1] ?? 5}
          step={1}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'date':
      return (
        <input
          {...aria}
          type="date"
          min="1900-01-01"
          max="2100-12-31"
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    default:
      return (
        <input
          {...aria}
          type={field.type === 'email' ? 'email' : field.type === 'url' ? 'url' : 'text'}
          lang={field.type === 'kana' ? 'ja' : undefined}
          autoComplete="off"
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}

export function fieldId(formId: string, name: string): string {
  return `${formId}-${name}`;
}

export function Field(props: Props) {
  const { formId, field, value, error, onChange } = props;
  const { t } = useTranslation();
  const message = useMessage();
  const id = fieldId(formId, field.name);
  const hintId = HINTS.has(field.name) ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const label = t(`edit.field.${field.name}`);
  const aria = {
    id,
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby': describedBy,
    'aria-required': field.required || undefined,
    'data-autofocus': props.autoFocus ? '' : undefined,
  };
  const text = typeof value === 'string' ? value : '';

  const hint = hintId && (
    <p id={hintId} className="edit-hint">
      {t(`edit.hint.${field.name}`)}
      {props.editing && field.writeOnly && ` ${t('edit.hint.writeOnlyKeep')}`}
    </p>
  );
  const errorLine = errorId && error && (
    <p id={errorId} className="edit-error">
      {message(error)}
    </p>
  );

  if (field.type === 'checkbox') {
    return (
      <div className="edit-field edit-field-checkbox">
        <label>
          <input {...aria} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
          {label}
        </label>
        {errorLine}
        {hint}
      </div>
    );
  }
  if (field.type === 'ref') {
    return (
      <div className={error ? 'edit-field edit-field-invalid' : 'edit-field'}>
        <RefPicker
          id={id}
          kind={field.ref!}
          label={label}
          language={props.language}
          value={text}
          valueLabel={props.refLabel ?? null}
          required={field.required ?? false}
          invalid={Boolean(error)}
          describedBy={describedBy}
          exclude={props.exclude}
          autoFocus={props.autoFocus}
          onChange={(next, nextLabel) => {
            onChange(next);
            props.onRefLabel?.(nextLabel);
          }}
        />
        {errorLine}
      </div>
    );
  }
  return (
    <div className={error ? 'edit-field edit-field-invalid' : 'edit-field'}>
      <div className="edit-label-row">
        <label htmlFor={id}>{label}</label>
        {field.required && (
          <span className="edit-required" aria-hidden="true">
            {t('edit.required')}
          </span>
        )}
      </div>
      <Control field={field} text={text} aria={aria} onChange={onChange} />
      {errorLine}
      {hint}
    </div>
  );
}
