import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Menu } from '../ui/Menu.tsx';
import { NODE_ACTION_KEYS, NODE_ACTIONS, type NodeAction } from './node-actions.ts';

interface Props {
  at: { x: number; y: number };
  isCentre: boolean;
  isExpanded: boolean;
  isFocused: boolean;
  onAction(action: NodeAction): void;
  onClose(): void;
}

/** The menu a right click or long press opens on a node, placed beside it on the map. */
export function NodeMenu({ at, isCentre, isExpanded, isFocused, onAction, onClose }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: at.x + 8, top: at.y + 8 });
  // Kept inside the map: near the right or bottom edge the menu opens to the other side.
  useLayoutEffect(() => {
    const menu = box.current?.getBoundingClientRect();
    const area = box.current?.parentElement?.getBoundingClientRect();
    if (!menu || !area) return;
    const left = at.x + 8 + menu.width > area.width - 8 ? Math.max(8, at.x - 8 - menu.width) : at.x + 8;
    const top = at.y + 8 + menu.height > area.height - 8 ? Math.max(8, at.y - 8 - menu.height) : at.y + 8;
    setPlace({ left, top });
  }, [at.x, at.y]);
  const label = (action: NodeAction): string => {
    if (action === 'focus' && isFocused) return t('nodeMenu.unfocus');
    if (action === 'collapse' && isExpanded) return t('nodeMenu.collapseExpanded');
    return t(`nodeMenu.${action}`);
  };
  return (
    <div ref={box} className="node-menu" style={place}>
      <Menu
        label={t('nodeMenu.label')}
        items={NODE_ACTIONS.map((action) => ({
          id: action,
          label: label(action),
          shortcut: NODE_ACTION_KEYS[action],
          disabled: (action === 'hide' || action === 'centre') && isCentre,
        }))}
        onChoose={(id) => onAction(id as NodeAction)}
        onClose={onClose}
      />
    </div>
  );
}
