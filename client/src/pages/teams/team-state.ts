/**
 * The team composer's state in the query string (`/teams?org=o07&skills=kintone:3,grant-writing:1
 * &k=3&max=4&coh=0.25&ex=p104&team=1`), so a proposal can be bookmarked and shared. Values out of
 * range fall back to the defaults rather than failing.
 */
export interface SkillChoice {
  id: string;
  minLevel: number;
}

export interface TeamState {
  org: string | null;
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
  return {
    org: p.get('org'),
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
  set('skills', state.skills === null ? null : state.skills.map((s) => `${s.id}:${s.minLevel}`).join(','));
  set('k', String(state.k));
  set('max', String(state.maxExperts));
  set('coh', String(state.cohesion));
  set('ex', state.exclude.length ? state.exclude.join(',') : null);
  set('team', String(state.team));
  return p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}
