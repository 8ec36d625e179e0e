/**
 * The team composer's state in the query string (`/teams?org=o07&skills=kintone:3,grant-writing:1
 * &k=3&max=4&coh=0.25&ex=p104&team=1`, and `project=j05&core=p001,p017` when it started from a
 * project), so a proposal can be bookmarked and shared. Values out of range fall back to the
 * defaults rather than failing.
 */
export interface SkillChoice {
  id: string;
  minLevel: number;
}

export interface TeamState {
  org: string | null;
  /** The project the composer started from (its people are then the core), if any. */
  project: string | null;
  /** The core as asked; null: the organisation's current members. */
  core: string[] | null;
  /** null: not chosen yet (the organisation's needs are then pre-selected). */
  skills: SkillChoice[] | null;
  k: number;
  maxExperts: number;
  cohesion: number;
  exclude: string[];
  /** Rank of the team shown on the graph. */
  team: number;
}

const inRange = (x: number, min: number, max: number, fallback: number) =>
  Number.isFinite(x) && x >= min && x <= max ? x : fallback;

export function parseTeamState(search: string): TeamState {
  const p = new URLSearchParams(search);
  const skills = p.get('skills');
  const core = (p.get('core') ?? '').split(',').filter(Boolean);
  return {
    org: p.get('org'),
    project: p.get('project'),
    core: core.length > 0 ? core : null,
    skills:
      skills === null
        ? null
        : skills
            .split(',')
            .filter(Boolean)
            .map((s) => {
              const [id = '', level] = s.split(':');
              return { id, minLevel: inRange(Math.round(Number(level)), 1, 5, 1) };
            })
            .filter((s) => s.id !== ''),
    k: inRange(Math.round(Number(p.get('k') ?? 3)), 1, 10, 3),
    maxExperts: inRange(Math.round(Number(p.get('max') ?? 4)), 1, 10, 4),
    cohesion: inRange(Number(p.get('coh') ?? 0.25), 0, 2, 0.25),
    exclude: (p.get('ex') ?? '').split(',').filter(Boolean),
    team: inRange(Math.round(Number(p.get('team') ?? 1)), 1, 10, 1),
  };
}

export function teamSearch(state: TeamState, current: string): string {
  const p = new URLSearchParams(current);
  const set = (key: string, value: string | null) => (value === null ? p.delete(key) : p.set(key, value));
  set('org', state.org);
  set('project', state.project);
  set('core', state.core?.length ? state.core.join(',') : null);
  set('skills', state.skills === null ? null : state.skills.map((s) => `${s.id}:${s.minLevel}`).join(','));
  set('k', String(state.k));
  set('max', String(state.maxExperts));
  set('coh', String(state.cohesion));
  set('ex', state.exclude.length ? state.exclude.join(',') : null);
  set('team', String(state.team));
  return p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}
