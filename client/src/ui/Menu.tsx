/**
 * A small ARIA menu (role="menu"): the first item takes focus on open, ↑/↓/Home/End move,
 * Enter or a click chooses, Escape or a click elsewhere closes and hands focus back. Used by the
 * export button and by the node menu on the map. Render it inside a wrapper of its own (with the
 * button that opens it, if any): a press outside that wrapper closes it.
 */
import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  /** A keyboard shortcut shown beside the label. */
  shortcut?: string;
  disabled?: boolean;
}

interface Props {
  label: string;
  items: readonly MenuItem[];
  onChoose(id: string): void;
  onClose(): void;
  className?: string;
  style?: CSSProperties;
  id?: string;
}

function move(event: KeyboardEvent<HTMLElement>, onClose: () => void): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')];
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const go = (i: number) => items[(i + items.length) % items.length]?.focus();
  switch (event.key) {
    case 'ArrowDown':
      go(at + 1);
      break;
    case 'ArrowUp':
      go(at - 1);
      break;
    case 'Home':
      go(0);
      break;
    case 'End':
      go(items.length - 1);
      break;
    case 'Escape':
    case 'Tab':
      onClose();
      break;
    default:
      return;
  }
  event.preventDefault();
  event.stopPropagation();
}

export function Menu({ label, items, onChoose, onClose, className, style, id }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    // The menu's wrapper holds the button that opened it: that button toggles the menu itself.
    const outside = (event: PointerEvent) => {
      const wrapper = root.current?.parentElement;
      if (wrapper && !wrapper.contains(event.target as Node)) close.current();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      if (previous && document.contains(previous)) previous.focus();
    };
  }, []);

  return (
    <div
      ref={root}
      id={id}
      role="menu"
      aria-label={label}
      className={className ? `menu ${className}` : 'menu'}
      style={style}
      onKeyDown={(event) => move(event, onClose)}
    >
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role="menuitem"
          className="menu-item"
          disabled={item.disabled}
          onClick={() => {
            onChoose(item.id);
            onClose();
          }}
        >
          <span>{item.label}</span>
          {item.shortcut && <kbd>{item.shortcut}</kbd>}
        </button>
      ))}
    </div>
  );
}
