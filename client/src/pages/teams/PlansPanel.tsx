/**
 * Saved team plans of the chosen organisation (docs/teams.md "Saved plans"): save the team shown
 * under a name, open a plan by its link (the question comes back, and the page says what changed
 * since), turn a plan into a project and confirm who joins, or delete it.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamPlanFieldsFragment } from '../../gql/graphql.ts';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { strengthLabel } from '../../introductions/strength.ts';
import { formatDate } from '../../ui/format.ts';
import { comparePlan, proposedMembers, requestStates } from './plan-compare.ts';
import {
  AskedRequestsQuery,
  DeleteTeamPlanMutation,
  JoinProjectMutation,
  ProjectFromTeamPlanMutation,
  SaveTeamPlanMutation,
  TeamPlansQuery,
} from './plan-queries.ts';
import type { Team } from './team-text.ts';

export type Plan = TeamPlanFieldsFragment;

export interface PlanQuestion {
  organisationId: string;
  requiredSkills: { skillId: string; minLevel: number }[];
  k: number;
  maxExperts: number;
  cohesionWeight: number;
  excludePeople: string[];
  /** null: the organisation's current members. */
  core: string[] | null;
}

interface Props {
  question: PlanQuestion;
  team: Team;
  /** The plan opened by the link (`?plan=`), compared with today's team. */
  opened: Plan | null;
  language: Language;
  onOpenPlan(plan: Plan): void;
  onOpenNode(key: string): void;
}

const linkOf = (id: string) => `${window.location.origin}/teams?plan=${encodeURIComponent(id)}`;

export function PlansPanel({ question, team, opened, language, onOpenPlan, onOpenNode }: Props) {
  const { t } = useTranslation();
  const list = useQuery(TeamPlansQuery, { variables: { organisationId: question.organisationId } });
  const [save, saving] = useMutation(SaveTeamPlanMutation);
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const plans = list.data?.teamPlans ?? [];
  return (
    <section className="teams-plans teams-no-print" aria-labelledby="teams-plans-title">
      <h3 id="teams-plans-title">{t('teams.plans.title')}</h3>
      {opened && <Comparison plan={opened} team={team} language={language} />}
      <form
        className="teams-plans-save"
        onSubmit={(e) => {
          e.preventDefault();
          const planName = name.trim() || t('teams.plans.defaultName', { rank: team.rank });
          void save({ variables: { input: { ...question, name: planName, rank: team.rank } } })
            .then(() => {
              setName('');
              setStatus(t('teams.plans.saved', { name: planName }));
              return list.refetch();
            })
            .catch((error: Error) => setStatus(errorText(error, t)));
        }}
      >
        <label className="teams-inline-field">
          <span className="teams-field-label">{t('teams.plans.name')}</span>
          <input
            className="teams-text"
            value={name}
            maxLength={100}
            placeholder={t('teams.plans.defaultName', { rank: team.rank })}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={saving.loading}>
          {t('teams.plans.save', { rank: team.rank })}
        </button>
      </form>
      <p role="status" className="teams-hint" data-testid="teams-plans-status">
        {status}
      </p>
      {plans.length === 0 ? (
        <p className="teams-muted">{t('teams.plans.none')}</p>
      ) : (
        <ul className="teams-plan-list">
          {plans.map((plan) => (
            <PlanItem
              key={plan.id}
              plan={plan}
              language={language}
              opened={opened?.id === plan.id}
              onOpen={() => onOpenPlan(plan)}
              onOpenNode={onOpenNode}
              onChanged={(message) => {
                setStatus(message);
                void list.refetch();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function errorText(error: Error, t: (key: string) => string): string {
  return /FORBIDDEN|owners and editors/.test(error.message) ? t('teams.plans.forbidden') : t('teams.plans.failed');
}

function Comparison({ plan, team, language }: { plan: Plan; team: Team; language: Language }) {
  const { t } = useTranslation();
  const c = comparePlan(plan, team);
  const names = (ids: string[]) =>
    ids
      .map((id) => {
        const person = [...plan.experts, ...team.experts].find((e) => e.person.id === id)?.person;
        return person ? nameIn(person, language) : id;
      })
      .join(language === 'ja' ? '、' : ', ');
  const word = (w: string | null) => (w ? t(`teams.plans.word.${w}`) : t('teams.plans.noExperts'));
  return (
    <div className="teams-plan-compare" data-testid="teams-plan-compare">
      <p>
        <strong>{t('teams.plans.openedTitle', { name: plan.name })}</strong>{' '}
        {t('teams.plans.savedOn', { date: formatDate(plan.created.slice(0, 10), language) })}
      </p>
      <ul>
        <li>{t('teams.plans.introductions', { saved: word(c.saved), today: word(c.today) })}</li>
        {c.kept.length > 0 && <li>{t('teams.plans.kept', { names: names(c.kept) })}</li>}
        {c.added.length > 0 && (
          <li data-testid="teams-plan-added">{t('teams.plans.added', { names: names(c.added) })}</li>
        )}
        {c.gone.length > 0 && <li data-testid="teams-plan-gone">{t('teams.plans.gone', { names: names(c.gone) })}</li>}
        {c.added.length === 0 && c.gone.length === 0 && <li>{t('teams.plans.same')}</li>}
      </ul>
    </div>
  );
}

function PlanItem({
  plan,
  language,
  opened,
  onOpen,
  onOpenNode,
  onChanged,
}: {
  plan: Plan;
  language: Language;
  opened: boolean;
  onOpen(): void;
  onOpenNode(key: string): void;
  onChanged(message: string): void;
}) {
  const { t } = useTranslation();
  const [makeProject, making] = useMutation(ProjectFromTeamPlanMutation);
  const [remove] = useMutation(DeleteTeamPlanMutation);
  const [join] = useMutation(JoinProjectMutation);
  const [projectName, setProjectName] = useState(plan.name);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const sep = language === 'ja' ? '、' : ', ';
  const score =
    plan.experts.length > 0 ? strengthLabel(Math.exp(-plan.introductionCost / plan.experts.length), t) : null;
  const joined = new Set(plan.project?.members.nodes.map((m) => m.person.id) ?? []);
  // Once the plan is a project, each expert still to join shows where their introduction stands.
  const asked = useQuery(AskedRequestsQuery, { skip: !plan.project, fetchPolicy: 'cache-and-network' });
  const experts = new Set(plan.experts.map((e) => e.person.id));
  const requested = requestStates([...experts], asked.data?.introductionRequests ?? []);
  const fail = (error: Error) => onChanged(errorText(error, t));
  return (
    <li className={`teams-plan${opened ? ' teams-plan-opened' : ''}`} data-plan={plan.id}>
      <div className="teams-plan-head">
        <strong>{plan.name}</strong>
        <span className="teams-muted">{formatDate(plan.created.slice(0, 10), language)}</span>
      </div>
      <p className="teams-plan-people">
        {plan.experts.length === 0
          ? t('teams.plans.noExperts')
          : t('teams.plans.experts', { names: plan.experts.map((e) => nameIn(e.person, language)).join(sep) })}
        {score && <span className="teams-muted"> · {t('teams.plans.ease', { word: score })}</span>}
      </p>
      <div className="teams-plan-actions">
        <button type="button" className="button" onClick={onOpen}>
          {t('teams.plans.open')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(linkOf(plan.id))
              .then(() => onChanged(t('teams.plans.copied')))
              .catch(() => onChanged(linkOf(plan.id)))
          }
        >
          {t('teams.plans.copyLink')}
        </button>
        {confirmDelete ? (
          <button
            type="button"
            className="button teams-danger"
            onClick={() =>
              void remove({ variables: { id: plan.id } })
                .then(() => onChanged(t('teams.plans.deleted', { name: plan.name })))
                .catch(fail)
            }
          >
            {t('teams.plans.confirmDelete')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => setConfirmDelete(true)}>
            {t('teams.plans.delete')}
          </button>
        )}
      </div>
      {plan.project ? (
        <div className="teams-plan-project" data-testid="teams-plan-project">
          <p>
            {t('teams.plans.becameProject')}{' '}
            <button type="button" className="teams-link" onClick={() => onOpenNode(plan.project!.key)}>
              {plan.project.name}
            </button>
          </p>
          <p className="teams-hint">{t('teams.plans.proposedHint')}</p>
          <ul className="teams-plan-members">
            {proposedMembers(plan).map((person) => (
              <li key={person.id} data-person={person.id}>
                {nameIn(person, language)}{' '}
                {!joined.has(person.id) && experts.has(person.id) && asked.data && (
                  <span className="teams-muted" data-testid="teams-plan-request">
                    {requested.has(person.id)
                      ? t('teams.plans.requestState', { state: t(`requests.state.${requested.get(person.id)!}`) })
                      : t('teams.plans.notRequested')}{' '}
                  </span>
                )}
                {joined.has(person.id) ? (
                  <span className="teams-tag">{t('teams.plans.joined')}</span>
                ) : (
                  <button
                    type="button"
                    className="button"
                    aria-label={t('teams.plans.joinLabel', { name: nameIn(person, language) })}
                    onClick={() =>
                      void join({ variables: { input: { personId: person.id, projectId: plan.project!.id } } })
                        .then(() => onChanged(t('teams.plans.joinedNow', { name: nameIn(person, language) })))
                        .catch(fail)
                    }
                  >
                    {t('teams.plans.join')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <form
          className="teams-plan-make"
          onSubmit={(e) => {
            e.preventDefault();
            void makeProject({ variables: { id: plan.id, input: { name: projectName.trim() || plan.name } } })
              .then(() => onChanged(t('teams.plans.projectMade', { name: projectName.trim() || plan.name })))
              .catch(fail);
          }}
        >
          <label className="teams-inline-field">
            <span className="teams-field-label">{t('teams.plans.projectName')}</span>
            <input
              className="teams-text"
              value={projectName}
              maxLength={200}
              onChange={(e) => setProjectName(e.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={making.loading}>
            {t('teams.plans.makeProject')}
          </button>
        </form>
      )}
    </li>
  );
}
