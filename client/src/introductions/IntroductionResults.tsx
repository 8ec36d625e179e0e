/**
 * The answer to "how could this person be introduced to …?": ranked paths for a person target,
 * ranked people (each with their best routes) for a skill target, or a polite explanation when
 * nothing is within reach. ↑/↓ move between the paths; choosing one shows it on the map.
 */
import { useQuery } from '@apollo/client/react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntroductionsQuery as IntroductionsAnswer, Reach } from '../gql/graphql.ts';
import { nameIn, type NameFields } from '../graph/names.ts';
import { pathId, toPathHighlight, type PathHighlight } from '../graph/path-overlay.ts';
import type { Language } from '../i18n/languages.ts';
import { Dots } from '../ui/Dots.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { KindIcon } from '../ui/KindIcon.tsx';
import { IntroductionsQuery } from './introductions-query.ts';
import { type IntroPath, type TextContext } from './intro-text.ts';
import { requestText } from './request-text.ts';
import { PathCard, StrengthBadge } from './PathCard.tsx';
import { knownDirectly, staleYear } from './strength.ts';

/** How many paths or people to show: enough to choose from, few enough to read. */
const K = 5;
export const MAX_HOPS_LIMIT = 6;

export interface IntroTarget {
  kind: 'PERSON' | 'SKILL' | 'ORGANISATION';
  id: string;
  key: string;
  names: NameFields;
}

/** Who asks: a person, or an organisation (any current member may start the chain). */
export interface IntroSource {
  kind: 'PERSON' | 'ORGANISATION';
  id: string;
}

interface Props {
  from: IntroSource;
  target: IntroTarget;
  minLevel: number;
  maxHops: number;
  language: Language;
  /** Id of the path shown on the map (path-overlay.ts), if any. */
  shownPath: string | null;
  onShowPath(path: PathHighlight | null): void;
  onMaxHops(hops: number): void;
  onMinLevel(level: number): void;
}

type Candidate = IntroductionsAnswer['introductions']['candidates'][number];

const todayIso = () => new Date().toISOString().slice(0, 10);

const sourceInput = (from: IntroSource) =>
  from.kind === 'PERSON' ? { personId: from.id } : { organisationId: from.id };

function targetInput(target: IntroTarget, minLevel: number) {
  switch (target.kind) {
    case 'PERSON':
      return { personId: target.id };
    case 'SKILL':
      return { skillId: target.id, minLevel };
    case 'ORGANISATION':
      return { organisationId: target.id };
  }
}

/** What the request says the sender hopes to talk about. */
function purposeOf(target: IntroTarget, language: Language, t: TextContext['t']): string {
  const name = nameIn(target.names, language);
  if (target.kind === 'SKILL') return t('intro.request.purposeSkill', { skill: name });
  if (target.kind === 'ORGANISATION') return t('intro.request.purposeOrganisation', { name });
  return '';
}

/** ↑/↓/Home/End move the focus between the path buttons of the list. */
function movePathFocus(event: KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-path-button]')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0 || buttons.length === 0) return;
  event.preventDefault();
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : (at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length;
  buttons[next]?.focus();
}

function NothingFound(props: {
  reach: Exclude<Reach, 'FOUND'>;
  target: IntroTarget;
  minLevel: number;
  maxHops: number;
  language: Language;
  onMaxHops(hops: number): void;
  onMinLevel(level: number): void;
}) {
  const { reach, target, minLevel, maxHops, language } = props;
  const { t } = useTranslation();
  const name = nameIn(target.names, language);
  switch (reach) {
    case 'BEYOND_MAX_HOPS':
      return (
        <div className="notice notice-info intro-notice" role="status">
          <p>
            {maxHops < MAX_HOPS_LIMIT
              ? t('intro.beyond', { hops: maxHops })
              : t('intro.beyondAtMost', { hops: MAX_HOPS_LIMIT })}
          </p>
          {maxHops < MAX_HOPS_LIMIT && (
            <button type="button" className="button" onClick={() => props.onMaxHops(MAX_HOPS_LIMIT)}>
              {t('intro.widen', { hops: MAX_HOPS_LIMIT })}
            </button>
          )}
        </div>
      );
    case 'UNREACHABLE':
      return (
        <div className="notice intro-notice" role="status">
          <p>
            {target.kind === 'PERSON'
              ? t('intro.unreachablePerson', { name })
              : target.kind === 'ORGANISATION'
                ? t('intro.unreachableOrganisation', { name })
                : t('intro.unreachableSkill', { skill: name, level: minLevel })}
          </p>
          <p className="muted">{t('intro.unreachableNote')}</p>
          {target.kind === 'SKILL' && minLevel > 1 && (
            <button type="button" className="button" onClick={() => props.onMinLevel(1)}>
              {t('intro.lowerLevel')}
            </button>
          )}
        </div>
      );
  }
}

interface ListProps {
  context: TextContext;
  shownPath: string | null;
  onToggle(path: IntroPath): void;
  requestOf(path: IntroPath): string;
}

function CandidateReason({ candidate, language }: { candidate: Candidate; language: Language }) {
  const { t } = useTranslation();
  const { skill, level, organisation, role } = candidate.reason;
  if (skill && level !== null && level !== undefined) {
    return (
      <span className="candidate-reason">
        {t('intro.holds', { skill: nameIn(skill, language), level })}
        <Dots value={level} label={t('details.level', { value: level })} />
      </span>
    );
  }
  if (organisation) {
    const name = nameIn(organisation, language);
    return (
      <span className="candidate-reason">
        {role ? t('intro.memberRole', { name, role }) : t('intro.member', { name })}
      </span>
    );
  }
  return null;
}

function CandidateCard({
  candidate,
  rank,
  context,
  shownPath,
  onToggle,
  requestOf,
}: ListProps & { candidate: Candidate; rank: number }) {
  const { t } = useTranslation();
  const { language } = context;
  const first = candidate.paths[0];
  return (
    <li className="candidate">
      <div className="candidate-head">
        <span className="path-rank" aria-hidden="true">
          {rank}
        </span>
        <KindIcon kind="PERSON" size={14} />
        <span className="candidate-text">
          <span className="candidate-name">{nameIn(candidate.person, language)}</span>
          <CandidateReason candidate={candidate} language={language} />
        </span>
        <StrengthBadge
          score={candidate.score}
          stale={first ? staleYear(first, context.today) : null}
          label={t('intro.candidateScore')}
        />
      </div>
      <ol className="path-list path-list-nested" aria-label={t('intro.routes')}>
        {candidate.paths.map((path, i) => (
          <PathCard
            key={pathId(path)}
            path={path}
            rank={null}
            context={context}
            shown={shownPath === pathId(path)}
            explained={i === 0}
            request={requestOf(path)}
            onToggle={() => onToggle(path)}
          />
        ))}
      </ol>
    </li>
  );
}

export function IntroductionResults(props: Props) {
  const { from, target, minLevel, maxHops, language, shownPath, onShowPath } = props;
  const { t } = useTranslation();
  const [today] = useState(todayIso);
  const { data, loading, error, refetch } = useQuery(IntroductionsQuery, {
    variables: { from: sourceInput(from), to: targetInput(target, minLevel), k: K, maxHops },
  });
  const answer = data?.introductions;
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading || !answer) {
    return (
      <p className="intro-loading loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('intro.searching')}
      </p>
    );
  }
  const count = target.kind === 'PERSON' ? answer.paths.length : answer.candidates.length;
  if (answer.reach !== 'FOUND' || count === 0) {
    const reach = answer.reach === 'FOUND' ? 'UNREACHABLE' : answer.reach;
    return <NothingFound {...props} reach={reach} />;
  }
  const context: TextContext = { language, today, t };
  const purpose = purposeOf(target, language, t);
  const requestOf = (path: IntroPath) => requestText(path, { language, t, purpose });
  // Someone the asker already knows (a declared tie, as in their own list) comes first, whatever its score.
  const paths = [...answer.paths.filter(knownDirectly), ...answer.paths.filter((p) => !knownDirectly(p))];
  const shared = paths.find((p) => p.hops.length === 1 && !knownDirectly(p));
  const onToggle = (path: IntroPath) => onShowPath(shownPath === pathId(path) ? null : toPathHighlight(path));
  return (
    <section className="intro-results" aria-labelledby="intro-results-title" onKeyDown={movePathFocus}>
      <div className="intro-results-head">
        <h4 id="intro-results-title" role="status">
          {target.kind === 'PERSON' ? t('intro.pathsFound', { count }) : t('intro.candidatesFound', { count })}
        </h4>
        {shownPath && (
          <button type="button" className="button-link" onClick={() => onShowPath(null)}>
            {t('intro.clearHighlight')}
          </button>
        )}
      </div>
      {/* Someone the asker already knows: say so first, before any detour (issue 13). */}
      {target.kind === 'PERSON' && paths.some(knownDirectly) && (
        <p className="notice intro-known" data-testid="intro-known-directly">
          {t('intro.knownDirectly', { target: nameIn(target.names, language) })}
        </p>
      )}
      {target.kind === 'PERSON' && !paths.some(knownDirectly) && shared && (
        <p className="notice intro-known" data-testid="intro-shared-directly">
          {t('intro.sharedDirectly', { target: nameIn(target.names, language) })}
        </p>
      )}
      <p className="intro-hint">{t('intro.listHint')}</p>
      {target.kind === 'PERSON' ? (
        <ol className="path-list">
          {paths.map((path, i) => (
            <PathCard
              key={pathId(path)}
              path={path}
              rank={i + 1}
              context={context}
              shown={shownPath === pathId(path)}
              explained
              request={requestOf(path)}
              onToggle={() => onToggle(path)}
            />
          ))}
        </ol>
      ) : (
        <ol className="candidate-list">
          {answer.candidates.map((candidate, i) => (
            <CandidateCard
              key={candidate.person.key}
              candidate={candidate}
              rank={i + 1}
              context={context}
              shownPath={shownPath}
              onToggle={onToggle}
              requestOf={requestOf}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
