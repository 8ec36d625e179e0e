/**
 * The synthetic benchmark network: `generateSynthetic({ people, seed })` builds a Dataset of any
 * size from 10 to 1,000,000 people with the structure real connection data has (heavy-tailed
 * organisation sizes and degrees, communities at organisation and cluster level, skills
 * concentrated by community), so benchmarks measure what production would see. Deterministic:
 * the same options give a deep-equal dataset on every run and machine.
 */
import type { Dataset } from '../../server/shared/dataset.ts';
import { buildSkills } from '../demo/skills.ts';
import { buildLayout, personOrganisations, type Layout } from './organisations.ts';
import { buildPeople } from './people.ts';
import { buildProjects } from './projects.ts';
import { createRandom } from './random.ts';
import { buildNeeds, buildSkillHoldings } from './skills.ts';
import { buildTies } from './ties.ts';

export interface SyntheticOptions {
  people: number;
  seed: number;
}

export const MIN_PEOPLE = 10;
export const MAX_PEOPLE = 1_000_000;

/** The dataset plus the hidden structure it was built from, for tests and benchmark reports. */
export interface SyntheticNetwork {
  dataset: Dataset;
  /** Cluster index of every person's main organisation, aligned with dataset.people. */
  personCluster: Int32Array;
  /** Cluster index of every organisation, aligned with dataset.organisations. */
  organisationCluster: Int32Array;
  clusterCount: number;
}

/** Throws a message naming the option the way the seed command spells it (--people, --seed). */
export function checkOptions(options: SyntheticOptions): void {
  const { people, seed } = options;
  if (typeof people !== 'number' || !Number.isInteger(people) || people < MIN_PEOPLE || people > MAX_PEOPLE) {
    throw new Error(`--people must be a whole number from ${MIN_PEOPLE} to ${MAX_PEOPLE} (got ${String(people)})`);
  }
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0) {
    throw new Error(`--seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER} (got ${String(seed)})`);
  }
}

export function buildSyntheticNetwork(options: SyntheticOptions): SyntheticNetwork {
  checkOptions(options);
  const { people: count, seed } = options;
  // One stream per builder: tuning the ties must not change who works where.
  const random = (label: string) => createRandom(seed, label);
  const layout: Layout = buildLayout(random('layout'), count);
  const width = Math.max(6, String(count).length);
  const personIds = Array.from({ length: count }, (_, i) => `sp${String(i + 1).padStart(width, '0')}`);
  const personOrg = personOrganisations(layout, count);
  const skills = buildSkills();
  const { people, memberships } = buildPeople(random('people'), layout, personIds);
  const { projects, participations, projectOrganisations } = buildProjects(
    random('projects'),
    layout,
    personIds,
    count,
  );
  const dataset: Dataset = {
    people,
    organisations: layout.organisations,
    skills,
    projects,
    memberships,
    skillHoldings: buildSkillHoldings(random('skills'), layout, personIds, skills),
    participations,
    ties: buildTies(random('ties'), layout, personOrg, personIds),
    projectOrganisations,
    needs: buildNeeds(random('needs'), layout),
  };
  const personCluster = new Int32Array(count);
  for (let p = 0; p < count; p++) personCluster[p] = layout.orgCluster[personOrg[p] as number] as number;
  return { dataset, personCluster, organisationCluster: layout.orgCluster, clusterCount: layout.clusters.length };
}

/** A synthetic network of `people` people, the same for the same options. */
export function generateSynthetic(options: SyntheticOptions): Dataset {
  return buildSyntheticNetwork(options).dataset;
}
