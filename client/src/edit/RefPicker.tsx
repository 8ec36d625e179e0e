/**
 * Picks the node at the other end of a relationship (an organisation, a skill, a person) with the
 * explorer's own type-ahead, narrowed to one kind. Once picked, it shows the name with a
 * "Change" button, so the choice is visible and reversible.
 */
import { useTranslation } from 'react-i18next';
import type { NodeKind } from '../gql/graphql.ts';
import { nameIn } from '../graph/names.ts';
import type { Language } from '../i18n/languages.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { KindIcon } from '../ui/KindIcon.tsx';

interface Props {
  id: string;
  kind: NodeKind;
  label: string;
  language: Language;
  /** The picked node's id, or '' for none. */
  value: string;
  valueLabel: string | null;
  required: boolean;
  invalid: boolean;
  describedBy: string | undefined;
  exclude?: readonly string[];
  autoFocus?: boolean;
  onChange(id: string, label: string | null): void;
}

export function RefPicker(props: Props) {
  const { id, kind, label, language, value, valueLabel, onChange } = props;
  const { t } = useTranslation();
  const labelId = `${id}-label`;
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      className="edit-ref"
    >
      <span id={labelId} className="edit-label">
        {label}
        {props.required && (
          <span className="edit-required" aria-hidden="true">
            {t('edit.required')}
          </span>
        )}
      </span>
      {value ? (
        <div className="edit-ref-picked">
          <KindIcon kind={kind} size={14} />
          <span className="edit-ref-name">{valueLabel ?? value}</span>
          <button
            type="button"
            className="button-link"
            data-autofocus={props.autoFocus ? '' : undefined}
            aria-label={t('edit.ref.changeLabel', { label, name: valueLabel ?? value })}
            onClick={() => onChange('', null)}
          >
            {t(props.required ? 'edit.ref.change' : 'edit.ref.clear')}
          </button>
        </div>
      ) : (
        <div id={id} data-autofocus={props.autoFocus ? '' : undefined} className="edit-ref-search">
          <SearchBox
            language={language}
            kinds={[kind]}
            exclude={props.exclude}
            shortcut={false}
            label={label}
            placeholder={t(`edit.ref.placeholder.${kind}`)}
            hint={t('edit.ref.hint')}
            className="search-inline"
            onPick={(_key, hit) => onChange(hit.id, nameIn(hit as Parameters<typeof nameIn>[0], language))}
          />
        </div>
      )}
    </div>
  );
}
