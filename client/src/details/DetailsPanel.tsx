/**
 * The right-hand panel: details of the selected node, by kind. Names in the lists open that
 * node (selected if it is on the map, otherwise the map moves to it).
 */
import { useTranslation } from 'react-i18next';
import { parseNodeKey } from '../graph/palette.ts';
import type { PathHighlight } from '../graph/path-overlay.ts';
import type { Language } from '../i18n/languages.ts';
import { OrganisationDetails } from './OrganisationDetails.tsx';
import { PersonDetails } from './PersonDetails.tsx';
import { ProjectDetails } from './ProjectDetails.tsx';
import { SkillDetails } from './SkillDetails.tsx';

interface Props {
  nodeKey: string;
  isCentre: boolean;
  language: Language;
  onOpen(key: string): void;
  onCentre(key: string): void;
  onClose(): void;
  /** Id of the introduction path shown on the map, if any. */
  shownPath: string | null;
  onShowPath(path: PathHighlight | null): void;
}

type BodyProps = Pick<Props, 'nodeKey' | 'language' | 'onOpen' | 'shownPath' | 'onShowPath'>;

function Body({ nodeKey, language, onOpen, shownPath, onShowPath }: BodyProps) {
  const { t } = useTranslation();
  const parsed = parseNodeKey(nodeKey);
  if (!parsed) return <p className="notice">{t('details.notFound')}</p>;
  const props = { id: parsed.id, language, onOpen };
  switch (parsed.kind) {
    case 'PERSON':
      return <PersonDetails {...props} shownPath={shownPath} onShowPath={onShowPath} />;
    case 'ORGANISATION':
      return <OrganisationDetails {...props} />;
    case 'SKILL':
      return <SkillDetails {...props} />;
    case 'PROJECT':
      return <ProjectDetails {...props} />;
  }
}

export function DetailsPanel({ nodeKey, isCentre, language, onOpen, onCentre, onClose, ...paths }: Props) {
  const { t } = useTranslation();
  return (
    <aside className="details" aria-labelledby="details-title" aria-label={t('details.label')}>
      <div className="details-toolbar">
        {!isCentre && (
          <button type="button" className="button button-quiet" onClick={() => onCentre(nodeKey)}>
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <circle cx="8" cy="8" r="2" fill="currentColor" />
            </svg>
            {t('details.centre')}
          </button>
        )}
        <button
          type="button"
          className="icon-button"
          aria-label={t('details.close')}
          title={t('details.close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <div className="details-body" key={nodeKey}>
        <Body nodeKey={nodeKey} language={language} onOpen={onOpen} {...paths} />
      </div>
    </aside>
  );
}
