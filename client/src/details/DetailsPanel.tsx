/**
 * The right-hand panel: details of the selected node, by kind. Names in the lists open that
 * node (selected if it is on the map, otherwise the map moves to it).
 */
import { useTranslation } from 'react-i18next';
import { EditActions } from '../edit/EditActions.tsx';
import type { NodeAction } from '../graph/node-actions.ts';
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
  /** Map actions on this node (expand, hide, focus…), shared with the node menu and keyboard. */
  onAction(action: NodeAction): void;
  nodeState: { onMap: boolean; expanded: boolean; focused: boolean };
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
      return <OrganisationDetails {...props} shownPath={shownPath} onShowPath={onShowPath} />;
    case 'SKILL':
      return <SkillDetails {...props} />;
    case 'PROJECT':
      return <ProjectDetails {...props} />;
  }
}

/**
 * Expand / collapse, focus, hide and centre: the node menu's actions as buttons, for touch and
 * keyboard users (the full wording and the key are in each button's title).
 */
function MapActions(props: Pick<Props, 'nodeKey' | 'isCentre' | 'onAction' | 'onCentre' | 'nodeState'>) {
  const { nodeKey, isCentre, onAction, onCentre, nodeState } = props;
  const { t } = useTranslation();
  const button = (label: string, title: string, onClick: () => void, pressed?: boolean) => (
    <button type="button" className="button button-quiet" title={title} aria-pressed={pressed} onClick={onClick}>
      {label}
    </button>
  );
  const expand = nodeState.expanded ? 'collapse' : 'expand';
  return (
    <div className="details-map-actions" role="group" aria-label={t('nodeMenu.label')}>
      {nodeState.onMap && (
        <>
          {button(
            t(`nodeMenu.short.${expand}`),
            `${t(nodeState.expanded ? 'nodeMenu.collapseExpanded' : 'nodeMenu.expand')} (${nodeState.expanded ? 'C' : 'E'})`,
            () => onAction(expand),
          )}
          {button(
            t('nodeMenu.short.focus'),
            `${t(nodeState.focused ? 'nodeMenu.unfocus' : 'nodeMenu.focus')} (F)`,
            () => onAction('focus'),
            nodeState.focused,
          )}
          {!isCentre && button(t('nodeMenu.short.hide'), `${t('nodeMenu.hide')} (H)`, () => onAction('hide'))}
        </>
      )}
      {!isCentre && button(t('nodeMenu.short.centre'), `${t('details.centre')} (G)`, () => onCentre(nodeKey))}
    </div>
  );
}

export function DetailsPanel(props: Props) {
  const { nodeKey, isCentre, language, onOpen, onCentre, onClose, onAction, nodeState, ...paths } = props;
  const { t } = useTranslation();
  return (
    <aside className="details" aria-labelledby="details-title" aria-label={t('details.label')}>
      <div className="details-toolbar">
        <MapActions
          nodeKey={nodeKey}
          isCentre={isCentre}
          onAction={onAction}
          onCentre={onCentre}
          nodeState={nodeState}
        />
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
      <EditActions nodeKey={nodeKey} />
      <div className="details-body" key={nodeKey}>
        <Body nodeKey={nodeKey} language={language} onOpen={onOpen} {...paths} />
      </div>
    </aside>
  );
}
