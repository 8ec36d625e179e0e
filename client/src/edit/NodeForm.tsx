/**
 * The form for a person, organisation, skill or project: creates one, or changes the stored one
 * by sending only the fields the reader changed (an untouched field is never overwritten).
 */
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKind } from '../gql/graphql.ts';
import type { Language } from '../i18n/languages.ts';
import { Field } from './Field.tsx';
import { FormFooter } from './FormFooter.tsx';
import { initialValues, NODE_FORMS, toInput, toPatch } from './form-model.ts';
import { NODE_MUTATIONS } from './node-mutations.ts';
import { refreshExplorer, useForm } from './use-form.ts';

export interface StoredNode {
  id: string;
  key: string;
  values: Record<string, unknown>;
  /** Names of referenced nodes (a skill's broader skill), by field. */
  refLabels: Record<string, string | null>;
}

interface Props {
  kind: NodeKind;
  /** The node being edited; absent when creating one. */
  stored: StoredNode | null;
  language: Language;
  onSaved(result: { key: string; id: string; created: boolean }): void;
  onCancel(): void;
  onDirty(dirty: boolean): void;
}

export function NodeForm({ kind, stored, language, onSaved, onCancel, onDirty }: Props) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const formId = useId();
  const spec = NODE_FORMS[kind];
  const [initial] = useState(() => initialValues(spec.fields, stored?.values));
  const form = useForm(formId, spec, spec.fields, initial);
  const [refLabels, setRefLabels] = useState(stored?.refLabels ?? {});
  const { dirty } = form;
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const send = async () => {
    const mutations = NODE_MUTATIONS[kind];
    if (!stored) {
      const result = await client.mutate({
        mutation: mutations.create,
        variables: { input: toInput(spec.fields, form.values) as never },
        fetchPolicy: 'no-cache',
      });
      const created = result.data?.[mutations.fields.create];
      refreshExplorer(client);
      if (created) onSaved({ ...created, created: true });
      return;
    }
    const patch = toPatch(spec.fields, initial, form.values);
    if (Object.keys(patch).length > 0) {
      await client.mutate({
        mutation: mutations.update,
        variables: { id: stored.id, patch: patch as never },
        fetchPolicy: 'no-cache',
      });
      refreshExplorer(client);
    }
    onSaved({ key: stored.key, id: stored.id, created: false });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(send);
  };

  return (
    <form className="edit-form" noValidate onSubmit={onSubmit} aria-busy={form.saving}>
      <div className="edit-fields">
        {spec.fields.map((field, i) => (
          <Field
            key={field.name}
            formId={formId}
            field={field}
            value={form.values[field.name] ?? ''}
            error={form.errors[field.name] ?? null}
            language={language}
            onChange={(value) => form.change(field.name, value)}
            refLabel={refLabels[field.name] ?? null}
            onRefLabel={(label) => setRefLabels((l) => ({ ...l, [field.name]: label }))}
            exclude={stored && field.ref === kind ? [stored.key] : undefined}
            autoFocus={i === 0}
            editing={stored !== null}
          />
        ))}
      </div>
      <FormFooter
        formError={form.formError}
        saving={form.saving}
        submitLabel={t(stored ? 'edit.save' : 'edit.create')}
        onCancel={onCancel}
      />
    </form>
  );
}
