/**
 * A modal dialog: focus moves in on open and back to the opener on close, Tab stays inside,
 * Escape asks to close (the form decides whether unsaved text needs a confirmation). Clicks on
 * the backdrop do nothing: a stray click must not throw away what someone typed.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  /** A short line under the title (what is being edited). */
  subtitle?: string | null;
  onRequestClose(): void;
  children: ReactNode;
  /** Narrow dialogs for confirmations. */
  size?: 'form' | 'confirm';
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
}

/** Escape inside an open type-ahead closes its list, not the dialog. */
const insideOpenList = (target: EventTarget): boolean =>
  target instanceof HTMLElement && target.getAttribute('aria-expanded') === 'true';

export function Dialog({ title, subtitle, onRequestClose, children, size = 'form' }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = box.current;
    const mark = root?.querySelector<HTMLElement>('[data-autofocus]');
    const first = mark?.matches(FOCUSABLE)
      ? mark
      : ((mark && focusables(mark)[0]) ?? (root ? focusables(root)[0] : undefined));
    (first ?? root)?.focus();
    return () => {
      // Back where the reader was (the Edit button), if it is still on the page.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // Keys pressed while focus is outside (the focused button was removed, say): Escape still
  // closes, Tab comes back in, and nothing reaches the explorer's shortcuts behind the dialog.
  const close = useRef(onRequestClose);
  useEffect(() => {
    close.current = onRequestClose;
  });
  useEffect(() => {
    const onStrayKey = (event: globalThis.KeyboardEvent) => {
      if (!box.current || box.current.contains(event.target as Node)) return;
      event.stopPropagation();
      if (event.key === 'Escape') close.current();
      else if (event.key === 'Tab') {
        event.preventDefault();
        (focusables(box.current)[0] ?? box.current).focus();
      }
    };
    document.addEventListener('keydown', onStrayKey, true);
    return () => document.removeEventListener('keydown', onStrayKey, true);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The explorer's single-key shortcuts (/, E, F, H, Escape) listen on the window: not here.
    event.stopPropagation();
    if (event.key === 'Escape' && !event.defaultPrevented && !insideOpenList(event.target)) {
      onRequestClose();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const items = focusables(box.current);
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && (document.activeElement === first || document.activeElement === box.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="edit-backdrop">
      <div
        ref={box}
        className={`edit-dialog edit-dialog-${size}`}
        role={size === 'confirm' ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header className="edit-dialog-header">
          <div>
            <h2 id={titleId}>{title}</h2>
            {subtitle && <p className="edit-dialog-subtitle">{subtitle}</p>}
          </div>
          <button
            type="button"
            className="icon-button"
            aria-label={t('edit.close')}
            title={t('edit.close')}
            onClick={onRequestClose}
          >
            ×
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}
