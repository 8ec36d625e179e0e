/**
 * The team composer (`/teams?org=o07&skills=kintone:3,…`): choose an organisation and the skills
 * its project needs (its needs are pre-selected) — or a project, whose people become the core and
 * whose plan (if it was made from one) gives the skills — then see k alternative teams as cards and the
 * chosen one on a small graph, compare them, leave people out, export a proposal, save it as a
 * named plan (`/teams?plan=…` opens it again, compared with today) and turn a plan into a project.
 */
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../graph/names.ts';
import type { PageProps } from '../page-props.ts';
import { CompareTable } from './CompareTable.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { SkillPicker } from './SkillPicker.tsx';
import { OrganisationPicker, ProjectPicker } from '../../ui/OrganisationPicker.tsx';
import { TeamCard } from './TeamCard.tsx';
import { TeamGraph } from './TeamGraph.tsx';
import { TeamOptions } from './TeamOptions.tsx';
import { teamElements } from './team-graph-elements.ts';
import { parseTeamState, teamSearch, type TeamState } from './team-state.ts';
import { skillName } from './team-text.ts';
import { ProposeTeamsQuery, TeamOrgQuery, TeamProjectStartQuery } from './teams-queries.ts';
import { TeamPlanQuery } from './plan-queries.ts';
import { PlansPanel, type Plan } from './PlansPanel.tsx';
import '../../styles/teams.css';
import '../../styles/teams-results.css';

function useTeamState(): [TeamState, (update: (s: TeamState) => TeamState) => void] {
  const [state, setState] = useState<TeamState>(() => parseTeamState(window.location.search));
  useEffect(() => {
    const search = teamSearch(state, window.location.search);
    window.history.replaceState(null, '', `${window.location.pathname}?${search}`);
  }, [state]);
  useEffect(() => {
    const onPop = () => setState(parseTeamState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return [state, setState];
}

/** The question a saved plan asked, as the page's state. */
const stateOfPlan = (plan: Plan, project: string | null = null): TeamState => ({
  org: plan.organisation.id,
  project,
  core: plan.core?.map((p) => p.id) ?? null,
  skills: plan.requiredSkills.map((s) => ({ id: s.skill.id, minLevel: s.minLevel })),
  k: plan.k,
  maxExperts: plan.maxExperts,
  cohesion: plan.cohesionWeight,
  exclude: plan.excludePeople,
  team: plan.rank,
});

function setPlanParam(id: string | null) {
  const p = new URLSearchParams(window.location.search);
  if (id === null) p.delete('plan');
  else p.set('plan', id);
  window.history.replaceState(null, '', `${window.location.pathname}?${p.toString()}`);
}

export function TeamsPage({ language, onOpenNode }: PageProps) {
  const { t } = useTranslation();
  const [state, update] = useTeamState();
  const [planId, setPlanId] = useState(() => new URLSearchParams(window.location.search).get('plan'));
  const planQuery = useQuery(TeamPlanQuery, { variables: { id: planId ?? '' }, skip: !planId });
  const opened = planQuery.data?.teamPlan ?? null;
  const results = useRef<HTMLDivElement>(null);
  const scrollWanted = useRef(false);
  const client = useApolloClient();
  const org = useQuery(TeamOrgQuery, { variables: { id: state.org ?? '' }, skip: !state.org });
  // Pre-select the organisation's needs the first time it is chosen.
  useEffect(() => {
    const needs = org.data?.organisation?.needs.nodes;
    if (state.skills === null && needs)
      update((s) => ({ ...s, skills: needs.map((n) => ({ id: n.skill.id, minLevel: 1 })) }));
  }, [org.data, state.skills, update]);
  const [asked, setAsked] = useState<TeamState | null>(() => (state.org && state.skills?.length ? state : null));
  const variables = {
    org: asked?.org ?? '',
    skills: (asked?.skills ?? []).map((s) => ({ skillId: s.id, minLevel: s.minLevel })),
    k: asked?.k ?? 3,
    maxExperts: asked?.maxExperts ?? 4,
    cohesionWeight: asked?.cohesion ?? 0.25,
    exclude: asked?.exclude ?? [],
    core: asked?.core ?? null,
  };
  const { data, loading, error } = useQuery(ProposeTeamsQuery, { variables, skip: !asked });
  const proposal = data?.proposeTeams;
  const selected = proposal?.teams.find((team) => team.rank === state.team) ?? proposal?.teams[0];
  const elements = useMemo(
    () => (proposal && selected ? teamElements(proposal, selected, language) : null),
    [proposal, selected, language],
  );
  const ask = (next: TeamState) => {
    update(() => next);
    setAsked(next);
    scrollWanted.current = true;
  };
  // A plan opened by its link asks its own question again, once it has been read.
  useEffect(() => {
    if (!planId) return;
    let current = true;
    void client.query({ query: TeamPlanQuery, variables: { id: planId } }).then(({ data: read }) => {
      if (current && read?.teamPlan) ask(stateOfPlan(read.teamPlan));
    });
    return () => {
      current = false;
    };
    // `ask` only sets state: asking again when the plan changes is what is wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planId, client]);
  // New results scroll into view (below the form they are otherwise below the fold).
  useEffect(() => {
    if (!scrollWanted.current || !proposal || !results.current) return;
    scrollWanted.current = false;
    results.current.scrollIntoView({ block: 'start', behavior: 'smooth' });
    results.current.focus({ preventScroll: true });
  }, [proposal]);
  const skills = state.skills ?? [];
  const start = useQuery(TeamProjectStartQuery, { variables: { id: state.project ?? '' }, skip: !state.project });
  const begun = start.data?.teamStartForProject;
  // A project chosen: its organisation, its people as the core, and its plan's skills (else the
  // organisation's needs, pre-selected as for an organisation). Asked once the user proposes.
  const startFrom = async (projectId: string) => {
    setPlanId(null);
    setPlanParam(null);
    const { data: read } = await client.query({ query: TeamProjectStartQuery, variables: { id: projectId } });
    const found = read?.teamStartForProject;
    if (!found) {
      update((s) => ({ ...s, project: projectId, core: null }));
      return;
    }
    const core = found.core.map((p) => p.id);
    update((s) =>
      found.plan
        ? stateOfPlan(found.plan, projectId)
        : {
            ...s,
            project: projectId,
            org: found.organisation?.id ?? null,
            core: core.length > 0 ? core : null,
            skills: null,
            exclude: [],
            team: 1,
          },
    );
  };
  // A link that names only the project (`/teams?project=pj13`, from the map) starts from it.
  const linkedProject = useRef(state.org === null ? state.project : null);
  useEffect(() => {
    if (linkedProject.current) void startFrom(linkedProject.current);
    linkedProject.current = null;
    // Once, for the link the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const projectName = begun ? nameIn({ name: begun.project.name, nameEn: begun.project.nameEn }, language) : '';
  return (
    <div className="page teams-page">
      <header className="teams-header">
        <h1>{t('teams.title')}</h1>
        <p className="teams-lead">{t('teams.intro')}</p>
      </header>
      <form
        className="teams-form teams-no-print"
        onSubmit={(e) => {
          e.preventDefault();
          ask({ ...state, team: 1 });
        }}
      >
        <div className="teams-panel teams-org-panel">
          <OrganisationPicker
            language={language}
            label={t('teams.organisation')}
            placeholder={t('teams.pickPlaceholder')}
            className="teams-picker"
            labelClassName="teams-field-label"
            onPick={(id) => {
              setPlanId(null);
              setPlanParam(null);
              update((s) => ({ ...s, org: id, project: null, core: null, skills: null, exclude: [], team: 1 }));
            }}
          />
          <ProjectPicker
            language={language}
            label={t('teams.project')}
            placeholder={t('teams.projectPlaceholder')}
            className="teams-picker"
            labelClassName="teams-field-label"
            onPick={(id) => void startFrom(id)}
          />
          {state.project && start.data && !begun && (
            <p className="teams-error" role="alert">
              {t('teams.projectGone')}
            </p>
          )}
          {begun && (
            <div className="teams-project" data-testid="teams-project">
              <p>
                {!begun.organisation
                  ? t('teams.projectNoOrg', { name: projectName })
                  : state.core
                    ? t('teams.projectStart', { name: projectName, count: state.core.length })
                    : begun.core.length === 0
                      ? t('teams.projectStartNoCore', { name: projectName })
                      : null}
              </p>
              {begun.plan && <p className="teams-hint">{t('teams.projectFromPlan')}</p>}
              {state.core && (
                <button
                  type="button"
                  className="button"
                  onClick={() => update((s) => ({ ...s, project: null, core: null }))}
                >
                  {t('teams.projectClear')}
                </button>
              )}
            </div>
          )}
          {org.data?.organisation && (
            <p className="teams-org" data-testid="teams-org">
              {nameIn(org.data.organisation, language)}
            </p>
          )}
          {!state.org && <p className="teams-hint">{t('teams.chooseOrg')}</p>}
        </div>
        {state.org && (
          <SkillPicker
            language={language}
            chosen={skills}
            onChange={(next) => update((s) => ({ ...s, skills: next }))}
          />
        )}
        <TeamOptions state={state} update={update} />
        {state.exclude.length > 0 && (
          <p className="teams-excluded">
            {t('teams.excluded', { names: state.exclude.join(', ') })}{' '}
            <button type="button" className="button" onClick={() => ask({ ...state, exclude: [] })}>
              {t('teams.clearExcluded')}
            </button>
          </p>
        )}
        <div className="teams-actions">
          <button type="submit" className="teams-primary" disabled={!state.org || skills.length === 0}>
            {t('teams.propose')}
          </button>
        </div>
      </form>
      {loading && (
        <p role="status" className="teams-status">
          {t('teams.loading')}
        </p>
      )}
      {error && (
        <p role="alert" className="teams-error">
          {t('teams.error')}
        </p>
      )}
      {proposal && selected && (
        <div className="teams-result" ref={results} tabIndex={-1} aria-label={t('teams.results')}>
          <div className="teams-summary teams-no-print">
            <p className="teams-core">
              <strong>{t('teams.core', { count: proposal.core.length })}</strong>
              {language === 'ja' ? '：' : ': '}
              {proposal.core.map((p) => nameIn(p, language)).join(language === 'ja' ? '、' : ', ')}
            </p>
            <details className="teams-help">
              <summary>{t('teams.figuresHelp')}</summary>
              <p>{t('teams.figuresHelpText')}</p>
            </details>
          </div>
          {proposal.unreachable.length > 0 && (
            <section className="teams-unreachable" role="note">
              <h2>{t('teams.unreachable')}</h2>
              <p>
                <strong>
                  {proposal.unreachable.map((s) => skillName(s.skill, language)).join(language === 'ja' ? '、' : ', ')}
                </strong>
              </p>
              <p>{t('teams.unreachableNote', { hops: proposal.maxHops })}</p>
            </section>
          )}
          <div className="teams-layout">
            <div className="teams-cards">
              {proposal.teams.map((team) => (
                <TeamCard
                  key={team.rank}
                  team={team}
                  total={proposal.teams.length}
                  language={language}
                  selected={team.rank === selected.rank}
                  onSelect={() => update((s) => ({ ...s, team: team.rank }))}
                  onExclude={(expert) => ask({ ...state, exclude: [...state.exclude, expert.person.id], team: 1 })}
                  onOpenNode={onOpenNode}
                />
              ))}
            </div>
            <aside className="teams-side teams-no-print">
              {elements && <TeamGraph elements={elements} onOpenNode={onOpenNode} />}
              <ExportPanel proposal={proposal} team={selected} language={language} />
              {asked?.org && (
                <PlansPanel
                  question={{
                    organisationId: asked.org,
                    requiredSkills: variables.skills,
                    k: variables.k,
                    maxExperts: variables.maxExperts,
                    cohesionWeight: variables.cohesionWeight,
                    excludePeople: variables.exclude,
                    core: variables.core,
                  }}
                  team={selected}
                  opened={opened && opened.organisation.id === asked.org ? opened : null}
                  language={language}
                  onOpenPlan={(plan) => {
                    setPlanId(plan.id);
                    setPlanParam(plan.id);
                    ask(stateOfPlan(plan));
                  }}
                  onOpenNode={onOpenNode}
                />
              )}
            </aside>
          </div>
          {proposal.teams.length > 1 && <CompareTable proposal={proposal} language={language} />}
        </div>
      )}
    </div>
  );
}
