import { useTranslation } from 'react-i18next';
import { KindIcon } from '../ui/KindIcon.tsx';
import type { ResultRow } from './search-hits.ts';

interface Props {
  row: ResultRow;
  id: string;
  active: boolean;
  onPick(key: string): void;
  onHover(): void;
}

/** One option of the search listbox: shape icon, names, and the kind in words (not just colour). */
export function SearchResultRow({ row, id, active, onPick, onHover }: Props) {
  const { t } = useTranslation();
  const { sector, place, years } = row.context;
  const context = [sector ? t(`sector.${sector}`) : null, place, years].filter(Boolean).join(' · ');
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'result result-active' : 'result'}
      onMouseDown={(event) => event.preventDefault() /* keep focus in the input */}
      onMouseMove={onHover}
      onClick={() => onPick(row.key)}
    >
      <KindIcon kind={row.kind} sector={row.sector} size={18} />
      <span className="result-names">
        <span className="result-primary">{row.primary}</span>
        {row.secondary && <span className="result-secondary">{row.secondary}</span>}
      </span>
      <span className="result-meta">
        <span className="result-kind">{t(`kind.${row.kind}`)}</span>
        {context && <span className="result-context">{context}</span>}
      </span>
    </li>
  );
}
