/**
 * Small pieces every dashboard section uses: a name that opens its node on the map, a path of
 * such names, a hand-made horizontal bar (SVG-free, plain CSS widths, with the number in text),
 * and a term with its explanation.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn, type NameFields } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';

export interface Named extends NameFields {
  key: string;
}

export function NodeLink({ node, language, onOpen }: { node: Named; language: Language; onOpen(key: string): void }) {
  const { t } = useTranslation();
  const name = nameIn(node, language);
  return (
    <button
      type="button"
      className="assets-link"
      onClick={() => onOpen(node.key)}
      title={t('assets.openOnMap', { name })}
    >
      {name}
    </button>
  );
}

export function PathLine({ path, language, onOpen }: { path: Named[]; language: Language; onOpen(key: string): void }) {
  return (
    <span className="assets-path">
      {path.map((node, i) => (
        <span key={`${node.key}-${i}`}>
          {i > 0 && <span aria-hidden="true"> → </span>}
          <NodeLink node={node} language={language} onOpen={onOpen} />
        </span>
      ))}
    </span>
  );
}

export function LinkList({
  nodes,
  language,
  onOpen,
}: {
  nodes: Named[];
  language: Language;
  onOpen(key: string): void;
}) {
  if (nodes.length === 0) return <span className="assets-none">—</span>;
  return (
    <span className="assets-list">
      {nodes.map((node, i) => (
        <span key={node.key}>
          {i > 0 && (language === 'ja' ? '、' : ', ')}
          <NodeLink node={node} language={language} onOpen={onOpen} />
        </span>
      ))}
    </span>
  );
}

/** A bar whose width is value / max; the number is always written beside it. */
export function Bar({
  value,
  max,
  tone = 'main',
}: {
  value: number;
  max: number;
  tone?: 'main' | 'warn' | 'ok' | 'muted';
}) {
  const width = max > 0 ? Math.max(value > 0 ? 2 : 0, (value / max) * 100) : 0;
  return (
    <span className="assets-bar" aria-hidden="true">
      <span className={`assets-bar-fill assets-tone-${tone}`} style={{ width: `${width}%` }} />
    </span>
  );
}

/**
 * A plain word with its explanation one keyboard press away (a "toggletip"): the "?" button
 * shows the explanation below it and announces it (a status region), Escape or leaving closes it;
 * a mouse user also gets it as the button's title. The explanation names the technical term, so
 * the exact figure beside it can be looked up (docs/assets.md, glossary).
 */
export function Term({ children, explain, label }: { children?: ReactNode; explain: string; label: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="assets-term">
      {children}
      <button
        type="button"
        className="assets-term-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('assets.whatIs', { term: label })}
        title={explain}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
        onBlur={() => setOpen(false)}
      >
        ?
      </button>
      <span id={id} role="status" className={open ? 'assets-term-tip' : 'sr-only'}>
        {open ? explain : ''}
      </span>
    </span>
  );
}
