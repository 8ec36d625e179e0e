/**
 * Adds or changes one relationship of the node being edited (a membership, a skill held with its
 * level, a tie with its strength…). This node's end is fixed; the other end is picked by search
 * when adding, and never changes afterwards (a different end is a different relationship).
 */
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import type { ConnectionRow } from './connections.ts';
import { Field } from './Field.tsx';
import { FormFooter } from './FormFooter.tsx';
import { initialValues, REL_FORMS, toInput, toPatch, type RelName } from './form-model.ts';
import { REL_MUTATIONS } from './rel-mutations.ts';
import { refreshExplorer, useForm } from './use-form.ts';

interface Props {
  rel: RelName;
  /** Which end the edited node is, and its id and key. */
  side: 0 | 1;
  self: { id: string; key: string };
  /** The relationship being changed; absent when adding one. */
  row: ConnectionRow | null;
  /** Keys already linked this way: not offered again. */
  linked: readonly string[];
  language: Language;
  onDone(): void;
  onCancel(): void;
  onDirty(dirty: boolean): void;
}

export function RelationForm({ rel, side, self, row, linked, language, onDone, onCancel, onDirty }: Props) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const formId = useId();
  const spec = REL_FORMS[rel];
  const own = spec.ends[side];
  const other = spec.ends[side === 0 ? 1 : 0];
  const fields = row ? spec.fields : [other, ...spec.fields];
  const [initial] = useState(() => initialValues(fields, row?.stored));
  const form = useForm(formId, spec, fields, initial, true);
  const [otherLabel, setOtherLabel] = useState<string | null>(null);
  const { dirty } = form;
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const box = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Opened by a button in the list: the keyboard follows into the new form.
    box.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  const send = async () => {
    const mutations = REL_MUTATIONS[rel];
    if (row && mutations.update) {
      const patch = toPatch(spec.fields, initial, form.values);
      if (Object.keys(patch).length > 0) {
        await client.mutate({ mutation: mutations.update, variables: { ...row.ends, patch }, fetchPolicy: 'no-cache' });
      }
    } else {
      const input = { ...toInput(fields, form.values), [own.name]: self.id };
      await client.mutate({ mutation: mutations.create, variables: { input }, fetchPolicy: 'no-cache' });
    }
    refreshExplorer(client);
    onDone();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    void form.submit(send);
  };

  return (
    <form
      ref={box}
      className="edit-form edit-rel-form"
      noValidate
      onSubmit={onSubmit}
      aria-busy={form.saving}
      aria-label={t(row ? `edit.rel.${rel}.edit` : `edit.rel.${rel}.add`)}
    >
      <div className="edit-fields">
        {fields.map((field, i) => (
          <Field
            key={field.name}
            formId={formId}
            field={field}
            value={form.values[field.name] ?? ''}
            error={form.errors[field.name] ?? null}
            language={language}
            onChange={(value) => form.change(field.name, value)}
            refLabel={field === other ? otherLabel : null}
            onRefLabel={setOtherLabel}
            exclude={field === other ? [self.key, ...linked] : undefined}
            autoFocus={i === 0}
          />
        ))}
      </div>
      <FormFooter
        formError={form.formError}
        saving={form.saving}
        submitLabel={t(row ? 'edit.save' : 'edit.add')}
        onCancel={onCancel}
      />
    </form>
  );
}
