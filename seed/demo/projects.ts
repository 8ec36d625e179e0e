/**
 * Hand-written projects, 2016–2026: the shared history that explains why people know each other
 * ("worked together on X in 2023"). Ongoing projects have no end date.
 */
import type { ProjectOrganisationRow, ProjectRow } from '../../server/shared/dataset.ts';
import { PROJECTS_2016_2018 } from './projects-2016-2018.ts';
import { PROJECTS_2019_2021 } from './projects-2019-2021.ts';
import { PROJECTS_2022_2026 } from './projects-2022-2026.ts';

export interface ProjectSpec {
  id: string;
  name: string;
  description: string;
  start: string;
  end?: string;
  lead: string;
  partners: readonly string[];
  /** How many people took part (3–8). */
  team: number;
  /** A hand-picked key person to lead, when the story needs one (e.g. the founder). */
  leader?: string;
}

/** All project specs in chronological order (ids pj01… follow the start dates). */
export function projectSpecs(): ProjectSpec[] {
  return [...PROJECTS_2016_2018, ...PROJECTS_2019_2021, ...PROJECTS_2022_2026];
}

export function buildProjects(specs: readonly ProjectSpec[]): ProjectRow[] {
  return specs.map(({ id, name, description, start, end }) => ({
    id,
    name,
    description,
    start,
    ...(end === undefined ? {} : { end }),
  }));
}

export function buildProjectOrganisations(specs: readonly ProjectSpec[]): ProjectOrganisationRow[] {
  return specs.flatMap(({ id, lead, partners }) => [
    { projectId: id, organisationId: lead, role: 'lead' as const },
    ...partners.map((organisationId) => ({ projectId: id, organisationId, role: 'partner' as const })),
  ]);
}

/** Organisation pairs that worked on a project together: where secondary roles and ties spread. */
export function collaboratorsOf(specs: readonly ProjectSpec[]): Map<string, Set<string>> {
  const collaborators = new Map<string, Set<string>>();
  for (const { lead, partners } of specs) {
    const involved = [lead, ...partners];
    for (const a of involved) {
      for (const b of involved) {
        if (a === b) continue;
        const set = collaborators.get(a) ?? new Set<string>();
        set.add(b);
        collaborators.set(a, set);
      }
    }
  }
  return collaborators;
}
