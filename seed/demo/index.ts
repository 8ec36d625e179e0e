/**
 * The demo network: a fictional, bilingual slice of Japan's social sector (NPOs, local government,
 * companies, foundations, universities, community groups). Built deterministically: every builder
 * draws from its own seeded stream, so the dataset is identical on every run and every machine.
 */
import type { Dataset } from '../../server/shared/dataset.ts';
import { applyEnglish } from './english.ts';
import { buildSkillHoldings } from './holdings.ts';
import { buildKeyPeople, buildKeyTies } from './key-people.ts';
import { buildNeeds } from './needs.ts';
import { buildOrganisations } from './organisations.ts';
import { buildParticipations } from './participations.ts';
import { buildPeople } from './people.ts';
import { buildProjectOrganisations, buildProjects, collaboratorsOf, projectSpecs } from './projects.ts';
import { createRandom } from './random.ts';
import { applyTeamFields } from './team-fields.ts';
import { buildSkills } from './skills.ts';
import { buildTies } from './ties.ts';

export { DEMO_FIXTURES } from './fixtures.ts';

/** Builds a fresh copy of the demo dataset (callers may mutate it freely). */
export function buildDemoDataset(): Dataset {
  const organisations = buildOrganisations();
  const specs = projectSpecs();
  const collaborators = collaboratorsOf(specs);
  const keyPeople = buildKeyPeople();
  const { people, memberships, mainOrganisation } = buildPeople(
    createRandom('people'),
    keyPeople,
    organisations,
    collaborators,
  );
  applyTeamFields(people);
  const skillHoldings = buildSkillHoldings(createRandom('skills'), keyPeople, memberships, mainOrganisation);
  const participations = buildParticipations(
    createRandom('participations'),
    specs,
    organisations,
    memberships,
    skillHoldings,
  );
  const ties = buildTies(createRandom('ties'), {
    keyTies: buildKeyTies(),
    memberships,
    organisations,
    participations,
    projects: specs,
    mainOrganisation,
    collaborators,
    personIds: people.map((p) => p.id),
  });
  const data: Dataset = {
    people,
    organisations,
    skills: buildSkills(),
    projects: buildProjects(specs),
    memberships,
    skillHoldings,
    participations,
    ties,
    projectOrganisations: buildProjectOrganisations(specs),
    needs: buildNeeds(),
  };
  applyEnglish(data);
  return data;
}

export const demoDataset: Dataset = buildDemoDataset();
