/**
 * Form state shared by every edit form: values exactly as typed, errors by field, the
 * form-level message and the saving flag. A failed save (validation, conflict, network) only
 * sets messages: the values stay, so nothing typed is lost.
 */
import type { ApolloClient } from '@apollo/client';
import { useState } from 'react';
import { checkForm, type FieldErrors, type FieldMessage } from './client-checks.ts';
import { fieldId } from './Field.tsx';
import { isDirty, type FieldSpec, type FormSpec, type FormValues } from './form-model.ts';
import { mapSaveError } from './server-errors.ts';

export interface FormState {
  values: FormValues;
  errors: FieldErrors;
  formError: FieldMessage | null;
  saving: boolean;
  dirty: boolean;
  change(name: string, value: string | boolean): void;
  /** Checks, then runs `send`; maps whatever it throws onto the fields. */
  submit(send: (values: FormValues) => Promise<void>): Promise<void>;
}

/** Moves the keyboard to the first field with a problem (its error is read out on focus). */
function focusFirst(formId: string, fields: readonly FieldSpec[], errors: FieldErrors): void {
  const first = fields.find((f) => errors[f.name]);
  if (!first) return;
  window.setTimeout(() => {
    const el = document.getElementById(fieldId(formId, first.name));
    const target = el?.matches('input, select, textarea, button')
      ? el
      : el?.querySelector<HTMLElement>('input, button');
    target?.focus();
  }, 0);
}

export function useForm(
  formId: string,
  spec: FormSpec,
  fields: readonly FieldSpec[],
  initial: FormValues,
  relationship = false,
): FormState {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<FieldMessage | null>(null);
  const [saving, setSaving] = useState(false);

  const change = (name: string, value: string | boolean) => {
    setValues((v) => ({ ...v, [name]: value }));
    // The reader is fixing it: the old message (and those of rules this field is part of: an end
    // date after it, "one of these names") would now be misleading.
    const stale = new Set([name, ...fields.filter((f) => f.notBefore === name).map((f) => f.name)]);
    if (spec.oneOf?.includes(name)) for (const other of spec.oneOf) stale.add(other);
    setErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([field]) => !stale.has(field))));
  };

  const submit = async (send: (values: FormValues) => Promise<void>) => {
    const found = checkForm(spec, fields, values);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setFormError(null);
      focusFirst(formId, fields, found);
      return;
    }
    setSaving(true);
    setFormError(null);
    try {
      await send(values);
    } catch (error) {
      const mapped = mapSaveError(error, spec, fields, values, relationship);
      setErrors(mapped.fields);
      setFormError(mapped.form);
      focusFirst(formId, fields, mapped.fields);
    } finally {
      setSaving(false);
    }
  };

  return { values, errors, formError, saving, dirty: isDirty(initial, values), change, submit };
}

/** After a save: the map, the details panel and the counts ask the server again. */
export function refreshExplorer(client: ApolloClient): void {
  // A failed refetch shows in those views' own error notices; the save itself succeeded.
  client.refetchQueries({ include: 'active' }).catch(() => undefined);
}
