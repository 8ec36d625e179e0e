/** Choose files (or a whole folder's CSV files) by the file dialog or by dropping them here. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const ACCEPT = '.csv,.txt,.zip,.json,.xlsx';

export function FilePicker({
  files,
  disabled,
  onChange,
}: {
  files: File[];
  disabled: boolean;
  onChange(files: File[]): void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? 'import-drop import-drop-over' : 'import-drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) onChange([...e.dataTransfer.files]);
      }}
    >
      <p>{t('import.drop')}</p>
      <button type="button" className="button-link" disabled={disabled} onClick={() => input.current?.click()}>
        {t('import.choose')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="import-file-input"
        onChange={(e) => onChange([...(e.target.files ?? [])])}
      />
      {files.length > 0 && (
        <ul className="import-picked" aria-label={t('import.picked')}>
          {files.map((f) => (
            <li key={f.name}>
              {f.name} <span className="import-muted">({t('import.bytes', { count: f.size })})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
