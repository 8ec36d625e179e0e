import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Menu } from '../ui/Menu.tsx';

export const EXPORT_FORMATS = ['png', 'svg', 'nodesCsv', 'edgesCsv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** "Export ▾": the picture (PNG, SVG) of the map, or the shown subgraph as data (CSV, JSON). */
export function ExportMenu({ onExport, canPicture }: { onExport(format: ExportFormat): void; canPicture: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="menu-anchor">
      <button
        type="button"
        className="button toolbar-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        {t('export.button')}
      </button>
      {open && (
        <Menu
          label={t('export.button')}
          className="menu-down"
          items={EXPORT_FORMATS.map((format) => ({
            id: format,
            label: t(`export.${format}`),
            disabled: !canPicture && (format === 'png' || format === 'svg'),
          }))}
          onChoose={(id) => onExport(id as ExportFormat)}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}
