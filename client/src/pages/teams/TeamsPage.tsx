/**
 * The team composer (`/teams?org=o07&skills=kintone:3,…`): choose an organisation and the skills
 * its project needs (its needs are pre-selected), then see k alternative teams as cards and the
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
import { OrganisationPicker } from '../../ui/OrganisationPicker.tsx';
import { TeamCard } from './TeamCard.tsx';
import { TeamGraph } from './TeamGraph.tsx';
import { TeamOptions } from './TeamOptions.tsx';
import { teamElements } from './team-graph-elements.ts';
import { parseTeamState, teamSearch, type TeamState } from './team-state.ts';
import { skillName } from './team-text.ts';
import { ProposeTeamsQuery, TeamOrgQuery } from './teams-queries.ts';
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
const stateOfPlan = (plan: Plan): TeamState => ({
  org: plan.organisation.id,
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
              update((s) => ({ ...s, org: id, skills: null, exclude: [], team: 1 }));
            }}
          />
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
