/**
 * "Add" in the header: a small menu of the four kinds, each opening an empty form. A menu button
 * in the ARIA pattern: ↑/↓ move, Escape closes and returns to the button.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KINDS } from '../graph/palette.ts';
import { KindIcon } from '../ui/KindIcon.tsx';
import { openEditor } from './edit-store.ts';

export function AddMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.stopPropagation();
      setOpen(false);
      if (event.key === 'Escape') button.current?.focus();
    }
  };

  return (
    <div className="edit-add">
      <button
        ref={button}
        type="button"
        className="button edit-add-button"
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('edit.addMenu.hint')}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">＋</span>
        <span className="edit-add-text">{t('edit.addMenu.label')}</span>
      </button>
      {open && (
        <ul ref={menu} className="edit-add-menu" role="menu" aria-label={t('edit.addMenu.label')} onKeyDown={onKeyDown}>
          {KINDS.map((kind) => (
            <li key={kind} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false);
                  openEditor({ type: 'create', kind });
                }}
              >
                <KindIcon kind={kind} size={14} />
                {t(`edit.addMenu.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
