/**
 * The explorer's keyboard: "/" searches, Escape steps back one thing at a time (menu, path,
 * focus, selection), and single letters act on the selected node (graph/node-actions.ts).
 * Nothing fires while the reader types in a field.
 */
import { useEffect, useRef } from 'react';
import { actionForKey, type NodeAction } from '../graph/node-actions.ts';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export interface ShortcutHandlers {
  onSearch(): void;
  /** Returns true when it stepped back from something. */
  onEscape(): void;
  onNodeAction(action: NodeAction): void;
  /** Shift+F10 or the context-menu key: the node menu for the selection. */
  onMenu(): void;
}

export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      // Inside a menu the menu's own keys win.
      if (event.target instanceof HTMLElement && event.target.closest('[role="menu"]')) return;
      const h = latest.current;
      if (event.key === '/') h.onSearch();
      else if (event.key === 'Escape') h.onEscape();
      else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) h.onMenu();
      else {
        const action = event.shiftKey ? null : actionForKey(event.key);
        if (!action) return;
        h.onNodeAction(action);
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
