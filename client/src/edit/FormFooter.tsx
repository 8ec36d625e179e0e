import { useTranslation } from 'react-i18next';
import type { FieldMessage } from './client-checks.ts';
import { useMessage } from './use-message.ts';

interface Props {
  formError: FieldMessage | null;
  saving: boolean;
  submitLabel: string;
  onCancel(): void;
}

/** The form-level message (a duplicate, the network) above Save and Cancel. */
export function FormFooter({ formError, saving, submitLabel, onCancel }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  return (
    <div className="edit-footer">
      <div className="edit-form-error" role="alert">
        {formError && message(formError)}
      </div>
      <div className="edit-buttons">
        <button type="button" className="button" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('edit.saving') : submitLabel}
        </button>
      </div>
    </div>
  );
}
